using Custos.Domain.Decisions;

namespace Custos.Application.Production;

/// <summary>Where a production stands, as staff and the agency see it (no package bytes).</summary>
/// <param name="Id">The production's id.</param>
/// <param name="RequestId">The request.</param>
/// <param name="ManifestSha256">The manifest's SHA-256 the production event commits to.</param>
/// <param name="Status">Pending its checkpoint, or released.</param>
/// <param name="CreatedAt">When the package was built.</param>
/// <param name="ReleasedAt">When it was sealed and released.</param>
/// <param name="LinkExpiresAt">When the download link stops working.</param>
/// <param name="DownloadedAt">When the agency downloaded it (first complete download).</param>
/// <param name="PackageSha256">The SHA-256 of the sealed package, once released.</param>
/// <param name="PackageBytes">The size of the sealed package, once released.</param>
/// <param name="PendingReason">Why the last release attempt failed (code and message), while it is pending.</param>
public sealed record ProductionView(
    string Id, string RequestId, string ManifestSha256, ProductionStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt,
    DateTimeOffset? LinkExpiresAt, DateTimeOffset? DownloadedAt, string? PackageSha256, long? PackageBytes, string? PendingReason)
{
    /// <summary>Released, not yet downloaded, and the link still valid at <paramref name="now"/>.</summary>
    public bool Downloadable(DateTimeOffset now) =>
        Status == ProductionStatus.Released && DownloadedAt is null && LinkExpiresAt is { } expires && now < expires;
}
