using System.Globalization;
using System.Text.RegularExpressions;
using Custos.Application;
using Custos.Application.Ledger;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Access;
using Custos.Screening.Lists;
using Custos.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Sanctions.Bench;

/// <summary>
/// Importing the full SDN (2024 sdn.csv with the 2025 alias, address and comment files): the baseline reads the files
/// with the list reader alone, in this process; the import is the use case (read, checked, stored and ledgered) into a
/// new database each run in this process (the first run also builds the database model), and <c>custos sanctions
/// import</c> as the command reports it and as a whole process (start-up, migration, the model built).
/// </summary>
internal static partial class ImportBench
{
    public static void Run(BenchOptions options)
    {
        Console.WriteLine($"load average {Runner.Load()}; {options.Runs} runs each; custos {options.Custos}");
        ListReader.ReadFiles(options.FullSdn); // warm the reader once
        var baseline = Enumerable.Range(0, Math.Max(options.Runs, 3)).Select(_ => Runner.Time(() =>
        {
            var read = ListReader.ReadFiles(options.FullSdn);
            if (!read.IsSuccess)
            {
                throw new InvalidOperationException(read.Error.ToString());
            }
        })).ToList();
        var inProcess = new List<double>();
        for (var i = 0; i < options.Runs + 1; i++)
        {
            var data = Runner.NewDataFolder("import-use-case");
            var services = new ServiceCollection().AddLogging()
                .AddCustosApplication(DatabaseSettings.ForDataDirectory(data), LedgerOptions.ForDataDirectory(data)).BuildServiceProvider();
            services.GetRequiredService<CustosDatabase>().MigrateAsync().GetAwaiter().GetResult();
            using var scope = services.CreateScope();
            var import = scope.ServiceProvider.GetRequiredService<SanctionsListImport>();
            var ms = Runner.Time(() =>
            {
                var result = import.ImportFilesAsync(options.FullSdn, Actor.CommandLine).GetAwaiter().GetResult();
                if (!result.IsSuccess)
                {
                    throw new InvalidOperationException(result.Error.ToString());
                }
            });
            inProcess.Add(ms);
            services.Dispose();
        }

        var reported = new List<double>();
        var process = new List<double>();
        for (var i = 0; i < options.Runs; i++)
        {
            var data = Runner.NewDataFolder("import");
            var (ms, output) = Runner.Custos(options, ["sanctions", "import", .. options.FullSdn, "--data", data]);
            process.Add(ms);
            reported.Add(double.Parse(Reported().Match(output).Groups[1].Value, CultureInfo.InvariantCulture));
        }

        Console.WriteLine($"baseline: ListReader.ReadFiles(full SDN) in this process   median {Runner.Median(baseline)} (runs: {string.Join(", ", baseline.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"use case in this process (read, check, store, ledger; new database each run): first {inProcess[0]:N0} ms (builds the model), then median {Runner.Median(inProcess.Skip(1))} (runs: {string.Join(", ", inProcess.Skip(1).Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"custos sanctions import, as reported (read, check, store, ledger) median {Runner.Median(reported)} (runs: {string.Join(", ", reported.Select(b => b.ToString("N0", CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"custos sanctions import, whole process (start-up, migration) median {Runner.Median(process)}");
        Console.WriteLine($"load average after {Runner.Load()}");
    }

    [GeneratedRegex(@"read and stored in (\d+) ms")]
    private static partial Regex Reported();
}
