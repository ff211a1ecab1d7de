namespace Custos.Storage.Entities;

/// <summary>The exact bytes of one file of a list version, with its SHA-256.</summary>
public sealed class SanctionsListFileRecord
{
    public required string VersionId { get; init; }
    public required int Position { get; init; }
    public required string Name { get; init; }
    /// <summary>What the file contributed (kebab-case of the reader's file role: <c>ofac-primary</c> …).</summary>
    public required string Role { get; init; }
    public required string Sha256 { get; init; }
    public required long Length { get; init; }
    public required int Records { get; init; }
    public required byte[] Content { get; init; }
}
