using System.Diagnostics;
using System.Text.Json;
using Custos.Ledger.Index;
using Custos.Ledger.Notes;

namespace Custos.Proofs.Bench;

/// <summary>
/// `custos proof verify` from process start to exit, against `dotnet` running an empty program built the same way: runs
/// each in turn (and another build of custos given with <c>--other DLL</c>, e.g. an earlier commit's), on a valid proof file for a key with nine events in an index of N keys, and prints the medians.
/// </summary>
internal static class StartupBench
{
    public static int Run(int keys, int runs, bool keep, string? other)
    {
        var root = RepositoryRoot();
        var custos = Path.Combine(root, "src", "Custos.Cli", "bin", "Release", "net10.0", "custos.dll");
        var empty = Path.Combine(root, "bench", "Custos.Startup.Baseline", "bin", "Release", "net10.0", "Custos.Startup.Baseline.dll");
        foreach (var dll in new[] { custos, empty })
        {
            if (!File.Exists(dll))
            {
                Console.Error.WriteLine($"{dll} is missing: dotnet build -c Release src/Custos.Cli bench/Custos.Startup.Baseline");
                return 2;
            }
        }

        var (log, postings) = SyntheticLog.Create(keys, seed: 14);
        using var index = new IncrementalDisclosureIndex();
        index.Extend(log.Size, postings);
        using var signer = NoteSignerKey.Generate("bench.custos/ledger");
        var folder = Directory.CreateTempSubdirectory("custos-proofs-bench");
        var file = Path.Combine(folder.FullName, "proof.json");
        File.WriteAllText(file, JsonSerializer.Serialize(
            ProofFileBuilder.Build(index.Prove(log.Probes[8], log.Size)!, log.Size, index.RootAt(log.Size)!, signer),
            IndexBench.FileJson) + "\n");
        var key = signer.VerifierKey.Format();

        Console.WriteLine($"custos proof verify start-up: {runs} runs each, proof file of {new FileInfo(file).Length:N0} bytes (index of {keys:N0} keys); {Environment.ProcessorCount} cores, load {Figures.Load()}");
        var (_, verdict) = Time(custos, ["proof", "verify", file, "--key", key], expectedExit: 0);
        Console.WriteLine("verdict: " + verdict.Trim());
        var (_, refused) = Time(custos, ["proof", "verify", file, "--key", NoteSignerKey.Generate("other/ledger").VerifierKey.Format()], expectedExit: 1);
        Console.WriteLine("with another key: " + refused.Trim());

        var verifying = new List<double>();
        var baseline = new List<double>();
        var others = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            baseline.Add(Time(empty, [], expectedExit: 0).Milliseconds);
            verifying.Add(Time(custos, ["proof", "verify", file, "--key", key], expectedExit: 0).Milliseconds);
            if (other is not null)
            {
                others.Add(Time(other, ["proof", "verify", file, "--key", key], expectedExit: 0).Milliseconds);
            }
        }

        if (other is not null)
        {
            Figures.Print($"{other} proof verify: median / min", $"{Figures.Median(others):F0} ms / {others.Min():F0} ms");
        }

        Figures.Print("dotnet custos.dll proof verify: median / min", $"{Figures.Median(verifying):F0} ms / {verifying.Min():F0} ms");
        Figures.Print("baseline, dotnet of an empty program: median / min", $"{Figures.Median(baseline):F0} ms / {baseline.Min():F0} ms");
        Figures.Print("difference of the medians", $"{Figures.Median(verifying) - Figures.Median(baseline):F0} ms");
        if (keep)
        {
            File.WriteAllText(Path.Combine(folder.FullName, "key.txt"), key + "\n");
            Console.WriteLine($"kept {file} (verifier key in key.txt beside it)");
        }
        else
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static (double Milliseconds, string Output) Time(string dll, string[] args, int expectedExit)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != expectedExit)
        {
            throw new InvalidOperationException($"dotnet {dll} exited {process.ExitCode}, not {expectedExit}: {output}{errors.Result}");
        }

        return (elapsed, output + errors.Result);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Custos.slnx not found above " + AppContext.BaseDirectory);
    }
}
