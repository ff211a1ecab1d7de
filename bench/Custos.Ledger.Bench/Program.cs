using BenchmarkDotNet.Running;
using Custos.Ledger.Bench;

// --quick: a Stopwatch harness that prints figures in seconds; anything else goes to BenchmarkDotNet.
if (args.Contains("--quick"))
{
    await QuickHarness.RunAsync(Console.Out);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickHarness).Assembly).Run(args);
}
