using Custos.Screening.Lists;

namespace Custos.Screening.Matching;

/// <summary>A list entry that matched a query, with its score and why.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="MatchedName">The entry's name that matched best.</param>
/// <param name="Score">The score in [0, 1].</param>
/// <param name="RequiresReview">True when the score is at or above the review threshold in force.</param>
/// <param name="Explanation">Why.</param>
public sealed record ScreeningHit(ListEntry Entry, ListName MatchedName, double Score, bool RequiresReview, MatchExplanation Explanation);
