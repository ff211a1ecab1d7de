using System.CommandLine;
using System.Globalization;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos policy …</c>: the scrutiny policy in force, its history, export and installing a new version.</summary>
internal static class PolicyCommand
{
    public static Command Create()
    {
        var command = new Command("policy", "The scrutiny policy (docs/policy.md): show the version in force, list every version, export one, install a new one.");
        command.Subcommands.Add(CreateShow());
        command.Subcommands.Add(CreateHistory());
        command.Subcommands.Add(CreateExport());
        command.Subcommands.Add(CreateInstall());
        return command;
    }

    private static Command CreateShow()
    {
        var show = new Command("show", "Show the policy in force: version, SHA-256, when and by whom it was installed, counts of jurisdictions and rules.");
        show.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var store = services.GetRequiredService<PolicyStore>();
            var active = await store.GetActiveAsync(cancellationToken);
            var info = (await store.HistoryAsync(cancellationToken)).FirstOrDefault(v => v.IsActive);
            var policy = active.Policy;
            var lines = new List<(string Label, string Value)>
            {
                ("Version", active.Version),
                ("SHA-256", active.Sha256),
                ("Effective from", policy.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("Jurisdictions", policy.Jurisdictions.Count.ToString(CultureInfo.InvariantCulture)),
                ("Legal systems", policy.LegalSystems.Count.ToString(CultureInfo.InvariantCulture)),
                ("Rules", policy.Rules.Count.ToString(CultureInfo.InvariantCulture)),
            };
            if (info is not null)
            {
                lines.Add(("Installed", $"{When(info.InstalledAt)} by {info.InstalledBy}"));
                lines.Add(("Made active", info.ActivatedAt is { } at ? $"{When(at)} by {info.ActivatedBy}" : "—"));
            }

            foreach (var (label, value) in lines)
            {
                Console.Out.WriteLine($"{label + ":",-16}{value}");
            }

            return Output.Ok;
        }, cancellationToken));
        return show;
    }

    private static Command CreateHistory()
    {
        var history = new Command("history", "List every policy version installed, most recent first, with its SHA-256 and who installed it.");
        history.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var store = services.GetRequiredService<PolicyStore>();
            await store.GetActiveAsync(cancellationToken); // installs the shipped default on first use, so there is always one
            var table = new Table().AddColumns("Version", "State", "Installed (UTC)", "Installed by", "Last made active", "SHA-256");
            foreach (var v in await store.HistoryAsync(cancellationToken))
            {
                table.AddRow(
                    Markup.Escape(v.Version), v.IsActive ? "in force" : "kept", When(v.InstalledAt), Markup.Escape(v.InstalledBy),
                    v.ActivatedAt is { } at ? Markup.Escape($"{When(at)} by {v.ActivatedBy}") : "—", v.Sha256);
            }

            var console = Output.Out;
            console.Profile.Width = Output.UnwrappedWidth; // never wrap: a hash split over lines cannot be copied
            console.Write(table);
            return Output.Ok;
        }, cancellationToken));
        return history;
    }

    private static Command CreateExport()
    {
        var version = new Option<string?>("--version") { Description = "The version to export. Default: the version in force." };
        var output = new Option<string?>("--out") { Description = "The file to write. Default: standard output." };
        var export = new Command("export", "Write a policy version's YAML exactly as installed (its SHA-256 is the one shown by policy history).") { version, output };
        export.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var store = services.GetRequiredService<PolicyStore>();
            var wanted = parse.GetValue(version) ?? (await store.GetActiveAsync(cancellationToken)).Version;
            var record = await store.GetAsync(wanted, cancellationToken);
            if (record is null)
            {
                return Output.Fail(PolicyErrors.VersionNotFound(wanted));
            }

            if (parse.GetValue(output) is { } path)
            {
                await File.WriteAllTextAsync(path, record.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
                Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Wrote policy version [bold]{record.Version}[/] (sha256 {record.Sha256}) to {path}.");
            }
            else
            {
                await Console.Out.WriteAsync(record.Content);
                await Console.Out.FlushAsync(cancellationToken);
            }

            return Output.Ok;
        }, cancellationToken));
        return export;
    }

    private static Command CreateInstall()
    {
        var file = new Argument<string>("file") { Description = "The policy file (YAML, docs/policy.md)." };
        var install = new Command(
            "install",
            "Validate a policy file and make it the policy in force. Problems are listed with their lines and nothing changes. Each version is kept and every change is a ledger event.")
        {
            file,
        };
        install.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var content = await PolicyFiles.ReadFileAsync(parse.GetValue(file)!, cancellationToken);
            if (!content.IsSuccess)
            {
                return Output.Fail(content.Errors);
            }

            var store = services.GetRequiredService<PolicyStore>();
            var before = await store.HistoryAsync(cancellationToken);
            var result = await store.InstallAsync(content.Value, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                // Name the file in each problem: "line 3" alone does not say of what.
                var path = parse.GetValue(file)!;
                return Output.Fail(result.Errors.Select(e => e with { Message = $"{path}: {e.Message}" }).ToArray());
            }

            var installed = result.Value;
            var what = before.Any(v => v.IsActive && string.Equals(v.Sha256, installed.Sha256, StringComparison.Ordinal))
                ? "is already in force; nothing changed"
                : before.Any(v => string.Equals(v.Version, installed.Version, StringComparison.Ordinal))
                    ? "was installed before and is in force again"
                    : "is installed and in force";
            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Policy version [bold]{installed.Version}[/] {what}.");
            Output.Out.WriteLine("sha256 " + installed.Sha256);
            return Output.Ok;
        }, cancellationToken));
        return install;
    }

    private static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
