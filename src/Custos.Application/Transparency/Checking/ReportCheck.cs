using System.Text.Json;
using Custos.Application.Transparency.Facts;
using Custos.Domain.Events;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency.Checking;

/// <summary>
/// Recomputes a report from the public log alone (docs/transparency.md, "Checking a report"): finds the
/// <c>report.published</c> entry naming the file's SHA-256, takes the latest <c>request.facts</c> and
/// <c>restriction.facts</c> of each subject logged before it, computes the report of the file's period with the Domain's
/// <see cref="TransparencyRules.Compute"/> and the file's band rules, and names every figure that differs. The banded
/// rows cannot be recomputed (their demands are never logged one by one) and are left out of the comparison.
/// </summary>
public static class ReportCheck
{
    /// <summary>The paths not compared: the bands, which no one outside can recompute.</summary>
    public static IReadOnlyList<string> NotRecomputable { get; } = ["banded[*].requests", "banded[*].accountsSpecified"];

    /// <summary>Checks <paramref name="file"/> against the verified log <paramref name="entries"/> (in log order).</summary>
    public static ReportCheckResult Run(IReadOnlyList<PublicLogEntry> entries, ReportFile file)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(file);
        var problems = new List<string>();
        var publications = entries.Where(ReportPublication.IsPublication).Select(ReportPublication.Read).OfType<ReportPublication>().ToList();
        var publication = publications.FirstOrDefault(p => p.Sha256 == file.Sha256);
        ulong asOf;
        if (publication is null)
        {
            var samePeriod = publications.LastOrDefault(p => p.From == file.Period.From && p.To == file.Period.To);
            asOf = samePeriod?.LeafIndex ?? (entries.Count == 0 ? 0 : entries[^1].LeafIndex + 1);
            problems.Add($"no report.published entry in the log names sha256 {file.Sha256}: this is not a published report " +
                (samePeriod is null
                    ? "(no report of this period is in the log; figures compared with the facts at the end of the log)"
                    : $"(figures compared with the facts before the latest report of this period, entry {samePeriod.LeafIndex}, sha256 {samePeriod.Sha256})"));
        }
        else
        {
            asOf = publication.LeafIndex;
            if (publication.From != file.Period.From || publication.To != file.Period.To)
            {
                problems.Add($"report.published entry {publication.LeafIndex} names the period {publication.From:yyyy-MM-dd} to {publication.To:yyyy-MM-dd}, the file another");
            }
        }

        var requests = Latest(entries, LedgerEventTypes.RequestFacts, asOf)
            .Select(e => (e.LeafIndex, Facts: FactsJson.ReadRequest(e.Entry.Public ?? "")))
            .ToList();
        var restrictions = Latest(entries, LedgerEventTypes.RestrictionFacts, asOf)
            .Select(e => (e.LeafIndex, Fact: FactsJson.ReadRestriction(e.Entry.Public ?? "")))
            .ToList();
        problems.AddRange(requests.Where(r => !r.Facts.IsSuccess).Select(r => $"request.facts entry {r.LeafIndex}: {r.Facts.Errors[0].Message}"));
        problems.AddRange(restrictions.Where(r => !r.Fact.IsSuccess).Select(r => $"restriction.facts entry {r.LeafIndex}: {r.Fact.Errors[0].Message}"));
        var facts = requests.Where(r => r.Facts.IsSuccess).ToList();
        problems.AddRange(facts
            .Where(r => file.Period.Contains(r.Facts.Value.ReceivedAt) && TransparencyRules.BandRuleOf(r.Facts.Value, file.BandRules) is not null)
            .Select(r => $"request.facts entry {r.LeafIndex} is covered by band rule {TransparencyRules.BandRuleOf(r.Facts.Value, file.BandRules)!.Id}: such demands may only be published in bands, never logged one by one"));

        var recomputed = TransparencyRules.Compute(
            file.Period, facts.Select(r => r.Facts.Value), restrictions.Where(r => r.Fact.IsSuccess).Select(r => r.Fact.Value), file.BandRules);
        var ledgerJson = ReportJsonWriter.Write(recomputed, file.GeneratedAt);
        using var reportDocument = JsonDocument.Parse(file.Bytes);
        using var ledgerDocument = JsonDocument.Parse(ledgerJson);
        var differences = ReportDiff.Compare(reportDocument.RootElement, ledgerDocument.RootElement, [.. NotRecomputable]);
        return new ReportCheckResult(
            publication, asOf,
            facts.Count(r => file.Period.Contains(r.Facts.Value.ReceivedAt)),
            restrictions.Count(r => r.Fact.IsSuccess && file.Period.Contains(r.Fact.Value.RecordedAt)),
            differences, problems);
    }

    /// <summary>The last entry of <paramref name="type"/> of each subject before <paramref name="asOf"/>.</summary>
    private static IEnumerable<PublicLogEntry> Latest(IReadOnlyList<PublicLogEntry> entries, LedgerEventType type, ulong asOf) =>
        entries
            .Where(e => e.LeafIndex < asOf && e.Entry.TypeId == type.Id && e.Entry.TypeName == type.Name)
            .GroupBy(e => e.Entry.Subject, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.LeafIndex)!);
}
