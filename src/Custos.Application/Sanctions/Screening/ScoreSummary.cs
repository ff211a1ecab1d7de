namespace Custos.Application.Sanctions.Screening;

/// <summary>What a pair scoring did.</summary>
/// <param name="Pairs">Pairs scored.</param>
/// <param name="Matches">Pairs at or above the review threshold.</param>
/// <param name="ReviewThreshold">The review threshold in force.</param>
/// <param name="Corpus">Where token rarity came from (the lists in force, or none).</param>
public sealed record ScoreSummary(int Pairs, int Matches, double ReviewThreshold, string Corpus);
