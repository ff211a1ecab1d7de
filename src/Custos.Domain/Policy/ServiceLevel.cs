using Custos.Domain.Requests;

namespace Custos.Domain.Policy;

/// <summary>
/// How long the platform has to answer, counted from receipt. A row with <see cref="Processes"/> applies to those
/// processes only (the e-Evidence Regulation's 10 days / 8 hours); the policy's own rows have none.
/// </summary>
public sealed record ServiceLevel
{
    public IReadOnlyList<RequestKind> Kinds { get; init; } = [];

    public IReadOnlyList<LegalProcessType> Processes { get; init; } = [];

    public required TimeSpan Within { get; init; }

    public DateOnly? From { get; init; }

    public required string Source { get; init; }
}
