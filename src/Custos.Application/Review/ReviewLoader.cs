using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Intake;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>A request loaded for deciding: the row (tracked, so the decision can change it), its content, the context the rules read, and its votes.</summary>
internal sealed record LoadedRequest(RequestRecord Record, DataRequest Content, DecisionContext Context, IReadOnlyList<Vote> Votes)
{
    /// <summary>The ledger subject of the request.</summary>
    public string Subject => RequestChanges.Subject(Record.Id);

    /// <summary>The references every event of the request carries.</summary>
    public IReadOnlyList<string> References => RequestChanges.References(Record);
}

/// <summary>Loads what the decision rules need about a request, and answers for the requests an actor may not see.</summary>
internal static class ReviewLoader
{
    public static readonly Error NotScrutinised = Error.Conflict(
        "decision.not-scrutinised", "The request has no scrutiny result yet: it is decided only after intake has scrutinised it.");

    /// <summary>
    /// The request as <paramref name="actor"/> may decide it: not found when it does not exist, and a ledgered refusal when
    /// the actor may not see it (regional staff and another's intake).
    /// </summary>
    public static async Task<Result<LoadedRequest>> LoadAsync(
        CustosDbContext db, EventRecorder events, string requestId, Actor actor, StaffAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var record = await db.Requests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (record is null || actor.Kind != ActorKind.Staff)
        {
            return RequestErrors.NotFound(requestId);
        }

        // Regional staff act on nothing but what they took in; everyone else is judged by the decision rules themselves,
        // which name the rule that refuses them (not a reviewer, took it in, regional).
        if (actor.IsRegional && !string.Equals(actor.Id, record.SubmittedBy, StringComparison.Ordinal))
        {
            return await AccessGuard.RefuseAsync(db, events, actor, action, RequestErrors.NotYours, RequestChanges.Subject(record.Id), cancellationToken);
        }

        if (record.Scrutiny is null)
        {
            return NotScrutinised;
        }

        return await ContextAsync(db, record, cancellationToken);
    }

    /// <summary>The context and votes of <paramref name="record"/> (which must have a scrutiny result).</summary>
    public static async Task<LoadedRequest> ContextAsync(CustosDbContext db, RequestRecord record, CancellationToken cancellationToken)
    {
        var content = RequestJson.ReadStored(record.Payload);
        var call = await db.EmergencyCalls.AsNoTracking().Where(c => c.RequestId == record.Id)
            .OrderByDescending(c => c.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        var context = new DecisionContext
        {
            RequestId = record.Id,
            Request = content,
            Status = record.Status,
            Informal = record.Informal,
            SubmittedBy = record.SubmittedBy,
            Scrutiny = RequestJson.ReadResult(record.Scrutiny!),
            EmergencyConfirmation = call is null ? null : new EmergencyConfirmation
            {
                CalledBy = call.Caller,
                NumberCalled = call.NumberCalled ?? string.Empty,
                CalledAt = call.CalledAt,
                Outcome = call.Outcome,
                Statement = call.Statement ?? string.Empty,
                RecordedAt = call.RecordedAt,
            },
        };
        var votes = await db.Votes.AsNoTracking().Where(v => v.RequestId == record.Id).OrderBy(v => v.CastAt).ToListAsync(cancellationToken);
        var ids = votes.Select(v => v.Id).ToArray();
        var lines = ids.Length == 0 ? [] : await db.VoteItems.AsNoTracking().Where(i => ids.Contains(i.VoteId)).ToListAsync(cancellationToken);
        return new LoadedRequest(record, content, context, [.. votes.Select(v => VoteRows.ToVote(v, lines))]);
    }
}
