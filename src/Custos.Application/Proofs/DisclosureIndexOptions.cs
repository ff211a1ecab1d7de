namespace Custos.Application.Proofs;

/// <summary>How often the disclosure index is revised in the log. A revision is appended only when disclosure events arrived since the last one.</summary>
public sealed record DisclosureIndexOptions
{
    /// <summary>New disclosure events that bring a revision forward without waiting for <see cref="Interval"/>.</summary>
    public int EveryEvents { get; init; } = 100;

    /// <summary>The longest a new disclosure event waits for a revision (and the shortest time between two revisions below <see cref="EveryEvents"/>).</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMinutes(1);
}
