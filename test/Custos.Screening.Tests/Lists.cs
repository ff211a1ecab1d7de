using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>The real list snapshots and the full-corpus index, read once for all tests.</summary>
internal static class Lists
{
    private static readonly Lazy<ListSnapshot> Sdn2024 = new(() => Read(
        SharedData.Sanctions("ofac", "sdn-2024-05-03", "sdn.csv"), SharedData.Sanctions("ofac", "aliases-2025-12", "alt.csv"),
        SharedData.Sanctions("ofac", "aliases-2025-12", "add.csv"), SharedData.Sanctions("ofac", "aliases-2025-12", "sdn_comments.csv")));

    private static readonly Lazy<ListSnapshot> Sdn2021 = new(() => Read(
        SharedData.Sanctions("ofac", "full-2021-07-07", "sdn.csv"), SharedData.Sanctions("ofac", "full-2021-07-07", "alt.csv"),
        SharedData.Sanctions("ofac", "full-2021-07-07", "add.csv"), SharedData.Sanctions("ofac", "full-2021-07-07", "sdn_comments.csv")));

    private static readonly Lazy<ListSnapshot> Consolidated2025 = new(() => Read(
        SharedData.Sanctions("ofac", "consolidated-2025-12", "cons_prim.csv"), SharedData.Sanctions("ofac", "consolidated-2025-12", "cons_alt.csv"),
        SharedData.Sanctions("ofac", "consolidated-2025-12", "cons_add.csv"), SharedData.Sanctions("ofac", "consolidated-2025-12", "cons_comments.csv")));

    private static readonly Lazy<ListSnapshot> Un2026 = new(() => Read(SharedData.Sanctions("un", "consolidated-2026-02-27.xml")));

    private static readonly Lazy<ScreeningIndex> FullIndex = new(() => ScreeningIndex.Build([Sdn2024.Value, Consolidated2025.Value, Un2026.Value]));

    public static ListSnapshot Sdn => Sdn2024.Value;

    public static ListSnapshot Sdn2021Set => Sdn2021.Value;

    public static ListSnapshot Consolidated => Consolidated2025.Value;

    public static ListSnapshot Un => Un2026.Value;

    /// <summary>The 2024 SDN with the 2025 aliases, the consolidated list and the UN list.</summary>
    public static ScreeningIndex Full => FullIndex.Value;

    public static ListEntry Entry(ListSnapshot snapshot, string sourceId) => snapshot.Entries.Single(e => e.SourceId == sourceId);

    /// <summary>Screens a name against the full corpus and asserts that the entry of <paramref name="sourceId"/> comes
    /// first and requires review; returns the hits (the best three).</summary>
    public static IReadOnlyList<ScreeningHit> AssertFirstForReview(string query, string sourceId)
    {
        var hits = Full.Screen(new ScreeningQuery(query), 3);

        Assert.NotEmpty(hits);
        Assert.Equal(sourceId, hits[0].Entry.SourceId);
        Assert.True(hits[0].RequiresReview, hits[0].Explanation.ToText());
        return hits;
    }

    private static ListSnapshot Read(params string[] paths)
    {
        var result = ListReader.ReadFiles(paths);
        Assert.True(result.IsSuccess, result.IsSuccess ? string.Empty : result.Error.ToString());
        return result.Value;
    }
}
