namespace Custos.Screening.Matching;

/// <summary>Options of a <see cref="ScreeningIndex"/>.</summary>
public sealed record ScreeningOptions
{
    /// <summary>
    /// The score at or above which a hit is shown to a reviewer. Chosen on the public evaluation sets (name pairs,
    /// synthetic negatives, alias recall; see docs/sanctions.md): it is where the F1 on the labelled name pairs
    /// peaks while the share of synthetic non-listed people with a hit stays under half a percent.
    /// </summary>
    public const double DefaultReviewThreshold = 0.72;

    /// <summary>The default options.</summary>
    public static ScreeningOptions Default { get; } = new();

    /// <summary>The review threshold in force (see <see cref="DefaultReviewThreshold"/>).</summary>
    public double ReviewThreshold { get; init; } = DefaultReviewThreshold;

    /// <summary>The most hits <see cref="ScreeningIndex.Screen(ScreeningQuery)"/> returns.</summary>
    public int MaxHits { get; init; } = 10;

    /// <summary>Hits scoring below this are not returned at all (they are not worth a look even as context).</summary>
    public double MinimumScore { get; init; } = 0.25;

    /// <summary>How many candidate names from the index are scored in full for one query.</summary>
    public int CandidateLimit { get; init; } = 25;
}
