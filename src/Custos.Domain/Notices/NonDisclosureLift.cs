using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Staff;

namespace Custos.Domain.Notices;

/// <summary>
/// Judges a legal reviewer recording that a request's non-disclosure order or tipping-off prohibition no longer binds: a
/// court lifted the order, or the authority withdrew it, before any end date it had. From that day the customers are told
/// (<see cref="NoticeRules"/>) and the request's sealed entries are unsealed (<see cref="SealRules"/>). Lifting a gag
/// early tips off the person investigated if it is wrong, so only a central legal reviewer who did not take the request in
/// may record it, with the rationale that says how they know; it cannot be undone.
/// </summary>
public static class NonDisclosureLift
{
    public static readonly Error NotALegalReviewer = Error.Forbidden(
        "notice.lift-needs-legal-reviewer", "Only a legal reviewer records that a non-disclosure order or tipping-off prohibition no longer binds.");

    public static readonly Error NoOrder = Error.Conflict(
        "notice.no-order", "This request carries no non-disclosure order or tipping-off prohibition to lift.");

    public static readonly Error AlreadyLifted = Error.Conflict(
        "notice.order-already-lifted", "The non-disclosure order of this request was already recorded as lifted.");

    /// <summary>Judges the lift; <paramref name="liftedOn"/> is the day recorded before, if any.</summary>
    public static Result<DecisionOutcome> Judge(DecisionContext context, Actor actor, string? rationale, DateOnly? liftedOn)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = DecisionRules.CheckDecider(context, actor).ToList();
        if (actor.Kind == ActorKind.Staff && !actor.Holds(StaffRole.LegalReviewer))
        {
            errors.Add(NotALegalReviewer);
        }

        if (errors.Count > 0)
        {
            return Result<DecisionOutcome>.Failure(errors);
        }

        if (context.Request.NonDisclosure is not { } order || !(order.Required || order.TippingOff))
        {
            return NoOrder;
        }

        if (liftedOn is not null)
        {
            return AlreadyLifted;
        }

        return string.IsNullOrWhiteSpace(rationale)
            ? DecisionErrors.RationaleRequired
            : rationale.Trim().Length > DecisionErrors.MaxText
                ? DecisionErrors.RationaleTooLong
                : new DecisionOutcome(DecisionAct.LiftNonDisclosure, actor.Id, rationale.Trim(), []);
    }
}
