using BenchmarkDotNet.Running;
using Custos.Ledger.Bench;

// --quick: a Stopwatch harness that prints figures in seconds; --integrate: TileWriter throughput with realistic entries;
// --verify [size]: a full offline verification from a directory and over loopback HTTP; --ed25519 [rounds]: the
// Ed25519 implementations side by side (the former OpenSSL interop against NSec); anything else goes to BenchmarkDotNet.
if (args.Contains("--quick"))
{
    await QuickHarness.RunAsync(Console.Out);
}
else if (args.Contains("--integrate"))
{
    await IntegrationHarness.RunAsync(Console.Out, rounds: 3);
}
else if (Array.IndexOf(args, "--verify") is var at and >= 0)
{
    var size = at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    await VerifyHarness.RunAsync(Console.Out, size);
}
else if (Array.IndexOf(args, "--ed25519") is var ed and >= 0)
{
    var rounds = ed + 1 < args.Length ? int.Parse(args[ed + 1], System.Globalization.CultureInfo.InvariantCulture) : 9;
    Ed25519Harness.Run(Console.Out, rounds);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(QuickHarness).Assembly).Run(args);
}
