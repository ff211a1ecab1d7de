namespace Custos.Application.Sanctions.Lists;

/// <summary>
/// The index built from the lists in force, kept by the process (a singleton) while the same versions are in force:
/// building it takes a second or two, a check of the versions in force one indexed query.
/// </summary>
public sealed class ScreeningIndexCache
{
    private ListsInForce? _current;

    internal ListsInForce? Get(string versionsKey) =>
        Volatile.Read(ref _current) is { } current && string.Equals(Key(current), versionsKey, StringComparison.Ordinal) ? current : null;

    internal void Put(ListsInForce lists) => Volatile.Write(ref _current, lists);

    internal static string Key(ListsInForce lists) => Key(lists.Versions.Select(v => v.Id));

    internal static string Key(IEnumerable<string> versionIds) => string.Join(' ', versionIds.Order(StringComparer.Ordinal));
}
