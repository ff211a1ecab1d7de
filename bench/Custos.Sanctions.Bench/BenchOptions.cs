using System.Globalization;

namespace Custos.Sanctions.Bench;

/// <summary>The bench's options: where the custos command and the shared data are, and what to measure.</summary>
internal sealed record BenchOptions(string Custos, string SharedData, string? Queries, string? Data, int Limit, int Runs)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var root = Root();
        return new BenchOptions(
            Value("--custos") ?? Path.Combine(root, "src", "Custos.Cli", "bin", "Release", "net10.0", "custos"),
            Path.GetFullPath(Path.Combine(root, "..", "shared", "data")),
            Value("--queries"),
            Value("--data"),
            int.Parse(Value("--limit") ?? "200000", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "3", CultureInfo.InvariantCulture));
    }

    public string Sanctions => Path.Combine(SharedData, "sanctions");

    public string[] FullSdn =>
    [
        Path.Combine(Sanctions, "ofac", "sdn-2024-05-03", "sdn.csv"), Path.Combine(Sanctions, "ofac", "aliases-2025-12", "alt.csv"),
        Path.Combine(Sanctions, "ofac", "aliases-2025-12", "add.csv"), Path.Combine(Sanctions, "ofac", "aliases-2025-12", "sdn_comments.csv"),
    ];

    private static readonly string[] ConsolidatedFiles = ["cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv"];

    public string[] Consolidated => [.. ConsolidatedFiles.Select(f => Path.Combine(Sanctions, "ofac", "consolidated-2025-12", f))];

    public string[] Un => [Path.Combine(Sanctions, "un", "consolidated-2026-02-27.xml")];

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Custos.slnx not found above " + AppContext.BaseDirectory);
    }
}
