namespace Custos.Domain.Requests;

/// <summary>The offence under investigation, as the requester describes it.</summary>
public sealed record Offence
{
    public string? Description { get; init; }

    public IReadOnlyList<OffenceCategory> Categories { get; init; } = [];

    /// <summary>The maximum penalty in years the offence carries, when stated.</summary>
    public int? MaxPenaltyYears { get; init; }

    public IReadOnlyList<Designation> Designations { get; init; } = [];
}
