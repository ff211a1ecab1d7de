namespace Custos.Application.Production;

/// <summary>Step (b) of a production: the package as the agency downloads it.</summary>
/// <param name="Bytes">CMS enveloped data, DER (<c>application/pkcs7-mime</c>).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of <paramref name="Bytes"/>, to record with each download.</param>
/// <param name="ManifestSha256">The manifest's SHA-256, as the production event commits to it.</param>
public sealed record SealedPackage(byte[] Bytes, string Sha256, string ManifestSha256);
