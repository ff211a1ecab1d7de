using System.CommandLine;
using System.Text;
using Custos.Application.Transparency;
using Custos.Domain.Access;
using Custos.Domain.Transparency;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Commands;

/// <summary><c>custos report</c>: the transparency report of a period (docs/transparency.md).</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "The first day (yyyy-MM-dd, UTC). Default: the start of the last complete half-year." };
        var to = new Option<string?>("--to") { Description = "The day after the last day (yyyy-MM-dd, excluded). Default: the end of the last complete half-year." };
        var format = new Option<string>("--format") { Description = "json, csv or html.", DefaultValueFactory = _ => "json" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the report to this file instead of standard output." };
        var statement = new Option<FileInfo?>("--statement")
        {
            Description = "Publish: write the statement signed by the ledger's key (custos-report/v1, the period, the SHA-256 of the JSON) to this file, and ledger report.published.",
        };
        var command = new Command(
            "report",
            "The transparency report of a period: demands per country, authority and legal process, what came of them, notices and restrictions. " +
            "'report verify' checks a published report against the public ledger.")
        {
            from, to, format, output, statement,
        };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var wanted = parse.GetValue(format);
            if (wanted is not ("json" or "csv" or "html"))
            {
                return Output.Fail(ReportErrors.FormatInvalid(wanted));
            }

            var today = DateOnly.FromDateTime(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            var period = ReportPeriodInput.Parse(parse.GetValue(from), parse.GetValue(to), today);
            if (!period.IsSuccess)
            {
                return Output.Fail(period.Errors);
            }

            var reports = services.GetRequiredService<TransparencyReports>();
            var statementFile = parse.GetValue(statement);
            TransparencyReport report;
            string? json = null;
            if (statementFile is not null)
            {
                var published = await reports.PublishAsync(period.Value, Actor.CommandLine, cancellationToken);
                await File.WriteAllTextAsync(statementFile.FullName, published.Statement, new UTF8Encoding(false), cancellationToken);
                Console.Error.WriteLine($"report.published: sha256 {published.Sha256} of the JSON; statement written to {statementFile.FullName}.");
                report = published.Report;
                json = published.Json;
            }
            else
            {
                report = await reports.ComputeAsync(period.Value, cancellationToken);
            }

            var text = wanted switch
            {
                "csv" => ReportCsvWriter.Write(report),
                "html" => ReportHtmlWriter.Document(report),
                _ => json ?? ReportJsonWriter.Write(report, services.GetRequiredService<TimeProvider>().GetUtcNow()),
            };
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, text, new UTF8Encoding(false), cancellationToken);
            }
            else
            {
                await Console.Out.WriteAsync(text);
            }

            return Output.Ok;
        }, cancellationToken));
        command.Subcommands.Add(CreateVerify());
        return command;
    }

    private static Command CreateVerify()
    {
        var report = new Argument<string>("report") { Description = "The report JSON (custos-report/v1) exactly as published." };
        var url = new Option<string?>("--url") { Description = "The ledger's base URL (for example https://custos.example/ledger/)." };
        var dir = new Option<string?>("--dir") { Description = "A copied ledger directory holding checkpoint and tile/." };
        var key = new Option<string>("--key") { Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.", Required = true };
        var statement = new Option<string?>("--statement") { Description = "The report's signed statement. Default: fetched from the server of --url when it serves one." };
        var state = new Option<string?>("--state") { Description = "The file remembering the last verified tree (as for ledger verify)." };
        var origin = new Option<string?>("--origin") { Description = "The origin the checkpoint must name." };
        var verify = new Command(
            "verify",
            "Recompute every figure of a published report from the public ledger alone and name those that differ: exit 0 and one line when all agree.")
        {
            report, url, dir, key, statement, state, origin,
        };
        verify.SetAction((parse, cancellationToken) => ReportVerification.RunAsync(
            new LedgerVerification.Request(parse.GetValue(url), parse.GetValue(dir), parse.GetValue(key)!, parse.GetValue(state), parse.GetValue(origin)),
            parse.GetValue(report)!, parse.GetValue(statement), cancellationToken));
        return verify;
    }
}
