namespace Custos.Domain.Requests;

/// <summary>The official who signs or sends the demand.</summary>
public sealed record Officer
{
    public string? Name { get; init; }

    public string? Title { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }
}
