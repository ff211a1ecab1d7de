using System.Text;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;

namespace Custos.Domain.Decisions;

/// <summary>
/// Emergency requests (18 U.S.C. §2702(b)(8)): about 30 % of 1,597 emergency requests failed second-level verification at
/// one intake network, so nothing is produced until a central person has called the agency on the number the registry
/// publishes — never one given in the request — and recorded who called, which number, when and what was confirmed. The
/// formal process that must follow the disclosure is tracked against the policy's period and flagged when late. A
/// reviewer marks the emergency over, after which notice to the customer may go.
/// </summary>
public static class EmergencyRules
{
    private static readonly RequestStatus[] Confirmable =
        [RequestStatus.Received, RequestStatus.AwaitingVerification, RequestStatus.UnderReview, RequestStatus.AwaitingClarification];

    /// <summary>Judges the record of an out-of-band call; <paramref name="publishedNumber"/> is the registry's number for the agency.</summary>
    public static Result<EmergencyConfirmation> RecordCall(
        DecisionContext context, Actor actor, string? publishedNumber, EmergencyCall call, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(call);
        if (actor.Kind != ActorKind.Staff)
        {
            return EmergencyErrors.CallerNotStaff;
        }

        if (AccessRules.Check(actor, StaffAction.VerifyRequester) is { } denied)
        {
            return denied;
        }

        if (context.Informal)
        {
            return DecisionErrors.InformalApproach;
        }

        if (context.Request.Kind != RequestKind.Emergency)
        {
            return EmergencyErrors.NotAnEmergency;
        }

        if (context.EmergencyConfirmation is not null)
        {
            return EmergencyErrors.AlreadyRecorded;
        }

        if (!Confirmable.Contains(context.Status))
        {
            return DecisionErrors.WrongState(context.Status, "confirmed out of band");
        }

        var published = NormalisePhone(publishedNumber);
        if (published is null)
        {
            return EmergencyErrors.NoPublishedNumber;
        }

        var errors = new List<Error>();
        var called = NormalisePhone(call.NumberCalled);
        if (called is null)
        {
            errors.Add(EmergencyErrors.NumberRequired);
        }
        else if (!string.Equals(called, published, StringComparison.Ordinal))
        {
            errors.Add(string.Equals(called, NormalisePhone(context.Request.Officer?.Phone), StringComparison.Ordinal)
                ? EmergencyErrors.NumberFromRequest
                : EmergencyErrors.NumberNotPublished(published));
        }

        if (call.CalledAt > now)
        {
            errors.Add(EmergencyErrors.CalledInFuture);
        }
        else if (call.CalledAt < context.Request.ReceivedAt)
        {
            errors.Add(EmergencyErrors.CalledBeforeReceipt);
        }

        var statement = call.Statement?.Trim();
        if (string.IsNullOrEmpty(statement))
        {
            errors.Add(EmergencyErrors.StatementRequired);
        }
        else if (statement.Length > DecisionErrors.MaxText)
        {
            errors.Add(EmergencyErrors.StatementTooLong);
        }

        return errors.Count > 0
            ? Result<EmergencyConfirmation>.Failure(errors)
            : new EmergencyConfirmation
            {
                CalledBy = actor.Id,
                NumberCalled = called!,
                CalledAt = call.CalledAt,
                Outcome = call.Outcome,
                Statement = statement!,
                RecordedAt = now,
            };
    }

    /// <summary>Judges a reviewer marking the emergency over (the rationale says how they know).</summary>
    public static Result<DecisionOutcome> EndEmergency(DecisionContext context, Actor actor, string? rationale)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = DecisionRules.CheckDecider(context, actor);
        if (errors.Count > 0)
        {
            return Result<DecisionOutcome>.Failure(errors);
        }

        if (context.Informal)
        {
            return DecisionErrors.InformalApproach;
        }

        if (context.Request.Kind != RequestKind.Emergency)
        {
            return EmergencyErrors.NotAnEmergency;
        }

        return string.IsNullOrWhiteSpace(rationale)
            ? DecisionErrors.RationaleRequired
            : rationale.Trim().Length > DecisionErrors.MaxText
                ? DecisionErrors.RationaleTooLong
                : new DecisionOutcome(DecisionAct.EndEmergency, actor.Id, rationale.Trim(), []);
    }

    /// <summary>
    /// The follow-up on <paramref name="now"/>: formal process is due <paramref name="within"/> (the policy's period) after
    /// the emergency disclosure at <paramref name="disclosedAt"/>; the deadline is the end of that period (exclusive).
    /// </summary>
    public static FollowUp FollowUpOn(DateTimeOffset? disclosedAt, DateTimeOffset? formalProcessAt, TimeSpan within, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        if (disclosedAt is not { } disclosed)
        {
            return new FollowUp(FollowUpState.NotStarted, null);
        }

        var due = disclosed + within;
        if (formalProcessAt is { } arrived)
        {
            return new FollowUp(arrived < due ? FollowUpState.Received : FollowUpState.ReceivedLate, due);
        }

        return new FollowUp(now < due ? FollowUpState.Awaiting : FollowUpState.Missed, due);
    }

    /// <summary>
    /// A telephone number reduced to what is dialled: an optional leading <c>+</c> (<c>00</c> is read as <c>+</c>) and the
    /// digits; spaces, dashes, dots and brackets are dropped. Null for an empty number or one with anything else in it.
    /// </summary>
    public static string? NormalisePhone(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return null;
        }

        var text = number.Trim();
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '+' && i == 0)
            {
                builder.Append('+');
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var digits = builder.ToString();
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = "+" + digits[2..];
        }

        return digits.TrimStart('+').Length is >= 3 and <= 20 ? digits : null;
    }
}
