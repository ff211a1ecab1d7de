using Custos.Storage.Entities;

namespace Custos.Application.Access;

/// <summary>An API key as staff see it: never its secret or its hash.</summary>
public sealed record ApiKeyInfo(
    string Id, string Prefix, string Name, string? OwnerUserId, string? AgencyId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    /// <summary>Whether the key still works at <paramref name="now"/> (not revoked, not expired).</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    internal static ApiKeyInfo From(ApiKeyRecord k) => new(k.Id, k.Prefix, k.Name, k.OwnerUserId, k.AgencyId, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}
