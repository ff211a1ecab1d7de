using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Transparency.Facts;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Transparency;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Transparency;

/// <summary>
/// The transparency report of a period (docs/transparency.md): loads the plain facts of the requests received in it and
/// the restrictions recorded in it, in one query per table, and asks the Domain to count them — the facts exactly as the
/// log shows them, so that anyone can recompute the report from the log. Publishing first logs every fact that changed,
/// then signs a statement naming the period and the SHA-256 of the JSON with the ledger's key, ledgers
/// <c>report.published</c> and keeps the JSON and statement to serve.
/// </summary>
public sealed class TransparencyReports(CustosDbContext db, EventRecorder events, LedgerSigner signer, TimeProvider clock)
{
    /// <summary>The band rules applied (the defaults: <see cref="BandRule.Defaults"/>).</summary>
    public IReadOnlyList<BandRule> BandRules { get; init; } = BandRule.Defaults;

    /// <summary>The report of <paramref name="period"/>, as things stand now.</summary>
    public async Task<TransparencyReport> ComputeAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (requests, restrictions) = await LoadAsync(period, cancellationToken);
        return Compute(period, requests, restrictions);
    }

    /// <summary>
    /// Publishes the report of <paramref name="period"/>: logs the facts of its requests and restrictions that changed
    /// since they were last logged, then its JSON, a signed statement over the JSON's SHA-256, and the
    /// <c>report.published</c> event (its public part names the format, the period and the SHA-256), all in one
    /// transaction with the facts first, so that the report follows in the log every fact it was computed from.
    /// </summary>
    public async Task<PublishedReport> PublishAsync(ReportPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(actor);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (requests, restrictions) = await LoadAsync(period, cancellationToken);
        await FactsStaging.StageAsync(db, events, clock, requests, restrictions, BandRules, cancellationToken);
        // Saved first: the facts events get lower ids than report.published, so the log orders them before it.
        await db.SaveChangesAsync(cancellationToken);

        var report = Compute(period, requests, restrictions);
        var generatedAt = clock.NowToTheMillisecond();
        var json = ReportJsonWriter.Write(report, generatedAt);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var statement = signer.Sign(StatementText(signer.Key.Name, period, sha256));
        events.Record(
            db, LedgerEventTypes.ReportPublished, actor, $"report:{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}",
            new { format = TransparencyReport.Format, from = period.From, to = period.To, generatedAt, sha256 },
            publicAttributes: new { format = TransparencyReport.Format, from = period.From, to = period.To, sha256 });
        if (!await db.PublishedReports.AnyAsync(r => r.Sha256 == sha256, cancellationToken))
        {
            db.PublishedReports.Add(new PublishedReportRecord
            {
                Sha256 = sha256, PeriodFrom = period.From, PeriodTo = period.To, GeneratedAt = generatedAt, Json = json, Statement = statement,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PublishedReport(report, generatedAt, json, sha256, statement);
    }

    /// <summary>The text the statement signs: the format, the log's origin, the period (end excluded) and the JSON's SHA-256.</summary>
    public static string StatementText(string origin, ReportPeriod period, string sha256)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{TransparencyReport.Format}\n{origin}\nperiod {period.From:yyyy-MM-dd} {period.To:yyyy-MM-dd}\nsha256 {sha256}\n";
    }

    private TransparencyReport Compute(
        ReportPeriod period, IEnumerable<(string Id, RequestFacts Facts)> requests, IEnumerable<(string Id, RestrictionFact Fact)> restrictions) =>
        TransparencyRules.Compute(
            period,
            requests.Select(r => FactsJson.AsPublished(r.Facts)),
            restrictions.Select(r => FactsJson.ReadRestriction(FactsJson.Write(r.Fact)).Value),
            BandRules);

    private async Task<(List<(string Id, RequestFacts Facts)> Requests, List<(string Id, RestrictionFact Fact)> Restrictions)> LoadAsync(
        ReportPeriod period, CancellationToken cancellationToken)
    {
        var requests = await RequestFactsQuery.LoadAsync(
            db, db.Requests.Where(r => r.ReceivedAt >= period.Start && r.ReceivedAt < period.End), cancellationToken);
        var restrictions = await RequestFactsQuery.RestrictionsAsync(
            db.AccountRestrictions.Where(r => r.RecordedAt >= period.Start && r.RecordedAt < period.End), cancellationToken);
        return (requests, restrictions);
    }
}
