using Custos.Application.Common;
using Custos.Application.Proofs.Sealing;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>
/// The dates review work runs against, judged by the injected clock: customer notices whose day has come are queued (and
/// legal reviews of indefinite orders flagged), and emergency disclosures whose formal process did not follow within
/// the set period are flagged in the ledger, once each. Run by the notice dispatch loop, so both go by themselves.
/// </summary>
public sealed class ReviewDeadlines(
    CustosDbContext db, EventRecorder events, TimeProvider clock, CustomerNotices notices, ReviewOptions options, DisclosureSeals seals)
{
    /// <summary>One round: notices first, then the sealed entries whose order lapsed or was reviewed, then the emergency follow-ups.</summary>
    public async Task<ReviewDeadlineRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var run = await notices.RunDueAsync(cancellationToken);
        var sealing = await seals.RunAsync(cancellationToken);
        var missed = await FlagMissedFollowUpsAsync(cancellationToken);
        return new ReviewDeadlineRun(run.Queued, run.ReviewsFlagged, missed, sealing.Unsealed, sealing.Extended);
    }

    /// <summary>Flags each emergency disclosure whose formal process is overdue, once; returns how many were flagged now.</summary>
    public async Task<int> FlagMissedFollowUpsAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // Driven by the released productions (few), each checked against its request: a join SQLite could start from the
        // requests side scanned every request on every poll (seconds once there are hundreds of thousands).
        var released = await db.Productions.AsNoTracking()
            .Where(p => p.ReleasedAt != null && db.Requests.Any(r => r.Id == p.RequestId && r.Kind == RequestKind.Emergency))
            .Select(p => p.RequestId)
            .Distinct().ToListAsync(cancellationToken);
        var flagged = 0;
        foreach (var requestId in released)
        {
            var subject = RequestChanges.Subject(requestId);
            if (await db.LedgerEvents.AnyAsync(e => e.EventTypeId == LedgerEventTypes.EmergencyFollowUpMissed.Id && e.Subject == subject, cancellationToken))
            {
                continue;
            }

            var (followUp, disclosedAt, formal) = await EmergencyFollowUps.OfAsync(db, requestId, options.EmergencyFollowUpWithin, now, cancellationToken);
            if (!followUp.IsFlagged)
            {
                continue;
            }

            var request = await db.Requests.AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken);
            events.Record(db, LedgerEventTypes.EmergencyFollowUpMissed, Actor.System, subject,
                new { request = requestId, disclosedAt, dueBy = followUp.DueBy, state = followUp.State, formalProcessAt = formal }, RequestChanges.References(request));
            await db.SaveChangesAsync(cancellationToken);
            flagged++;
        }

        return flagged;
    }
}

/// <summary>What one round of <see cref="ReviewDeadlines"/> did.</summary>
/// <param name="NoticesQueued">Notices queued to the outbox.</param>
/// <param name="ReviewsFlagged">Legal reviews flagged as due.</param>
/// <param name="FollowUpsMissed">Emergency follow-ups flagged as missed.</param>
/// <param name="Unsealed">Sealed entries unsealed (<c>disclosure.unsealed</c>).</param>
/// <param name="SealsExtended">Sealed entries whose unseal-by date moved (<c>disclosure.seal-extended</c>).</param>
public sealed record ReviewDeadlineRun(int NoticesQueued, int ReviewsFlagged, int FollowUpsMissed, int Unsealed = 0, int SealsExtended = 0);
