using Custos.Sanctions.Bench;

// dotnet run -c Release --project bench/Custos.Sanctions.Bench -- MODE [options]; the custos command measured is the
// Release build (src/Custos.Cli/bin/Release/net10.0/custos) unless --custos PATH says otherwise.
var mode = args.Length > 0 ? args[0] : "help";
var options = BenchOptions.Parse(args.Skip(1).ToArray());
switch (mode)
{
    case "import":
        ImportBench.Run(options);
        break;
    case "match":
        MatchBench.Run(options);
        break;
    case "rescreen":
        RescreenBench.Run(options);
        break;
    default:
        Console.Error.WriteLine("usage: Custos.Sanctions.Bench import | match --queries FILE | rescreen --data DIR [--limit N] [--custos PATH] [--runs N]");
        return 2;
}

return 0;
