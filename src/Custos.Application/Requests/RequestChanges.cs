using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Requests;

/// <summary>
/// Moves a request through its life. A status changes only here: the lifecycle decides whether the transition is
/// allowed, and the change, its history row and its ledger event are staged on the same unit of work.
/// </summary>
internal sealed class RequestChanges(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>Stages the creation of <paramref name="request"/> in its initial status.</summary>
    public void Created(RequestRecord request, Actor actor, IReadOnlyList<string> references)
    {
        StopClockIfDone(request, request.Status);
        db.RequestTransitions.Add(new RequestTransitionRecord
        {
            RequestId = request.Id,
            Seq = 1,
            FromStatus = null,
            Trigger = RequestTrigger.Create,
            ToStatus = request.Status,
            Actor = actor.Id,
            OccurredAt = clock.NowToTheMillisecond(),
        });
        events.Record(db, LedgerEventTypes.RequestStatusChanged, actor, Subject(request.Id),
            new { from = (RequestStatus?)null, trigger = RequestTrigger.Create, to = request.Status }, references);
    }

    /// <summary>Applies <paramref name="trigger"/>, or fails without staging anything when the lifecycle does not allow it.</summary>
    public Result<RequestStatus> Apply(
        RequestRecord request, int seq, RequestTrigger trigger, Actor actor, string? reason, IReadOnlyList<string> references)
    {
        var from = request.Status;
        var next = RequestLifecycle.Apply(from, trigger);
        if (!next.IsSuccess)
        {
            return next;
        }

        var now = clock.NowToTheMillisecond();
        request.Status = next.Value;
        request.UpdatedAt = now;
        request.RowVersion++;
        StopClockIfDone(request, next.Value);
        db.RequestTransitions.Add(new RequestTransitionRecord
        {
            RequestId = request.Id,
            Seq = seq,
            FromStatus = from,
            Trigger = trigger,
            ToStatus = request.Status,
            Actor = actor.Id,
            Reason = reason,
            OccurredAt = now,
        });
        events.Record(db, LedgerEventTypes.RequestStatusChanged, actor, Subject(request.Id),
            new { from, trigger, to = request.Status, reason }, references);
        return next;
    }

    /// <summary>When the request clock stops in <paramref name="status"/> (the Domain's rule), its deadline goes.</summary>
    private static void StopClockIfDone(RequestRecord request, RequestStatus status)
    {
        if (!RequestClock.Runs(status))
        {
            request.Deadline = null;
        }
    }

    public static string Subject(string requestId) => "request:" + requestId;

    /// <summary>The references every event of a request carries: its agency and officer.</summary>
    public static IReadOnlyList<string> References(RequestRecord request)
    {
        var references = new List<string>(2);
        if (request.AgencyId is not null)
        {
            references.Add("agency:" + request.AgencyId);
        }

        if (request.OfficerId is not null)
        {
            references.Add("officer:" + request.OfficerId);
        }

        return references;
    }
}
