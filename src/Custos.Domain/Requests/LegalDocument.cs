namespace Custos.Domain.Requests;

/// <summary>A legal document attached to a demand, with its SHA-256 (hex).</summary>
public sealed record LegalDocument
{
    public string? Name { get; init; }

    public string? Sha256 { get; init; }
}
