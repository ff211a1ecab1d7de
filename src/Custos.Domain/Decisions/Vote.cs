namespace Custos.Domain.Decisions;

/// <summary>
/// A vote the rules accepted, as stored and ledgered: who cast it, the functions they could fill when they cast it (so a
/// later change of roles does not rewrite history), when, the lines, the rationale and any justification. A later vote by
/// the same person on the same item replaces their earlier line for that item (both stay in the ledger).
/// </summary>
public sealed record Vote
{
    /// <summary>The vote's identifier (assigned by the caller, e.g. <c>vot_…</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The voter's actor id (<c>staff:&lt;id&gt;</c>).</summary>
    public required string VoterId { get; init; }

    /// <summary>The functions (<see cref="ApprovalFunction"/>) the voter's roles filled when the vote was cast.</summary>
    public required IReadOnlyList<string> Functions { get; init; }

    /// <summary>When the vote was cast.</summary>
    public required DateTimeOffset CastAt { get; init; }

    /// <summary>The lines, one per item, in ballot order.</summary>
    public required IReadOnlyList<ItemVote> Items { get; init; }

    /// <summary>The reviewer's written rationale.</summary>
    public required string Rationale { get; init; }

    /// <summary>The justification for producing against the engine's recommendation; null when none was needed or given.</summary>
    public string? Justification { get; init; }
}
