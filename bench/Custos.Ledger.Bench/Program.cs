using BenchmarkDotNet.Running;
using Custos.Ledger.Bench;

// --quick: a Stopwatch harness that prints figures in seconds; --integrate: TileWriter throughput with realistic entries;
// anything else goes to BenchmarkDotNet.
if (args.Contains("--quick"))
{
    await QuickHarness.RunAsync(Console.Out);
}
else if (args.Contains("--integrate"))
{
    await IntegrationHarness.RunAsync(Console.Out, rounds: 3);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickHarness).Assembly).Run(args);
}
