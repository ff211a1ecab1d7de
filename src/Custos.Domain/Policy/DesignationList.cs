namespace Custos.Domain.Policy;

/// <summary>A state's list of designated organisations or persons, and whether (from when) it is known to be abused.</summary>
public sealed record DesignationList
{
    public required string Id { get; init; }

    public required string Country { get; init; }

    public required string Name { get; init; }

    /// <summary>When the list is considered politically abused (includes opposition groups, religious minorities…).</summary>
    public Timeline<bool> Abused { get; init; } = Timeline<bool>.Empty;
}
