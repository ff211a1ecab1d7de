namespace Custos.Application.Production;

/// <summary>
/// Step (a) of a production: the unencrypted archive with the data files and the manifest, and the manifest's SHA-256
/// for the production event to commit to. It holds customer data in clear: keep it only until it is sealed.
/// </summary>
/// <param name="Archive">The ZIP archive (data files and <c>manifest.json</c>).</param>
/// <param name="Manifest">The manifest.</param>
/// <param name="ManifestSha256">Lower-case hex SHA-256 of <c>manifest.json</c>'s bytes.</param>
public sealed record PlainPackage(byte[] Archive, PackageManifest Manifest, string ManifestSha256);
