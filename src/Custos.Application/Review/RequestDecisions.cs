using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Notices;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>
/// What reviewers decide about a request, the same for the console, the staff API and the command line: votes per item,
/// the order to produce, refusal, pushback to the agency, preservation, and for an emergency the out-of-band call and
/// its end. The Domain's <see cref="DecisionRules"/> and <see cref="EmergencyRules"/> judge every act; this class loads
/// what they read, stages what they accept with its ledger event in one transaction, and ledgers every refusal with the
/// rules that refused it (<c>decision.act-refused</c>), so an attempt such as a regional manager approving what they took
/// in is on the request's ledger timeline.
/// </summary>
public sealed class RequestDecisions(
    CustosDbContext db, EventRecorder events, TimeProvider clock, RequestWorkflow workflow, PolicyStore policies, CustomerNotices notices,
    ProductionOrders productions, PreservationDecisions preservations)
{
    /// <summary>Starts review of a request that waited for its agency's verification (the request workflow's step).</summary>
    public Task<Result<RequestStatus>> StartReviewAsync(string requestId, Actor actor, CancellationToken cancellationToken = default) =>
        workflow.StartReviewAsync(requestId, actor, cancellationToken);

    /// <summary>Casts a vote on items of a request under review.</summary>
    public async Task<Result<VoteCast>> VoteAsync(string requestId, Actor actor, VoteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var loaded = await ReviewLoader.LoadAsync(db, events, requestId, actor, StaffAction.ReadRequests, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<VoteCast>.Failure(loaded.Errors);
        }

        var request = loaded.Value;
        var now = clock.NowToTheMillisecond();
        var vote = DecisionRules.CastVote(request.Context, actor, input.ToBallot(), Ids.New("vot"), now);
        if (!vote.IsSuccess)
        {
            return Result<VoteCast>.Failure(await RefusedAsync(request, actor, DecisionAct.Vote, vote.Errors, cancellationToken));
        }

        var (row, lines) = VoteRows.ToRows(vote.Value, request.Record.Id);
        db.Votes.Add(row);
        db.VoteItems.AddRange(lines);
        events.Record(db, LedgerEventTypes.DecisionVoteCast, actor, request.Subject, new
        {
            vote = vote.Value.Id,
            functions = vote.Value.Functions,
            items = vote.Value.Items.Select(i => new { target = i.Item.Target, category = i.Item.Category, produce = i.Produce, from = i.Range?.From, to = i.Range?.To }),
            rationale = vote.Value.Rationale,
            justification = vote.Value.Justification,
        }, request.References, request.Record.PolicyVersion);
        Touch(request.Record, now);
        if (await SaveAsync(cancellationToken) is { } stale)
        {
            return stale;
        }

        var votes = request.Votes.Append(vote.Value).ToArray();
        var tally = DecisionTally.Of(request.Context, votes);
        return new VoteCast(ReviewQueries.ToView(vote.Value, actor.Id), tally.Items, DecisionRules.Readiness(request.Context, tally));
    }

    /// <summary>Orders the production: every item has its quorum or is withheld and at least one is produced.</summary>
    public async Task<Result<ProductionSummary>> ProduceAsync(string requestId, Actor actor, CancellationToken cancellationToken = default)
    {
        var loaded = await ReviewLoader.LoadAsync(db, events, requestId, actor, StaffAction.ReadRequests, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<ProductionSummary>.Failure(loaded.Errors);
        }

        var request = loaded.Value;
        var tally = DecisionTally.Of(request.Context, request.Votes);
        var plan = DecisionRules.Produce(request.Context, tally, actor, Ids.New("dec"));
        if (!plan.IsSuccess)
        {
            return Result<ProductionSummary>.Failure(await RefusedAsync(request, actor, DecisionAct.Produce, plan.Errors, cancellationToken));
        }

        var staged = await productions.StageAsync(request, plan.Value, actor, cancellationToken);
        if (!staged.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return Result<ProductionSummary>.Failure(await RefusedAsync(request, actor, DecisionAct.Produce, staged.Errors, cancellationToken));
        }

        var now = clock.NowToTheMillisecond();
        var rationale = $"Produce {plan.Value.Items.Count} item(s), withhold {plan.Value.Withheld.Count}; votes {string.Join(", ", plan.Value.VoteIds)}.";
        StageDecision(request, plan.Value.DecisionId, DecisionAct.Produce, actor, rationale, now, LedgerEventTypes.DecisionDecided, new
        {
            decision = plan.Value.DecisionId,
            production = staged.Value.Production.Id,
            produce = plan.Value.Items.Select(i => new { target = i.Item.Target, category = i.Item.Category, from = i.Range.From, to = i.Range.To, approvals = i.Approvals }),
            withhold = plan.Value.Withheld.Select(i => new { target = i.Target, category = i.Category }),
            votes = plan.Value.VoteIds,
        });
        ApplyTriggers(request, plan.Value.Triggers, actor, rationale);
        await notices.StageAsync(request, staged.Value, actor, cancellationToken);
        if (await SaveAsync(cancellationToken) is { } stale)
        {
            return stale;
        }

        return ReviewQueries.ToView(staged.Value.Production, staged.Value.Items);
    }

    /// <summary>Refuses the request as a whole, with the written rationale.</summary>
    public Task<Result<DecisionTaken>> RefuseAsync(string requestId, Actor actor, string? rationale, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, actor, DecisionAct.Refuse, r => DecisionRules.Refuse(r.Context, actor, rationale), LedgerEventTypes.DecisionRefused, null, cancellationToken);

    /// <summary>Pushes the request back to the agency with what it must change or explain; review resumes on its answer.</summary>
    public Task<Result<DecisionTaken>> PushBackAsync(string requestId, Actor actor, string? message, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, actor, DecisionAct.PushBack, r => DecisionRules.PushBack(r.Context, actor, message), LedgerEventTypes.DecisionPushedBack,
            (request, outcome) =>
            {
                RequestMessagesStore.Stage(db, events, request.Record, RequestMessageKind.ClarificationRequest, actor, fromAgency: false, outcome.Rationale, clock.NowToTheMillisecond());
                return Task.FromResult<Result<bool>>(true);
            }, cancellationToken);

    /// <summary>
    /// Preserves the targets' data without producing it: a hashed snapshot frozen for the policy's period (or a
    /// reviewer's choice on another request), released at expiry unless formal process arrives.
    /// </summary>
    public Task<Result<DecisionTaken>> PreserveAsync(string requestId, Actor actor, string? rationale, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, actor, DecisionAct.Preserve, r => DecisionRules.Preserve(r.Context, actor, rationale), null,
            async (request, _) =>
            {
                var terms = await TermsAsync(request, cancellationToken);
                return await preservations.StageAsync(request, terms, actor, cancellationToken);
            }, cancellationToken);

    /// <summary>
    /// Records the out-of-band call that confirms (or does not) an emergency request, on the registry's published number
    /// only. A null <paramref name="call"/> (the caller could not read one) is refused as incomplete, after the access checks.
    /// </summary>
    public async Task<Result<EmergencyConfirmation>> RecordEmergencyCallAsync(string requestId, Actor actor, EmergencyCall? call, CancellationToken cancellationToken = default)
    {
        var loaded = await ReviewLoader.LoadAsync(db, events, requestId, actor, StaffAction.VerifyRequester, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<EmergencyConfirmation>.Failure(loaded.Errors);
        }

        var request = loaded.Value;
        if (call is null)
        {
            return Error.Invalid("emergency.call-invalid", "Give the number called, when (calledAt), whether the agency confirmed, and what it said.", "calledAt");
        }

        var published = request.Record.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.Record.AgencyId).Select(a => a.Phone).FirstOrDefaultAsync(cancellationToken);
        var now = clock.NowToTheMillisecond();
        var confirmation = EmergencyRules.RecordCall(request.Context, actor, published, call, now);
        if (!confirmation.IsSuccess)
        {
            return Result<EmergencyConfirmation>.Failure(await RefusedAsync(request, actor, DecisionAct.ConfirmEmergency, confirmation.Errors, cancellationToken));
        }

        var c = confirmation.Value;
        var id = Ids.New("cal");
        db.EmergencyCalls.Add(new EmergencyCallRecord
        {
            Id = id, RequestId = request.Record.Id, Caller = c.CalledBy, NumberCalled = c.NumberCalled, CalledAt = c.CalledAt, Outcome = c.Outcome,
            Statement = c.Statement, RecordedAt = c.RecordedAt,
        });
        events.Record(db, LedgerEventTypes.EmergencyCallRecorded, actor, request.Subject,
            new { call = id, number = c.NumberCalled, calledAt = c.CalledAt, outcome = c.Outcome, statement = c.Statement }, request.References);
        Touch(request.Record, now);
        return await SaveAsync(cancellationToken) is { } stale ? stale : c;
    }

    /// <summary>Marks an emergency over, so that notice to its customers may go (the rationale says how the reviewer knows).</summary>
    public Task<Result<DecisionTaken>> EndEmergencyAsync(string requestId, Actor actor, string? rationale, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, actor, DecisionAct.EndEmergency, r => EmergencyRules.EndEmergency(r.Context, actor, rationale), LedgerEventTypes.EmergencyEnded,
            async (request, _) =>
            {
                if (await db.RequestDecisions.AnyAsync(d => d.RequestId == request.Record.Id && d.Act == DecisionAct.EndEmergency, cancellationToken))
                {
                    return Error.Conflict("decision.emergency-already-ended", "The emergency was already marked over.");
                }

                return true;
            }, cancellationToken);

    /// <summary>
    /// Records that the request's non-disclosure order or tipping-off prohibition no longer binds (a court lifted it, or the
    /// authority withdrew it, before any end date): its customers' notices become due (queued by the next notice run) and
    /// its sealed entries are unsealed by the next seal run. A legal reviewer's act, with the rationale that says how they know.
    /// </summary>
    public Task<Result<DecisionTaken>> LiftNonDisclosureAsync(string requestId, Actor actor, string? rationale, CancellationToken cancellationToken = default)
        => DecideAsync(requestId, actor, DecisionAct.LiftNonDisclosure,
            r => NonDisclosureLift.Judge(r.Context, actor, rationale, r.Record.NonDisclosureLiftedOn), LedgerEventTypes.NonDisclosureLifted,
            (request, _) =>
            {
                // Judged on the record as loaded; a lift recorded meanwhile by someone else wins on the row version.
                request.Record.NonDisclosureLiftedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                return Task.FromResult<Result<bool>>(true);
            }, cancellationToken);

    /// <summary>Judges, stages and saves one request-level decision; a refusal is ledgered and nothing else changes.</summary>
    private async Task<Result<DecisionTaken>> DecideAsync(
        string requestId, Actor actor, DecisionAct act, Func<LoadedRequest, Result<DecisionOutcome>> judge, LedgerEventType? eventType,
        Func<LoadedRequest, DecisionOutcome, Task<Result<bool>>>? alongside, CancellationToken cancellationToken)
    {
        var loaded = await ReviewLoader.LoadAsync(db, events, requestId, actor, StaffAction.ReadRequests, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<DecisionTaken>.Failure(loaded.Errors);
        }

        var request = loaded.Value;
        var outcome = judge(request);
        if (!outcome.IsSuccess)
        {
            return Result<DecisionTaken>.Failure(await RefusedAsync(request, actor, act, outcome.Errors, cancellationToken));
        }

        if (alongside is not null && await alongside(request, outcome.Value) is { IsSuccess: false } failed)
        {
            db.ChangeTracker.Clear();
            return Result<DecisionTaken>.Failure(await RefusedAsync(request, actor, act, failed.Errors, cancellationToken));
        }

        var now = clock.NowToTheMillisecond();
        var id = Ids.New("dec");
        var decision = StageDecision(request, id, act, actor, outcome.Value.Rationale, now, eventType, new { decision = id, act, rationale = outcome.Value.Rationale });
        ApplyTriggers(request, outcome.Value.Triggers, actor, outcome.Value.Rationale);
        if (act == DecisionAct.EndEmergency)
        {
            await notices.EmergencyEndedAsync(request.Record.Id, DateOnly.FromDateTime(now.UtcDateTime), actor, cancellationToken);
        }
        else if (act == DecisionAct.LiftNonDisclosure)
        {
            await notices.OrderLiftedAsync(request.Record, actor, cancellationToken);
        }

        return await SaveAsync(cancellationToken) is { } stale ? stale : new DecisionTaken(ReviewQueries.ToView(decision, actor.Id), request.Record.Status);
    }

    private RequestDecisionRecord StageDecision(
        LoadedRequest request, string id, DecisionAct act, Actor actor, string rationale, DateTimeOffset now, LedgerEventType? eventType, object details)
    {
        var record = new RequestDecisionRecord { Id = id, RequestId = request.Record.Id, Act = act, DecidedBy = actor.Id, DecidedAt = now, Rationale = rationale };
        db.RequestDecisions.Add(record);
        if (eventType is not null)
        {
            events.Record(db, eventType, actor, request.Subject, details, request.References, request.Record.PolicyVersion);
        }

        Touch(request.Record, now);
        return record;
    }

    private void ApplyTriggers(LoadedRequest request, IReadOnlyList<RequestTrigger> triggers, Actor actor, string reason)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var seq = db.RequestTransitions.Where(t => t.RequestId == request.Record.Id).Max(t => (int?)t.Seq) ?? 0;
        var changes = new RequestChanges(db, events, clock);
        foreach (var trigger in triggers)
        {
            var moved = changes.Apply(request.Record, ++seq, trigger, actor, reason, request.References);
            if (!moved.IsSuccess)
            {
                // The rules allowed the act in this status, so the lifecycle allows its triggers; a mismatch is a bug.
                throw new InvalidOperationException($"The lifecycle refused {trigger} on {request.Record.Id}: {moved.Error.Message}");
            }
        }
    }

    /// <summary>Ledgers a refused act (who, which act, which rules) and answers the errors; nothing else is written.</summary>
    private async Task<IReadOnlyList<Error>> RefusedAsync(LoadedRequest request, Actor actor, DecisionAct act, IReadOnlyList<Error> errors, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var refusal = DecisionRefusal.Of(actor, act, errors);
        events.Record(db, LedgerEventTypes.DecisionActRefused, actor, request.Subject,
            new { act = refusal.Act, rules = refusal.Rules, region = actor.Region, roles = actor.Roles.Order(StringComparer.Ordinal).ToArray() },
            request.References);
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private async Task<PreservationTerms> TermsAsync(LoadedRequest request, CancellationToken cancellationToken)
    {
        var policy = request.Record.PolicyVersion is { } version ? await policies.LoadVersionAsync(version, cancellationToken) : null;
        if (policy is not null && PreservationTerms.FromScrutiny(request.Context.Scrutiny, policy) is { IsSuccess: true } fired)
        {
            return fired.Value;
        }

        return request.Content.LegalProcess?.Type == LegalProcessType.EEvidencePreservationOrder ? PreservationTerms.EEvidence : PreservationTerms.UnitedStates;
    }

    private static void Touch(RequestRecord record, DateTimeOffset now)
    {
        record.UpdatedAt = now;
        record.RowVersion++;
    }

    private async Task<Error?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return RequestErrors.StaleRequest;
        }
    }
}
