namespace Custos.Application.Sanctions.Screening;

/// <summary>What a batch match did.</summary>
/// <param name="Queries">Rows read.</param>
/// <param name="WithCandidates">Queries with at least one candidate at or above the minimum score.</param>
/// <param name="RowsWritten">Candidate rows written.</param>
/// <param name="MinimumScore">The score a candidate needed.</param>
/// <param name="LoadTime">Time to load the lists in force and build the index (or read the stored one).</param>
/// <param name="MatchTime">Time to screen the queries and write the file.</param>
/// <param name="IndexSource">Where the index came from (<see cref="Lists.ListsInForce.Source"/>).</param>
public sealed record MatchSummary(int Queries, int WithCandidates, int RowsWritten, double MinimumScore, TimeSpan LoadTime, TimeSpan MatchTime, string IndexSource);
