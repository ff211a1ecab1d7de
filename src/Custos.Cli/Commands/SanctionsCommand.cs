using System.CommandLine;
using System.Globalization;
using Custos.Application.Sanctions.Lists;
using Custos.Application.Sanctions.Rescreen;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos sanctions …</c>: sanctions lists, screening, rescreening customers (docs/sanctions.md).</summary>
internal static class SanctionsCommand
{
    public static Command Create()
    {
        var command = new Command("sanctions", "Sanctions lists and screening (docs/sanctions.md): import lists, screen names, match and score files, rescreen the customers.");
        command.Subcommands.Add(CreateImport());
        command.Subcommands.Add(CreateLists());
        command.Subcommands.Add(SanctionsScreenCommands.CreateScreen());
        command.Subcommands.Add(SanctionsScreenCommands.CreateMatch());
        command.Subcommands.Add(SanctionsScreenCommands.CreateScore());
        command.Subcommands.Add(CreateRescreen());
        return command;
    }

    private static Command CreateImport()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The files of one list: sdn.csv with any of alt.csv, add.csv, sdn_comments.csv; cons_prim.csv with its cons_ files; or the UN consolidated XML. The reader is chosen by content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var import = new Command("import", "Import one list as a new version in force. Every file is checked first; a refused file (named with its line and the reason) leaves the version in force as it was.")
        {
            files,
        };
        import.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<SanctionsListImport>().ImportFilesAsync(parse.GetValue(files)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                Output.Error.MarkupLine("[red]The import was refused; the list in force is unchanged.[/]");
                return Output.Fail(result.Errors);
            }

            var summary = result.Value;
            var version = summary.Version;
            var console = Output.Out;
            console.Profile.Width = Output.UnwrappedWidth; // never wrap a hash
            if (summary.AlreadyInForce)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{version.ListId}[/] version {version.Version[..16]} ({version.Id}) is already in force; nothing changed.");
            }
            else
            {
                var replacing = summary.Previous is null ? string.Empty : ", replacing " + summary.Previous;
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"[bold]{version.ListId}[/] version {version.Version[..16]} ({version.Id}) is in force: {version.Entries:N0} entries, read and stored in {summary.Elapsed.TotalMilliseconds:F0} ms (read and checked in {summary.ReadTime.TotalMilliseconds:F0} ms){replacing}.");
            }
            var table = new Table().AddColumns("File", "Role", "Records", "Bytes", "SHA-256");
            foreach (var file in version.Files)
            {
                table.AddRow(Markup.Escape(file.Name), file.Role, file.Records.ToString("N0", CultureInfo.InvariantCulture), file.Length.ToString("N0", CultureInfo.InvariantCulture), file.Sha256);
            }

            console.Write(table);
            foreach (var note in version.Notes)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[grey]note:[/] {note}");
            }

            return Output.Ok;
        }, cancellationToken));
        return import;
    }

    private static Command CreateLists()
    {
        var all = new Option<bool>("--all") { Description = "List every version imported, not only those in force." };
        var lists = new Command("lists", "Show the list versions in force (or every version imported), with their files' SHA-256.") { all };
        lists.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var store = services.GetRequiredService<SanctionsLists>();
            var versions = parse.GetValue(all) ? await store.HistoryAsync(cancellationToken) : await store.InForceAsync(cancellationToken);
            if (versions.Count == 0)
            {
                Console.Out.WriteLine("No sanctions list has been imported.");
                return Output.Ok;
            }

            var table = new Table().AddColumns("List", "Version", "Id", "State", "Entries", "Imported (UTC)", "Files");
            foreach (var v in versions)
            {
                table.AddRow(v.ListId, v.Version[..16], v.Id, v.InForce ? "in force" : "superseded", v.Entries.ToString("N0", CultureInfo.InvariantCulture),
                    v.ImportedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("\n", v.Files.Select(f => $"{f.Name} {f.Sha256}"))));
            }

            var console = Output.Out;
            console.Profile.Width = Output.UnwrappedWidth;
            console.Write(table);
            return Output.Ok;
        }, cancellationToken));
        return lists;
    }

    private static Command CreateRescreen()
    {
        var full = new Option<bool>("--full") { Description = "Screen every customer, not only those whose facts or lists changed since their last screening." };
        var rescreen = new Command(
            "rescreen",
            "Screen every customer (name, native name, date of birth, nationality) and every customer wallet against the lists in force, and raise alerts. Only customers whose facts, or the lists' contents, changed since their last screening are screened.")
        {
            full,
        };
        rescreen.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var error = Output.Error;
            var progress = new Progress<RescreenProgress>(p => error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Elapsed.TotalSeconds,6:F1} s  examined {p.Examined:N0} of {p.Total:N0}, screened {p.Screened:N0} ({p.Screened / Math.Max(0.001, p.Elapsed.TotalSeconds):N0}/s), alerts {p.AlertsRaised:N0}")));
            var result = await services.GetRequiredService<CustomerRescreen>().RescreenAsync(Actor.CommandLine, parse.GetValue(full), progress, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var s = result.Value;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Rescreen {s.RunId}: {s.Customers:N0} customers, {s.Screened:N0} screened, {s.Unchanged:N0} unchanged since their last screening; {s.WithHits:N0} with hits; {s.AlertsRaised:N0} alerts raised ({s.AlreadyOpen:N0} hits already open, {s.AlreadyConfirmed:N0} already confirmed, {s.DismissedUnchanged:N0} dismissed and unchanged)."));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Elapsed.TotalSeconds:F1} s in all: lists loaded and indexed in {s.LoadTime.TotalSeconds:F1} s, {s.ScreenedPerSecond:N0} customers screened per second, {s.DistinctNames:N0} distinct names."));
            return Output.Ok;
        }, cancellationToken));
        return rescreen;
    }
}
