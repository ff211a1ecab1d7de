namespace Custos.Screening.Matching;

/// <summary>The score of one pair of names, with its explanation.</summary>
/// <param name="Score">The score in [0, 1].</param>
/// <param name="IsMatch">True when the score is at or above the review threshold in force.</param>
/// <param name="Explanation">Why.</param>
public sealed record NameMatch(double Score, bool IsMatch, MatchExplanation Explanation);
