using Custos.Application.Common;
using Custos.Application.Requests.Targets;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Requests;

/// <summary>Stores what a request's targets resolved to, with the ledger event that records the reach.</summary>
internal static class RequestTargetsStore
{
    public static void Stage(
        CustosDbContext db, EventRecorder events, RequestRecord request, Domain.Requests.DataRequest content,
        IReadOnlyList<TargetResolution> resolutions, Actor actor, DateTimeOffset now, IReadOnlyList<RequestTargetRecord>? existing = null)
    {
        foreach (var resolution in resolutions)
        {
            if (existing?.FirstOrDefault(t => t.Position == resolution.Position) is { } known)
            {
                known.Match = resolution.Match;
                known.Reach = resolution.Reach;
                known.Sample = string.Join(' ', resolution.SampleAccounts);
                known.Explanation = resolution.Explanation;
                known.ResolvedAt = now;
                continue;
            }

            db.RequestTargets.Add(new RequestTargetRecord
            {
                RequestId = request.Id,
                Position = resolution.Position,
                Type = resolution.Type,
                Value = resolution.Value,
                Role = resolution.Position >= 0 && resolution.Position < content.Targets.Count
                    ? content.Targets[resolution.Position].Role : Domain.Requests.TargetRole.Unknown,
                Match = resolution.Match,
                Reach = resolution.Reach,
                Sample = string.Join(' ', resolution.SampleAccounts),
                Explanation = resolution.Explanation,
                ResolvedAt = now,
            });
        }

        events.Record(db, LedgerEventTypes.RequestTargetsResolved, actor, RequestChanges.Subject(request.Id), new
        {
            targets = resolutions.Select(r => new { r.Position, r.Type, r.Match, r.Reach }).ToArray(),
        }, RequestChanges.References(request));
    }
}
