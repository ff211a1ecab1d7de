using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Transparency;

/// <summary>
/// The transparency report of a period (docs/transparency.md): loads the plain facts of the requests received in it and
/// the restrictions recorded in it, in one query per table, and asks the Domain to count them. Publishing signs a
/// statement naming the period and the SHA-256 of the JSON with the ledger's key and ledgers <c>report.published</c>.
/// </summary>
public sealed class TransparencyReports(CustosDbContext db, EventRecorder events, LedgerSigner signer, TimeProvider clock)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web) { Converters = { new KebabEnumJsonConverterFactory() } };

    /// <summary>The band rules applied (the defaults: <see cref="BandRule.Defaults"/>).</summary>
    public IReadOnlyList<BandRule> BandRules { get; init; } = BandRule.Defaults;

    /// <summary>The report of <paramref name="period"/>, as things stand now.</summary>
    public async Task<TransparencyReport> ComputeAsync(ReportPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var facts = await LoadRequestsAsync(period, cancellationToken);
        var restrictions = await db.AccountRestrictions.AsNoTracking()
            .Where(r => r.RecordedAt >= period.Start && r.RecordedAt < period.End)
            .Select(r => new RestrictionFact(r.Reason, r.Regime, r.RecordedAt))
            .ToListAsync(cancellationToken);
        return TransparencyRules.Compute(period, facts, restrictions, BandRules);
    }

    /// <summary>
    /// Publishes the report of <paramref name="period"/>: its JSON, a signed statement over the JSON's SHA-256, and the
    /// <c>report.published</c> event, committed before the statement is returned.
    /// </summary>
    public async Task<PublishedReport> PublishAsync(ReportPeriod period, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var report = await ComputeAsync(period, cancellationToken);
        var generatedAt = clock.NowToTheMillisecond();
        var json = ReportJsonWriter.Write(report, generatedAt);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var statement = signer.Sign(StatementText(signer.Key.Name, period, sha256));
        events.Record(
            db, LedgerEventTypes.ReportPublished, actor, $"report:{period.From:yyyy-MM-dd}_{period.To:yyyy-MM-dd}",
            new { format = TransparencyReport.Format, from = period.From, to = period.To, generatedAt, sha256 });
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedReport(report, generatedAt, json, sha256, statement);
    }

    /// <summary>The text the statement signs: the format, the log's origin, the period (end excluded) and the JSON's SHA-256.</summary>
    public static string StatementText(string origin, ReportPeriod period, string sha256)
    {
        ArgumentNullException.ThrowIfNull(period);
        return $"{TransparencyReport.Format}\n{origin}\nperiod {period.From:yyyy-MM-dd} {period.To:yyyy-MM-dd}\nsha256 {sha256}\n";
    }

    private async Task<List<RequestFacts>> LoadRequestsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var inPeriod = db.Requests.AsNoTracking().Where(r => r.ReceivedAt >= period.Start && r.ReceivedAt < period.End);
        var ids = inPeriod.Select(r => r.Id);
        var requests = await inPeriod
            .Select(r => new { r.Id, r.AgencyId, r.Channel, r.Kind, r.Status, r.Informal, r.ReceivedAt, r.Payload, r.Recommendation })
            .ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => inPeriod.Select(r => r.AgencyId).Contains(a.Id))
            .Select(a => new { a.Id, a.Country, a.Type }).ToDictionaryAsync(a => a.Id, cancellationToken);
        var reach = (await db.RequestTargets.AsNoTracking().Where(t => ids.Contains(t.RequestId))
            .GroupBy(t => t.RequestId).Select(g => new { RequestId = g.Key, Accounts = g.Sum(t => t.Reach) })
            .ToListAsync(cancellationToken)).ToDictionary(x => x.RequestId, x => x.Accounts, StringComparer.Ordinal);
        var acts = (await db.RequestDecisions.AsNoTracking().Where(d => ids.Contains(d.RequestId))
            .Select(d => new { d.RequestId, d.Act }).ToListAsync(cancellationToken)).ToLookup(d => d.RequestId, d => d.Act, StringComparer.Ordinal);
        var triggers = (await db.RequestTransitions.AsNoTracking()
            .Where(t => ids.Contains(t.RequestId) && (t.Trigger == RequestTrigger.Withdraw || t.Trigger == RequestTrigger.FailVerification))
            .Select(t => new { t.RequestId, t.Trigger }).ToListAsync(cancellationToken)).ToLookup(t => t.RequestId, t => t.Trigger, StringComparer.Ordinal);
        var preserved = (await db.Preservations.AsNoTracking().Where(p => ids.Contains(p.RequestId)).Select(p => p.RequestId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var productions = (await db.Productions.AsNoTracking().Where(p => ids.Contains(p.RequestId))
            .Select(p => new { p.Id, p.RequestId, p.EventId, p.CreatedAt }).ToListAsync(cancellationToken))
            .GroupBy(p => p.RequestId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.CreatedAt).First(), StringComparer.Ordinal);
        var eventIds = productions.Values.Select(p => p.EventId).ToList();
        var produced = (await db.LedgerEvents.AsNoTracking().Where(e => eventIds.Contains(e.Id)).Select(e => new { e.Id, e.Details })
            .ToListAsync(cancellationToken)).ToDictionary(e => e.Id, e => ProducedItems(e.Details));
        var notices = (await db.CustomerNotices.AsNoTracking().Where(n => ids.Contains(n.RequestId))
            .Select(n => new { n.RequestId, n.ProductionId, n.Status, Queued = n.QueuedAt != null }).ToListAsync(cancellationToken))
            .ToLookup(n => n.RequestId, StringComparer.Ordinal);

        return [.. requests.Select(r =>
        {
            var payload = RequestJson.ReadStored(r.Payload);
            var agency = r.AgencyId is not null && agencies.TryGetValue(r.AgencyId, out var a) ? a : null;
            var production = productions.GetValueOrDefault(r.Id);
            return new RequestFacts
            {
                Country = agency?.Country ?? payload.Agency.Country,
                Authority = agency?.Type ?? payload.Agency.Type,
                LegalProcess = payload.LegalProcess?.Type ?? LegalProcessType.None,
                Kind = r.Kind,
                Channel = r.Channel,
                Informal = r.Informal,
                ReceivedAt = r.ReceivedAt,
                Status = r.Status,
                Targets = payload.Targets.Count,
                AccountsSpecified = reach.GetValueOrDefault(r.Id),
                Categories = payload.DataCategories,
                RangeFrom = payload.DateRange?.From,
                RangeTo = payload.DateRange?.To,
                Recommendation = r.Recommendation,
                Refused = acts[r.Id].Contains(DecisionAct.Refuse),
                PushedBack = acts[r.Id].Contains(DecisionAct.PushBack),
                Withdrawn = triggers[r.Id].Contains(RequestTrigger.Withdraw),
                VerificationFailed = triggers[r.Id].Contains(RequestTrigger.FailVerification),
                Preserved = preserved.Contains(r.Id) || acts[r.Id].Contains(DecisionAct.Preserve),
                NonDisclosure = payload.NonDisclosure is not null,
                HasProduction = production is not null,
                Produced = production is not null && produced.TryGetValue(production.EventId, out var items) ? items : [],
                Notices = [.. notices[r.Id].Where(n => production is null || n.ProductionId == production.Id).Select(n => new NoticeFact(n.Status, n.Queued))],
            };
        })];
    }

    private static IReadOnlyList<ProducedItemFact> ProducedItems(string? details)
    {
        // Erased details leave the production counted, with no records known.
        var summary = details is null ? null : JsonSerializer.Deserialize<ProductionEventDetails>(details, DetailsJson);
        return summary is null ? [] : [.. summary.Items.Select(i => new ProducedItemFact(i.Target, i.Category, i.From, i.To, i.Records))];
    }
}
