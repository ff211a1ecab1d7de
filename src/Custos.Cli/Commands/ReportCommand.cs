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
            "Checking a report against the public ledger (report verify) is not built yet.")
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
        return command;
    }
}
