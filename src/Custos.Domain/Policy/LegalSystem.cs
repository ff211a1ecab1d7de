namespace Custos.Domain.Policy;

/// <summary>The law that binds a provider established in a jurisdiction: which process suffices for which data.</summary>
public sealed record LegalSystem
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<Authorisation> Matrix { get; init; }
}
