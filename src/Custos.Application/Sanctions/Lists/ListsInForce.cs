using System.Runtime.CompilerServices;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Lists;

/// <summary>
/// The screening index built from the list versions in force, with what an alert needs to name them: the version id
/// each list's entries come from, each entry's fingerprint, and the key of the lists' contents (equal keys screen
/// alike, so a customer screened under this key need not be screened again).
/// </summary>
public sealed class ListsInForce
{
    private readonly ConditionalWeakTable<ListEntry, string> _fingerprints = [];

    internal ListsInForce(ScreeningIndex index, IReadOnlyList<ListVersionInfo> versions, string listsKey, string source)
    {
        Source = source;
        Index = index;
        Versions = versions;
        ListsKey = listsKey;
        VersionOfList = versions.ToDictionary(v => v.ListId, v => v.Id, StringComparer.Ordinal);
    }

    /// <summary>Where the index came from: read from the stored index, or built from the lists (and why) and stored.</summary>
    public string Source { get; }

    /// <summary>The index over every list in force.</summary>
    public ScreeningIndex Index { get; }

    /// <summary>The versions in force, one per list.</summary>
    public IReadOnlyList<ListVersionInfo> Versions { get; }

    /// <summary>
    /// SHA-256 over the lists' content keys, the review threshold and the matcher's build: a customer screened under this
    /// key with unchanged facts would get the same hits again.
    /// </summary>
    public string ListsKey { get; }

    /// <summary>List id → the id of its version in force.</summary>
    public IReadOnlyDictionary<string, string> VersionOfList { get; }

    /// <summary>The fingerprint of an indexed entry's screened facts (worked out once per entry).</summary>
    public string FingerprintOf(ListEntry entry) => _fingerprints.GetValue(entry, EntryFacts.Fingerprint);
}
