using System.Globalization;
using Custos.Proofs.Bench;

// dotnet run -c Release --project bench/Custos.Proofs.Bench -- [index] [--keys N] [--updates N] [--proofs N]
// dotnet run -c Release --project bench/Custos.Proofs.Bench -- startup [--keys N] [--runs N] [--keep] [--other DLL] [--native DIR --native-baseline FILE]
//   (needs the Release builds of src/Custos.Cli and bench/Custos.Startup.Baseline, and for --native the published native custos and
//   NativeAOT baseline: docs/development.md, "Benchmarks")
var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "index";
int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;

string? Text(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

switch (mode)
{
    case "index":
        IndexBench.Run(Option("--keys", 10_000_000), Option("--updates", 10_000), Option("--proofs", 2_000));
        return 0;
    case "startup":
        return StartupBench.Run(Option("--keys", 100_000), Option("--runs", 21), args.Contains("--keep"), Text("--other"), Text("--native"), Text("--native-baseline"));
    default:
        Console.Error.WriteLine("usage: Custos.Proofs.Bench [index] [--keys N] [--updates N] [--proofs N] | startup [--keys N] [--runs N] [--keep] [--other DLL] [--native DIR --native-baseline FILE]");
        return 2;
}
