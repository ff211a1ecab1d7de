using Custos.Screening.Lists;

namespace Custos.Screening.Matching;

/// <summary>A list entry that matched a query, with its score and why.</summary>
/// <remarks>The explanation is worked out when first read (from the same inputs as the score), so that screening
/// many customers pays for explanations only of the hits someone looks at. Reading it is thread-safe.</remarks>
public sealed class ScreeningHit
{
    private readonly Lazy<MatchExplanation> explanation;

    /// <summary>Creates a hit.</summary>
    /// <param name="entry">The entry.</param>
    /// <param name="matchedName">The entry's name that matched best.</param>
    /// <param name="score">The score in [0, 1].</param>
    /// <param name="requiresReview">True when the score is at or above the review threshold in force.</param>
    /// <param name="explain">Works out the explanation.</param>
    public ScreeningHit(ListEntry entry, ListName matchedName, double score, bool requiresReview, Func<MatchExplanation> explain)
    {
        ArgumentNullException.ThrowIfNull(explain);
        Entry = entry;
        MatchedName = matchedName;
        Score = score;
        RequiresReview = requiresReview;
        explanation = new Lazy<MatchExplanation>(explain, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The entry.</summary>
    public ListEntry Entry { get; }

    /// <summary>The entry's name that matched best.</summary>
    public ListName MatchedName { get; }

    /// <summary>The score in [0, 1].</summary>
    public double Score { get; }

    /// <summary>True when the score is at or above the review threshold in force.</summary>
    public bool RequiresReview { get; }

    /// <summary>Why: the names compared, the token pairs, the evidence.</summary>
    public MatchExplanation Explanation => explanation.Value;

    /// <inheritdoc />
    public override string ToString() => $"{Score:0.000} {Entry}";
}
