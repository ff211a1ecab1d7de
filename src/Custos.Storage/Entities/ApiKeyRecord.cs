namespace Custos.Storage.Entities;

/// <summary>
/// An API key for an agency or for automation. Only the SHA-256 of the secret is kept; the key itself is shown once.
/// </summary>
public sealed class ApiKeyRecord
{
    public required string Id { get; init; }
    /// <summary>The public part of the key, used to find it (<c>custos_&lt;prefix&gt;_&lt;secret&gt;</c>).</summary>
    public required string Prefix { get; init; }
    /// <summary>Lower-case hex SHA-256 of the secret part.</summary>
    public required string SecretHash { get; init; }
    public required string Name { get; init; }
    /// <summary>The member of staff the key acts as, for automation keys.</summary>
    public string? OwnerUserId { get; init; }
    /// <summary>The agency the key is scoped to, for agency keys.</summary>
    public string? AgencyId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
}
