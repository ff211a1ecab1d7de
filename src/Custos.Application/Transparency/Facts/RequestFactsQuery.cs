using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Production;
using Custos.Application.Scrutiny;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// Loads the <see cref="RequestFacts"/> of a set of requests, one query per table (no per-request queries), and of
/// account restrictions.
/// </summary>
internal static class RequestFactsQuery
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web) { Converters = { new KebabEnumJsonConverterFactory() } };

    /// <summary>The facts of each of <paramref name="requests"/>, by request id.</summary>
    public static async Task<List<(string Id, RequestFacts Facts)>> LoadAsync(
        CustosDbContext db, IQueryable<RequestRecord> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.Id);
        var rows = await requests.AsNoTracking()
            .Select(r => new { r.Id, r.AgencyId, r.Channel, r.Kind, r.Status, r.Informal, r.ReceivedAt, r.Payload, r.Recommendation })
            .ToListAsync(cancellationToken);
        var agencies = await db.Agencies.AsNoTracking().Where(a => requests.Select(r => r.AgencyId).Contains(a.Id))
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

        return [.. rows.Select(r =>
        {
            var payload = RequestJson.ReadStored(r.Payload);
            var agency = r.AgencyId is not null && agencies.TryGetValue(r.AgencyId, out var a) ? a : null;
            var production = productions.GetValueOrDefault(r.Id);
            var items = production is not null && produced.TryGetValue(production.EventId, out var found) ? found : [];
            return (r.Id, new RequestFacts
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
                Recommendation = r.Recommendation,
                Refused = acts[r.Id].Contains(DecisionAct.Refuse),
                PushedBack = acts[r.Id].Contains(DecisionAct.PushBack),
                Withdrawn = triggers[r.Id].Contains(RequestTrigger.Withdraw),
                VerificationFailed = triggers[r.Id].Contains(RequestTrigger.FailVerification),
                Preserved = preserved.Contains(r.Id) || acts[r.Id].Contains(DecisionAct.Preserve),
                NonDisclosure = payload.NonDisclosure is not null,
                HasProduction = production is not null,
                Produced = ProducedCategoryFact.Summarise(items, payload.DateRange?.From, payload.DateRange?.To),
                Notices = NoticeCounts.Of(notices[r.Id].Where(n => production is null || n.ProductionId == production.Id).Select(n => new NoticeFact(n.Status, n.Queued))),
            });
        })];
    }

    /// <summary>The facts of each of <paramref name="restrictions"/>, by restriction id.</summary>
    public static async Task<List<(string Id, RestrictionFact Fact)>> RestrictionsAsync(
        IQueryable<AccountRestrictionRecord> restrictions, CancellationToken cancellationToken) =>
        [.. (await restrictions.AsNoTracking().Select(r => new { r.Id, r.Reason, r.Regime, r.RecordedAt }).ToListAsync(cancellationToken))
            .Select(r => (r.Id, new RestrictionFact(r.Reason, r.Regime, r.RecordedAt)))];

    private static IReadOnlyList<ProducedItemFact> ProducedItems(string? details)
    {
        // Erased details leave the production counted, with no records known.
        var summary = details is null ? null : JsonSerializer.Deserialize<ProductionEventDetails>(details, DetailsJson);
        return summary is null ? [] : [.. summary.Items.Select(i => new ProducedItemFact(i.Target, i.Category, i.From, i.To, i.Records))];
    }
}
