namespace Custos.Domain.Policy;

/// <summary>The effective-dated values of one fact; the value on a date is the latest entry that holds on it.</summary>
/// <typeparam name="T">The fact's value.</typeparam>
public sealed class Timeline<T>
{
    private readonly DatedValue<T>[] _entries;

    public Timeline(IEnumerable<DatedValue<T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries.OrderBy(e => e.From)];
    }

    public static Timeline<T> Empty { get; } = new([]);

    public IReadOnlyList<DatedValue<T>> Entries => _entries;

    /// <summary>The entry in force on <paramref name="date"/>, or null when none is.</summary>
    public DatedValue<T>? On(DateOnly date)
    {
        for (var i = _entries.Length - 1; i >= 0; i--)
        {
            if (_entries[i].HoldsOn(date))
            {
                return _entries[i];
            }
        }

        return null;
    }
}
