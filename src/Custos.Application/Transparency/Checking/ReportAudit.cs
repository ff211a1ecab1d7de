using Custos.Ledger.Notes;

namespace Custos.Application.Transparency.Checking;

/// <summary>
/// Checks every report published in the log: fetches its JSON and statement (by the SHA-256 the entry names), checks
/// that the JSON has that SHA-256 and the statement is signed over it, and recomputes its figures (<see cref="ReportCheck"/>).
/// </summary>
public static class ReportAudit
{
    /// <summary>One verdict per <c>report.published</c> entry, in log order.</summary>
    /// <param name="entries">The verified log, in order.</param>
    /// <param name="key">The log's verifier key (it signs the statements too).</param>
    /// <param name="fetch">Fetches a published report's JSON bytes and statement by SHA-256; null for what is not found.</param>
    /// <param name="cancellationToken">Cancels the fetches.</param>
    public static async Task<IReadOnlyList<AuditItem>> RunAsync(
        IReadOnlyList<PublicLogEntry> entries, NoteVerifierKey key, Func<string, CancellationToken, Task<(byte[]? Json, string? Statement)>> fetch,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fetch);
        const string kind = "report.published";
        var items = new List<AuditItem>();
        foreach (var entry in entries.Where(ReportPublication.IsPublication))
        {
            if (ReportPublication.Read(entry) is not { } publication)
            {
                items.Add(new AuditItem(kind, entry.LeafIndex, entry.Entry.Public is null ? AuditVerdict.Unchecked : AuditVerdict.Differs, entry.Entry.Public is null
                    ? "a version-1 entry: the report's SHA-256 is behind the commitment"
                    : "its public part is not a custos-report/v1 publication"));
                continue;
            }

            var period = $"{publication.From:yyyy-MM-dd} to {publication.To:yyyy-MM-dd}";
            var (json, statement) = await fetch(publication.Sha256, cancellationToken);
            if (json is null)
            {
                items.Add(new AuditItem(kind, entry.LeafIndex, AuditVerdict.Differs, $"{period}: the server does not serve the report with sha256 {publication.Sha256}"));
                continue;
            }

            var file = ReportFile.Read(json);
            if (!file.IsSuccess)
            {
                items.Add(new AuditItem(kind, entry.LeafIndex, AuditVerdict.Differs, $"{period}: {file.Errors[0].Message}"));
                continue;
            }

            if (file.Value.Sha256 != publication.Sha256)
            {
                items.Add(new AuditItem(kind, entry.LeafIndex, AuditVerdict.Differs, $"{period}: the report served has sha256 {file.Value.Sha256}, the log names {publication.Sha256}"));
                continue;
            }

            var problems = new List<string>();
            if (statement is null)
            {
                problems.Add("no signed statement is served");
            }
            else if (ReportStatement.Check(statement, key, file.Value) is { } wrong)
            {
                problems.Add(wrong);
            }

            var check = ReportCheck.Run(entries, file.Value);
            problems.AddRange(check.Problems);
            problems.AddRange(check.Differences.Select(d => d.ToString()));
            items.Add(problems.Count == 0
                ? new AuditItem(kind, entry.LeafIndex, AuditVerdict.Agrees,
                    $"{period}: every figure recomputed from {check.RequestFacts} request and {check.RestrictionFacts} restriction facts; statement signed")
                : new AuditItem(kind, entry.LeafIndex, AuditVerdict.Differs, $"{period}: {string.Join("; ", problems)}"));
        }

        return items;
    }
}
