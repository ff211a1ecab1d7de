using System.Globalization;
using Custos.Proofs.Bench;

// dotnet run -c Release --project bench/Custos.Proofs.Bench -- [index] [--keys N] [--updates N] [--proofs N]
// dotnet run -c Release --project bench/Custos.Proofs.Bench -- startup [--keys N] [--runs N] [--keep] [--other DLL]   (needs the Release builds of
//   src/Custos.Cli and bench/Custos.Startup.Baseline: dotnet build -c Release src/Custos.Cli bench/Custos.Startup.Baseline)
var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "index";
int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;

switch (mode)
{
    case "index":
        IndexBench.Run(Option("--keys", 10_000_000), Option("--updates", 10_000), Option("--proofs", 2_000));
        return 0;
    case "startup":
        return StartupBench.Run(Option("--keys", 100_000), Option("--runs", 21), args.Contains("--keep"), args.SkipWhile(a => a != "--other").Skip(1).FirstOrDefault());
    default:
        Console.Error.WriteLine("usage: Custos.Proofs.Bench [index] [--keys N] [--updates N] [--proofs N] | startup [--keys N] [--runs N] [--keep] [--other DLL]");
        return 2;
}
