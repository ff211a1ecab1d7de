namespace Custos.Domain.Restrictions;

/// <summary>The conclusion of a restriction rule for one customer on one day, with its reason and the rule's source.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="Kind">What the rule concluded.</param>
/// <param name="ReasonCode">The stable reason code of a restriction (<c>eu-833-5b-threshold</c>, <c>eu-833-5b-ban</c>); null otherwise.</param>
/// <param name="Explanation">Why, in one or two sentences for a reviewer.</param>
/// <param name="Valuation">The holdings as valued on the day.</param>
/// <param name="Since">The day the stage of the rule applied came into force; null when none was in force.</param>
/// <param name="Source">The law the stage rests on, as the policy records it; null when none was in force.</param>
public sealed record RestrictionOutcome(
    string AccountId,
    RestrictionOutcomeKind Kind,
    string? ReasonCode,
    string Explanation,
    HoldingsValuation Valuation,
    DateOnly? Since,
    string? Source);
