using System.CommandLine;
using System.Globalization;
using Custos.Application.Transparency.Checking;

namespace Custos.Cli.Commands;

/// <summary><c>custos audit rebuild</c>: recompute from the public log what the operator published, and compare.</summary>
internal static class AuditCommand
{
    public static Command Create()
    {
        var command = new Command("audit", "Check what the operator published against the public ledger.");
        command.Subcommands.Add(CreateRebuild());
        return command;
    }

    private static Command CreateRebuild()
    {
        var url = new Option<string>("--url") { Description = "The ledger's base URL (for example https://custos.example/ledger/); reports are fetched from /transparency/reports/ next to it.", Required = true };
        var key = new Option<string>("--key") { Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.", Required = true };
        var reportsUrl = new Option<string?>("--reports") { Description = "Where the published reports are served, when not at /transparency/reports/ next to the ledger." };
        var state = new Option<string?>("--state") { Description = "The file remembering the last verified tree (as for ledger verify)." };
        var origin = new Option<string?>("--origin") { Description = "The origin the checkpoint must name." };
        var rebuild = new Command(
            "rebuild",
            "Verify the log, rebuild the disclosure index at every index.revision and compare its root, and recompute every published report from the public facts and compare its figures, SHA-256 and statement.")
        {
            url, key, reportsUrl, state, origin,
        };
        rebuild.SetAction((parse, cancellationToken) => RunAsync(
            new LedgerVerification.Request(parse.GetValue(url), null, parse.GetValue(key)!, parse.GetValue(state), parse.GetValue(origin)),
            parse.GetValue(reportsUrl), cancellationToken));
        return rebuild;
    }

    private static async Task<int> RunAsync(LedgerVerification.Request log, string? reportsUrl, CancellationToken cancellationToken)
    {
        using var reports = PublishedReportClient.Create(log.Url, reportsUrl);
        if (reports is null)
        {
            return Output.Fail(Domain.Common.Error.Invalid("ledger.url-invalid", "--url and --reports must be absolute http:// or https:// URLs.", "--url"));
        }

        var (verified, raw) = await LedgerVerification.VerifyWithEntriesAsync(log, cancellationToken);
        if (raw is null)
        {
            return verified.Exit;
        }

        var size = verified.Report!.Checkpoint.Size;
        var entries = EntryCollector.Parse(raw);
        var items = IndexRevisionCheck.Run(entries)
            .Concat(await ReportAudit.RunAsync(entries, verified.Key!, reports.FetchAsync, cancellationToken))
            .OrderBy(i => i.LeafIndex)
            .ToList();
        foreach (var item in items)
        {
            var word = item.Verdict switch
            {
                AuditVerdict.Agrees => "ok",
                AuditVerdict.Unchecked => "unchecked",
                _ => "DIFFERS",
            };
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word} {item.Kind} at entry {item.LeafIndex}: {item.Message}"));
        }

        var agree = items.Count(i => i.Verdict == AuditVerdict.Agrees);
        var differ = items.Count(i => i.Verdict == AuditVerdict.Differs);
        var notChecked = items.Count(i => i.Verdict == AuditVerdict.Unchecked);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit of {verified.Report.Checkpoint.Origin} at checkpoint {size}: {agree} agree, {differ} differ, {notChecked} unchecked (written before their figures were public)"));
        return differ == 0 ? Output.Ok : Output.Failed;
    }
}
