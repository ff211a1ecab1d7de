using System.Globalization;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Staff;

namespace Custos.Domain.Decisions;

/// <summary>
/// Who may decide on a request and what a decision may say. Every act is judged in three steps, and a refusal reports
/// every rule that failed in the first step that failed:
/// <list type="number">
/// <item>the person: a member of staff of the central function (never regional), holding a reviewer role, who did not
/// take the request in;</item>
/// <item>the request: never an informal approach, and in a status where the act makes sense;</item>
/// <item>what was submitted: the ballot's items, ranges, rationale and justification.</item>
/// </list>
/// Pure: the caller passes the context, the actor, the time and the ids, stages what comes back with its ledger event,
/// and ledgers a refusal with <see cref="DecisionRefusal.Of"/>.
/// </summary>
public static class DecisionRules
{
    /// <summary>The person-level rules: empty when <paramref name="actor"/> may decide on this request at all.</summary>
    public static IReadOnlyList<Error> CheckDecider(DecisionContext context, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Kind != ActorKind.Staff)
        {
            return [DecisionErrors.NotStaff];
        }

        var errors = new List<Error>();
        if (actor.IsRegional)
        {
            errors.Add(DecisionErrors.RegionalStaff);
        }

        if (!StaffRole.Reviewers.Any(actor.Holds))
        {
            errors.Add(DecisionErrors.NotAReviewer);
        }

        if (string.Equals(actor.Id, context.SubmittedBy, StringComparison.Ordinal))
        {
            errors.Add(DecisionErrors.OwnIntake);
        }

        return errors;
    }

    /// <summary>Judges a vote; on success returns it as it is to be stored and ledgered.</summary>
    public static Result<Vote> CastVote(DecisionContext context, Actor actor, Ballot ballot, string voteId, DateTimeOffset castAt)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentException.ThrowIfNullOrEmpty(voteId);
        var refused = Gate(context, actor, "voted on", RequestStatus.UnderReview);
        if (refused.Count > 0)
        {
            return Result<Vote>.Failure(refused);
        }

        var errors = new List<Error>();
        var rationale = Text(ballot.Rationale, DecisionErrors.RationaleRequired, DecisionErrors.RationaleTooLong, errors);
        var justification = string.IsNullOrWhiteSpace(ballot.Justification) ? null : ballot.Justification.Trim();
        if (justification is { Length: > DecisionErrors.MaxText })
        {
            errors.Add(DecisionErrors.JustificationTooLong);
        }

        if (ballot.Items.Count == 0)
        {
            errors.Add(DecisionErrors.ItemsRequired);
        }

        var functions = ApprovalFunction.FunctionsOf(actor.Roles);
        var lines = new List<ItemVote>();
        var seen = new HashSet<ItemKey>();
        for (var i = 0; i < ballot.Items.Count; i++)
        {
            if (Line(context, ballot.Items[i], i, functions, justification, seen, errors) is { } line)
            {
                lines.Add(line);
            }
        }

        if (errors.Count > 0)
        {
            return Result<Vote>.Failure([.. errors.Distinct()]);
        }

        return new Vote
        {
            Id = voteId,
            VoterId = actor.Id,
            Functions = functions,
            CastAt = castAt,
            Items = lines,
            Rationale = rationale!,
            Justification = justification,
        };
    }

    /// <summary>Whether <c>produce</c> is allowed now, and if not, why (for the queue, the API and the console).</summary>
    public static ProductionReadiness Readiness(DecisionContext context, DecisionTally tally)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(tally);
        var blockers = new List<Error>();
        if (context.Informal)
        {
            blockers.Add(DecisionErrors.InformalApproach);
        }
        else if (context.Status != RequestStatus.UnderReview)
        {
            blockers.Add(DecisionErrors.WrongState(context.Status, "produced"));
        }

        if (!context.IsProducible)
        {
            blockers.Add(DecisionErrors.NotProducible);
        }

        if (context.Request.Kind == RequestKind.Emergency)
        {
            switch (context.EmergencyConfirmation?.Outcome)
            {
                case null:
                    blockers.Add(DecisionErrors.EmergencyUnconfirmed);
                    break;
                case CallOutcome.Denied:
                    blockers.Add(DecisionErrors.EmergencyDenied);
                    break;
            }
        }

        if (tally.Pending.Count > 0)
        {
            blockers.Add(DecisionErrors.QuorumIncomplete(tally.Pending));
        }
        else if (tally.Satisfied.Count == 0)
        {
            blockers.Add(DecisionErrors.NothingToProduce);
        }

        return new ProductionReadiness(blockers);
    }

    /// <summary>Judges an order to produce; on success returns exactly what is to be produced.</summary>
    public static Result<ProductionPlan> Produce(DecisionContext context, DecisionTally tally, Actor actor, string decisionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(decisionId);
        var refused = Gate(context, actor, "produced", RequestStatus.UnderReview);
        if (refused.Count > 0)
        {
            return Result<ProductionPlan>.Failure(refused);
        }

        var readiness = Readiness(context, tally);
        if (!readiness.IsReady)
        {
            return Result<ProductionPlan>.Failure(readiness.Blockers);
        }

        return new ProductionPlan
        {
            DecisionId = decisionId,
            DecidedBy = actor.Id,
            Items = [.. tally.Satisfied.Select(t => new PlannedItem(t.Item, t.Range!, t.Approvals))],
            Withheld = [.. tally.Withheld.Select(t => t.Item)],
            VoteIds = [.. tally.Items.SelectMany(t => t.VoteIds).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>Judges a refusal of the whole request, under review or waiting for the agency's answer.</summary>
    public static Result<DecisionOutcome> Refuse(DecisionContext context, Actor actor, string? rationale)
    {
        var refused = Gate(context, actor, "refused", RequestStatus.UnderReview, RequestStatus.AwaitingClarification);
        return refused.Count > 0
            ? Result<DecisionOutcome>.Failure(refused)
            : Outcome(DecisionAct.Refuse, actor, rationale, DecisionErrors.RationaleRequired, DecisionErrors.RationaleTooLong, context.Status == RequestStatus.UnderReview
                ? [RequestTrigger.Decide, RequestTrigger.Close]
                : [RequestTrigger.Close]);
    }

    /// <summary>Judges a pushback: the request waits for the agency's answer to <paramref name="message"/>.</summary>
    public static Result<DecisionOutcome> PushBack(DecisionContext context, Actor actor, string? message)
    {
        var refused = Gate(context, actor, "pushed back", RequestStatus.UnderReview);
        return refused.Count > 0
            ? Result<DecisionOutcome>.Failure(refused)
            : Outcome(DecisionAct.PushBack, actor, message, DecisionErrors.MessageRequired, DecisionErrors.MessageTooLong, [RequestTrigger.AskClarification]);
    }

    /// <summary>Judges a decision to preserve the targets' data without producing it (a preservation request, or a reviewer's choice).</summary>
    public static Result<DecisionOutcome> Preserve(DecisionContext context, Actor actor, string? rationale)
    {
        var refused = Gate(context, actor, "preserved", RequestStatus.Received, RequestStatus.AwaitingVerification, RequestStatus.UnderReview);
        if (refused.Count == 0 && context.Request.Kind == RequestKind.Freeze)
        {
            refused = [DecisionErrors.WrongState(context.Status, "preserved as a freeze request")];
        }

        return refused.Count > 0
            ? Result<DecisionOutcome>.Failure(refused)
            : Outcome(DecisionAct.Preserve, actor, rationale, DecisionErrors.RationaleRequired, DecisionErrors.RationaleTooLong, [RequestTrigger.Preserve]);
    }

    /// <summary>Steps 1 and 2: the person, then the request.</summary>
    private static List<Error> Gate(DecisionContext context, Actor actor, string act, params RequestStatus[] allowed)
    {
        var errors = CheckDecider(context, actor).ToList();
        if (errors.Count > 0)
        {
            return errors;
        }

        if (context.Informal)
        {
            return [DecisionErrors.InformalApproach];
        }

        return allowed.Contains(context.Status) ? [] : [DecisionErrors.WrongState(context.Status, act)];
    }

    private static ItemVote? Line(
        DecisionContext context, ItemChoice choice, int i, IReadOnlyList<string> functions, string? justification, HashSet<ItemKey> seen, List<Error> errors)
    {
        var request = context.Request;
        if (choice.Target < 0 || choice.Target >= request.Targets.Count)
        {
            errors.Add(DecisionErrors.TargetUnknown(i, choice.Target, request.Targets.Count));
            return null;
        }

        if (!request.DataCategories.Contains(choice.Category))
        {
            errors.Add(DecisionErrors.CategoryUnknown(i, KebabCase.Format(choice.Category)));
            return null;
        }

        if (!seen.Add(choice.Key))
        {
            errors.Add(DecisionErrors.ItemDuplicate(i, choice.Key));
            return null;
        }

        var quorum = QuorumRules.For(context, choice.Key);
        if (!quorum.Needs(functions))
        {
            errors.Add(DecisionErrors.FunctionNotNeeded(choice.Key, functions, quorum.Functions));
            return null;
        }

        if (!choice.Produce)
        {
            if (choice.From is not null || choice.To is not null)
            {
                errors.Add(DecisionErrors.RangeOnWithhold(i));
                return null;
            }

            return new ItemVote(choice.Key, false, null);
        }

        if (!context.IsProducible)
        {
            errors.Add(DecisionErrors.NotProducible);
            return null;
        }

        var from = choice.From ?? request.DateRange?.From;
        var to = choice.To ?? request.DateRange?.To;
        if (from is null || to is null)
        {
            errors.Add(DecisionErrors.RangeUnbounded(i));
            return null;
        }

        if (to < from)
        {
            errors.Add(DecisionErrors.RangeReversed(i));
            return null;
        }

        var range = new ItemRange(from.Value, to.Value);
        if (!range.IsWithin(request.DateRange))
        {
            errors.Add(DecisionErrors.RangeWider(i, range, Describe(request.DateRange)));
            return null;
        }

        if (QuorumRules.AgainstRecommendation(context, choice.Key) is { } why && justification is null)
        {
            errors.Add(DecisionErrors.JustificationRequired(choice.Key, why));
            return null;
        }

        return new ItemVote(choice.Key, true, range);
    }

    private static Result<DecisionOutcome> Outcome(
        DecisionAct act, Actor actor, string? text, Error required, Error tooLong, IReadOnlyList<RequestTrigger> triggers)
    {
        var errors = new List<Error>();
        var given = Text(text, required, tooLong, errors);
        return errors.Count > 0 ? Result<DecisionOutcome>.Failure(errors) : new DecisionOutcome(act, actor.Id, given!, triggers);
    }

    private static string? Text(string? text, Error required, Error tooLong, List<Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(required);
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > DecisionErrors.MaxText)
        {
            errors.Add(tooLong);
        }

        return trimmed;
    }

    private static string Describe(DateRange? range) =>
        range is null ? "none" : $"{Day(range.From)} to {Day(range.To)}";

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
