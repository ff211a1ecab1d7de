namespace Custos.Domain.Preservation;

/// <summary>
/// A preservation's period: from <see cref="Start"/> (inclusive) to <see cref="Expires"/> (exclusive) — the snapshot is
/// released on the day it expires — under its terms, with the extensions granted.
/// </summary>
public sealed record PreservationPeriod
{
    /// <summary>The first day preserved (the day the request was received, as the scrutiny finding counts it).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>The terms.</summary>
    public required PreservationTerms Terms { get; init; }

    /// <summary>The days extensions were granted on, oldest first.</summary>
    public IReadOnlyList<DateOnly> Extensions { get; init; } = [];

    /// <summary>The day the snapshot is released unless formal process has arrived.</summary>
    public DateOnly Expires => Start.AddDays(Terms.Days + (Terms.ExtensionDays * Extensions.Count));

    /// <summary>Whether the terms allow another extension.</summary>
    public bool CanExtend => Extensions.Count < Terms.MaxExtensions;
}
