using System.Globalization;
using Custos.Application.Transparency.Checking;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos report verify</c>: verifies the log, recomputes the report's figures from the public facts logged before its
/// <c>report.published</c> entry, checks its signed statement, and names every figure that differs.
/// </summary>
internal static class ReportVerification
{
    public static async Task<int> RunAsync(LedgerVerification.Request log, string reportPath, string? statementPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(reportPath))
        {
            return Output.Fail(Domain.Common.Error.Invalid("report.file-missing", $"{reportPath} does not exist.", "report"));
        }

        var file = ReportFile.Read(await File.ReadAllBytesAsync(reportPath, cancellationToken));
        if (!file.IsSuccess)
        {
            return Output.Fail(file.Errors);
        }

        using var reports = PublishedReportClient.Create(log.Url, null);
        var (verified, raw) = await LedgerVerification.VerifyWithEntriesAsync(log, cancellationToken);
        if (raw is null)
        {
            return verified.Exit;
        }

        var size = verified.Report!.Checkpoint.Size;
        var entries = EntryCollector.Parse(raw);
        var check = ReportCheck.Run(entries, file.Value);
        var problems = check.Problems.ToList();

        string? statement = statementPath is null ? null : await File.ReadAllTextAsync(statementPath, cancellationToken);
        var statementSource = statementPath;
        if (statement is null && reports is not null)
        {
            statement = (await reports.FetchAsync(file.Value.Sha256, cancellationToken)).Statement;
            statementSource = statement is null ? null : new Uri(reports.BaseAddress, file.Value.Sha256 + ".sig").ToString();
        }

        if (statement is not null && ReportStatement.Check(statement, verified.Key!, file.Value) is { } wrong)
        {
            problems.Add($"statement {statementSource}: {wrong}");
        }

        foreach (var difference in check.Differences)
        {
            Console.Out.WriteLine(difference.ToString());
        }

        foreach (var problem in problems)
        {
            Console.Error.WriteLine("error " + problem);
        }

        var period = $"{file.Value.Period.From:yyyy-MM-dd} to {file.Value.Period.To:yyyy-MM-dd}";
        var statementWord = statement is null ? "no statement found to check" : "statement signed by the log's key";
        if (check.Publication is not null && check.Differences.Count == 0 && problems.Count == 0)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report {period} agrees with the ledger: published at entry {check.Publication.LeafIndex} of {size}, every figure recomputed from {check.RequestFacts} request and {check.RestrictionFacts} restriction facts logged before it ({statementWord}; banded rows cannot be recomputed)"));
            return Output.Ok;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"report {period} does NOT agree with the ledger: {check.Differences.Count} figure(s) differ, {problems.Count} other problem(s)"));
        return Output.Failed;
    }
}
