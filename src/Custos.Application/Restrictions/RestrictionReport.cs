using Custos.Domain.Restrictions;

namespace Custos.Application.Restrictions;

/// <summary>
/// What the restriction rules say for every customer a regime may cover on a day: the accounts to restrict with their
/// reason, those the rules could not decide (holdings without a price), and how many were exempt or below the threshold.
/// </summary>
public sealed record RestrictionReport
{
    public required DateOnly AsOf { get; init; }

    /// <summary>The regime's id in the policy (<c>eu-833-2014-art-5b</c>).</summary>
    public required string RegimeId { get; init; }

    public required string RegimeName { get; init; }

    /// <summary>The policy version the rules were read from.</summary>
    public required string PolicyVersion { get; init; }

    /// <summary>The threshold in force (null: whatever the value), when a stage was in force.</summary>
    public decimal? Threshold { get; init; }

    /// <summary>Whether a stage of the restriction was in force on the day.</summary>
    public required bool InForce { get; init; }

    /// <summary>The accounts to restrict, in account order.</summary>
    public required IReadOnlyList<RestrictionOutcome> Restrict { get; init; }

    /// <summary>Covered accounts the rules could not decide (priced holdings not above the threshold, some unpriced).</summary>
    public required IReadOnlyList<RestrictionOutcome> Undetermined { get; init; }

    /// <summary>Every account with a holding that could not be valued (reported whatever the outcome).</summary>
    public required IReadOnlyList<RestrictionOutcome> WithUnpricedHoldings { get; init; }

    /// <summary>Customers linked to the target country by nationality, residence or an identity document.</summary>
    public required int Examined { get; init; }

    public required int Exempt { get; init; }

    public required int BelowThreshold { get; init; }

    /// <summary>Closed accounts (nothing to restrict).</summary>
    public required int Closed { get; init; }
}
