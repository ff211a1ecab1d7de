using System.Diagnostics;
using System.Text.Json;
using Custos.Ledger.Index;
using Custos.Ledger.Notes;

namespace Custos.Proofs.Bench;

/// <summary>
/// `custos proof verify` from process start to exit, against empty programs started the same way, each in turn in the same
/// run, on a valid proof file for a key with nine events in an index of N keys: the managed command (<c>dotnet custos.dll</c>)
/// against <c>dotnet</c> running an empty program; with <c>--native DIR</c> (a folder written by src/Custos.Launcher/publish.sh)
/// also the NativeAOT <c>custos</c> against an empty NativeAOT program (<c>--native-baseline FILE</c>), and a command the
/// front-end hands to the managed CLI against that CLI started directly; and another build of custos given with
/// <c>--other DLL</c> (e.g. an earlier commit's). Prints the median, 95th percentile and minimum of each.
/// </summary>
internal static class StartupBench
{
    public static int Run(int keys, int runs, bool keep, string? other, string? native, string? nativeBaseline)
    {
        var root = RepositoryRoot();
        var custos = Path.Combine(root, "src", "Custos.Cli", "bin", "Release", "net10.0", "custos.dll");
        var empty = Path.Combine(root, "bench", "Custos.Startup.Baseline", "bin", "Release", "net10.0", "Custos.Startup.Baseline.dll");
        var nativeCustos = native is null ? null : Path.Combine(native, "custos");
        var nativeCli = native is null ? null : Path.Combine(native, "cli", "custos");
        string[] needed = [custos, empty, .. native is null ? [] : new[] { nativeCustos!, nativeCli!, nativeBaseline ?? "--native-baseline FILE" }];
        foreach (var file in needed)
        {
            if (!File.Exists(file))
            {
                Console.Error.WriteLine($"{file} is missing: see docs/development.md, \"Benchmarks\"");
                return 2;
            }
        }

        var (log, postings) = SyntheticLog.Create(keys, seed: 14);
        using var index = new IncrementalDisclosureIndex();
        index.Extend(log.Size, postings);
        using var signer = NoteSignerKey.Generate("bench.custos/ledger");
        var folder = Directory.CreateTempSubdirectory("custos-proofs-bench");
        var proof = Path.Combine(folder.FullName, "proof.json");
        File.WriteAllText(proof, JsonSerializer.Serialize(
            ProofFileBuilder.Build(index.Prove(log.Probes[8], log.Size)!, log.Size, index.RootAt(log.Size)!, signer),
            IndexBench.FileJson) + "\n");
        string[] verify = ["proof", "verify", proof, "--key", signer.VerifierKey.Format()];

        var measured = new List<Measured>
        {
            new("dotnet custos.dll proof verify", "dotnet", [custos, .. verify]),
            new("baseline, dotnet of an empty program", "dotnet", [empty]),
        };
        if (native is not null)
        {
            measured.Add(new("native custos proof verify", nativeCustos!, verify));
            measured.Add(new("baseline, an empty NativeAOT program", nativeBaseline!, []));
            measured.Add(new("native custos --version (handed to cli/custos)", nativeCustos!, ["--version"]));
            measured.Add(new("cli/custos --version, started directly", nativeCli!, ["--version"]));
        }

        if (other is not null)
        {
            measured.Add(new($"{other} proof verify", "dotnet", [other, .. verify]));
        }

        Console.WriteLine($"custos proof verify start-up: {runs} runs each, proof file of {new FileInfo(proof).Length:N0} bytes (index of {keys:N0} keys); {Environment.ProcessorCount} cores, load {Figures.Load()}");
        Console.WriteLine("verdict: " + Time("dotnet", [custos, .. verify], expectedExit: 0).Output.Trim());
        Console.WriteLine("with another key: " + Time("dotnet", [custos, .. verify[..^1], NoteSignerKey.Generate("other/ledger").VerifierKey.Format()], expectedExit: 1).Output.Trim());
        if (nativeCustos is not null)
        {
            Console.WriteLine("native verdict: " + Time(nativeCustos, verify, expectedExit: 0).Output.Trim());
        }

        for (var i = 0; i < runs; i++)
        {
            foreach (var m in measured)
            {
                m.Milliseconds.Add(Time(m.Program, m.Args, expectedExit: 0).Milliseconds);
            }
        }

        foreach (var m in measured)
        {
            Figures.Print(m.Name + ": median / p95 / min", $"{Figures.Median(m.Milliseconds):F0} ms / {Figures.Percentile(m.Milliseconds, 0.95):F0} ms / {m.Milliseconds.Min():F0} ms");
        }

        Figures.Print("managed: difference of the medians", $"{Figures.Median(measured[0].Milliseconds) - Figures.Median(measured[1].Milliseconds):F0} ms");
        if (native is not null)
        {
            Figures.Print("native: difference of the medians", $"{Figures.Median(measured[2].Milliseconds) - Figures.Median(measured[3].Milliseconds):F0} ms");
            Figures.Print("hand-over: difference of the medians", $"{Figures.Median(measured[4].Milliseconds) - Figures.Median(measured[5].Milliseconds):F0} ms");
        }

        if (keep)
        {
            File.WriteAllText(Path.Combine(folder.FullName, "key.txt"), verify[^1] + "\n");
            Console.WriteLine($"kept {proof} (verifier key in key.txt beside it)");
        }
        else
        {
            folder.Delete(recursive: true);
        }

        return 0;
    }

    private static (double Milliseconds, string Output) Time(string program, string[] args, int expectedExit)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException(program + " did not start");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != expectedExit)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}, not {expectedExit}: {output}{errors.Result}");
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

    /// <summary>One command line timed in every round.</summary>
    private sealed record Measured(string Name, string Program, string[] Args)
    {
        public List<double> Milliseconds { get; } = [];
    }
}
