using System.CommandLine;
using System.Globalization;
using Custos.Application.Common;
using Custos.Application.Customers.Import;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos customers …</c>: the platform's customer data.</summary>
internal static class CustomersCommand
{
    public static Command Create()
    {
        var command = new Command("customers", "The platform's customer data that Custos holds a copy of.");
        var path = new Argument<string>("path") { Description = "A folder of CSV files (customers.csv, wallets.csv, …) or a customers.json file; see docs/customer-data.md." };
        var replace = new Option<bool>("--replace") { Description = "Treat the files as a full snapshot: remove all customer data held before (in the same transaction)." };
        var import = new Command("import", "Import customer data, streaming, in one transaction: every row is checked, and a failed import changes nothing. Without --replace, an upsert by natural key (incremental exports may carry only changed customers and new items).") { path, replace };
        import.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var importer = services.GetRequiredService<CustomerImport>();
            var result = await ImportWithProgressAsync(importer, parse.GetValue(path)!, parse.GetValue(replace), cancellationToken);
            if (!result.IsSuccess)
            {
                Output.Error.MarkupLine("[red]The import was refused; nothing was written.[/]");
                return Output.Fail(result.Errors);
            }

            var summary = result.Value;
            var table = new Table().AddColumns("Records", "Rows");
            table.AddRow("customers", Count(summary.Counts.Customers));
            table.AddRow("residence permits", Count(summary.Counts.ResidencePermits));
            table.AddRow("KYC documents", Count(summary.Counts.KycDocuments));
            table.AddRow("wallets", Count(summary.Counts.Wallets));
            table.AddRow("transactions", Count(summary.Counts.Transactions));
            table.AddRow("logins", Count(summary.Counts.Logins));
            table.AddRow("holdings", Count(summary.Counts.Holdings));
            Output.Out.Write(table);
            Output.Out.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"Import [bold]{summary.ImportId}[/] from {summary.Source}: {Count(summary.Counts.Total)} rows in {summary.Elapsed.TotalSeconds:F1} s{(summary.ReplacedAll ? " (replaced all earlier data)" : "")}{(summary.DirectLoad ? ", loaded directly into the empty tables" : "")}.");
            foreach (var (phase, elapsed) in summary.Phases)
            {
                Output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {elapsed.TotalSeconds,7:F1} s  {phase}"));
            }

            return Output.Ok;
        }, cancellationToken));
        command.Subcommands.Add(import);
        return command;
    }

    /// <summary>Runs an import with a progress display on an interactive terminal and plain lines otherwise.</summary>
    internal static async Task<Domain.Common.Result<ImportSummary>> ImportWithProgressAsync(
        CustomerImport importer, string path, bool replaceAll, CancellationToken cancellationToken)
    {
        if (!Output.Out.Profile.Capabilities.Interactive)
        {
            var shown = new HashSet<string>(StringComparer.Ordinal);
            var plain = new Progress<ImportProgress>(p =>
            {
                // Files are read in parallel on PostgreSQL: each phase of each file or table is shown once.
                var line = $"{p.Phase.ToString().ToLowerInvariant()} {p.Name}";
                lock (shown)
                {
                    if (shown.Add(line))
                    {
                        Output.Error.WriteLine(line);
                    }
                }
            });
            return await importer.ImportAsync(path, replaceAll, Actor.CommandLine, plain, cancellationToken);
        }

        Domain.Common.Result<ImportSummary> result = default;
        await Output.Out.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress<ImportProgress>(p =>
                {
                    var key = $"{p.Phase}:{p.Name}";
                    if (!tasks.TryGetValue(key, out var task))
                    {
                        var verb = p.Phase == ImportPhase.Reading ? "Checking" : "Writing";
                        task = context.AddTask($"{verb} {p.Name}", maxValue: p.Phase == ImportPhase.Reading && p.TotalBytes > 0 ? p.TotalBytes : 1);
                        if (p.Phase == ImportPhase.Writing)
                        {
                            task.IsIndeterminate = true;
                        }

                        tasks[key] = task;
                    }

                    if (p.Phase == ImportPhase.Reading)
                    {
                        task.Value = p.Bytes;
                        task.Description = $"Checking {p.Name} ({Count(p.Rows)} rows)";
                    }
                    else
                    {
                        task.Description = $"Writing {p.Name} ({Count(p.Rows)} rows)";
                    }
                });
                result = await importer.ImportAsync(path, replaceAll, Actor.CommandLine, progress, cancellationToken);
                foreach (var task in tasks.Values)
                {
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                    task.StopTask();
                }
            });
        return result;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
