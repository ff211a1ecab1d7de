namespace Custos.Domain.Decisions;

/// <summary>One function of a quorum filled: by whom, through which vote.</summary>
/// <param name="Function">The function filled.</param>
/// <param name="VoterId">The person filling it (each person fills one function of an item at most).</param>
/// <param name="VoteId">The vote that counts.</param>
public sealed record Approval(string Function, string VoterId, string VoteId);
