using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Screening;

/// <summary>The best hits for one query, best first, with the review threshold they were judged against.</summary>
/// <param name="Hits">The hits (each with its explanation).</param>
/// <param name="ReviewThreshold">The review threshold in force.</param>
/// <param name="Lists">The list versions screened against, as <c>list@version</c>.</param>
public sealed record ScreenAnswer(IReadOnlyList<ScreeningHit> Hits, double ReviewThreshold, IReadOnlyList<string> Lists);
