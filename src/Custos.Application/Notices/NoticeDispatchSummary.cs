namespace Custos.Application.Notices;

/// <summary>What one dispatcher round did.</summary>
/// <param name="Due">Notices found due.</param>
/// <param name="Sent">Delivered this round.</param>
/// <param name="Failed">Attempted and failed (each to be retried).</param>
/// <param name="TakenElsewhere">Claimed by another dispatcher first (left to it).</param>
public sealed record NoticeDispatchSummary(int Due, int Sent, int Failed, int TakenElsewhere);
