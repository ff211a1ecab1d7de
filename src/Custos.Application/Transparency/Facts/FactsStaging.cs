using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Transparency;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// Stages <c>request.facts</c> and <c>restriction.facts</c> events on a unit of work for the requests and restrictions
/// whose public facts differ from the ones last logged (<c>transparency_facts</c>), with the rows that remember them.
/// A request a band rule covers is never logged: one entry per such demand would count them exactly.
/// </summary>
internal static class FactsStaging
{
    /// <summary>The ledger subject of a request's facts: not the request's own, so the entry cannot be linked to the request's other events (and the customers they name) without the identifier key.</summary>
    public static string RequestSubject(string requestId) => "request-facts:" + requestId;

    /// <summary>The ledger subject of a restriction's facts (likewise unlinkable to the restriction's own event).</summary>
    public static string RestrictionSubject(string restrictionId) => "restriction-facts:" + restrictionId;

    /// <summary>Stages an event for every fact that changed; returns how many. The caller saves.</summary>
    public static async Task<int> StageAsync(
        CustosDbContext db, EventRecorder events, TimeProvider clock, IReadOnlyList<(string Id, RequestFacts Facts)> requests,
        IReadOnlyList<(string Id, RestrictionFact Fact)> restrictions, IReadOnlyList<BandRule> bandRules, CancellationToken cancellationToken)
    {
        var pending = requests
            .Where(r => TransparencyRules.BandRuleOf(r.Facts, bandRules) is null)
            .Select(r => (Key: "request:" + r.Id, Subject: RequestSubject(r.Id), Type: LedgerEventTypes.RequestFacts, Json: FactsJson.Write(r.Facts)))
            .Concat(restrictions.Select(r => (Key: "restriction:" + r.Id, Subject: RestrictionSubject(r.Id), Type: LedgerEventTypes.RestrictionFacts, Json: FactsJson.Write(r.Fact))))
            .ToList();
        if (pending.Count == 0)
        {
            return 0;
        }

        var keys = pending.Select(p => p.Key).ToList();
        var known = new Dictionary<string, TransparencyFactsRecord>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            foreach (var row in await db.TransparencyFacts.Where(f => chunk.Contains(f.Subject)).ToListAsync(cancellationToken))
            {
                known[row.Subject] = row;
            }
        }

        var now = clock.NowToTheMillisecond();
        var staged = 0;
        // In the order of the facts' hashes, not of the changes, so that neighbouring entries in the log do not tell
        // which change caused which facts.
        foreach (var item in pending.Select(p => (p.Key, p.Subject, p.Type, p.Json, Sha256: FactsJson.Sha256(p.Json))).OrderBy(p => p.Sha256, StringComparer.Ordinal))
        {
            if (known.TryGetValue(item.Key, out var row) && string.Equals(row.Sha256, item.Sha256, StringComparison.Ordinal))
            {
                continue;
            }

            events.Record(db, item.Type, Actor.System, item.Subject, new { facts = item.Key }, publicAttributes: System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(item.Json));
            if (row is null)
            {
                db.TransparencyFacts.Add(new TransparencyFactsRecord { Subject = item.Key, Sha256 = item.Sha256, PublishedAt = now });
            }
            else
            {
                row.Sha256 = item.Sha256;
                row.PublishedAt = now;
            }

            staged++;
        }

        return staged;
    }
}
