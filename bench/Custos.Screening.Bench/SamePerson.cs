using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>
/// The same person on another list, as the rounds that screen a name written in another script count a hit: the
/// entry itself, or an entry holding one of its names as written in Latin letters (the same person on the OFAC and the
/// UN list, which often comes first).
/// </summary>
internal sealed class SamePerson(ScreeningIndex full)
{
    private readonly ILookup<string, ListEntry> byLatinName = full.Snapshots.SelectMany(s => s.Entries)
        .SelectMany(e => e.Names.Where(n => n.Kind != NameKind.OriginalScript).Select(n => (Key: NameNormalizer.Normalize(n.Text, e.Kind).Display, Entry: e)))
        .ToLookup(x => x.Key, x => x.Entry, StringComparer.Ordinal);

    /// <summary>The entry and the entries holding one of its Latin names.</summary>
    public HashSet<ListEntry> Of(ListEntry entry) =>
        [.. entry.Names.Where(n => n.Kind != NameKind.OriginalScript).SelectMany(n => byLatinName[NameNormalizer.Normalize(n.Text, entry.Kind).Display]).Append(entry)];
}
