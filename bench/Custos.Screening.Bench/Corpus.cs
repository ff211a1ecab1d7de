using System.Diagnostics;
using Custos.Screening;
using Custos.Screening.Lists;

namespace Custos.Screening.Bench;

/// <summary>The shared data folder and the list snapshots the evaluation uses.</summary>
internal static class Corpus
{
    public static string Data { get; } = FindData();

    public static string Sanctions => Path.Combine(Data, "sanctions");

    public static string[] FullSdnFiles =>
    [
        Path.Combine(Sanctions, "ofac", "sdn-2024-05-03", "sdn.csv"),
        Path.Combine(Sanctions, "ofac", "aliases-2025-12", "alt.csv"),
        Path.Combine(Sanctions, "ofac", "aliases-2025-12", "add.csv"),
        Path.Combine(Sanctions, "ofac", "aliases-2025-12", "sdn_comments.csv"),
    ];

    private static readonly string[] ConsolidatedNames = ["cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"];
    private static readonly string[] SdnNames = ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"];

    public static string[] ConsolidatedFiles =>
        [.. ConsolidatedNames.Select(f => Path.Combine(Sanctions, "ofac", "consolidated-2025-12", f))];

    public static string[] UnFiles => [Path.Combine(Sanctions, "un", "consolidated-2026-02-27.xml")];

    public static string[] Sdn2021Files => [.. SdnNames.Select(f => Path.Combine(Sanctions, "ofac", "full-2021-07-07", f))];

    /// <summary>The full corpus: the 2024 SDN with the 2025 aliases, the consolidated list and the UN list.</summary>
    public static List<ListSnapshot> ReadFull() => [Read(FullSdnFiles), Read(ConsolidatedFiles), Read(UnFiles)];

    public static ListSnapshot Read(string[] files)
    {
        var result = ListReader.ReadFiles(files);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error.ToString());
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values[values.Count / 2];
    }

    public static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    public static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string FindData()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
        {
            directory = directory.Parent;
        }

        var path = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
        return path is not null && Directory.Exists(path)
            ? path
            : throw new InvalidOperationException("The shared data folder (../shared/data beside the repository) is absent.");
    }
}
