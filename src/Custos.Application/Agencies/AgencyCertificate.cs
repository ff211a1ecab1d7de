namespace Custos.Application.Agencies;

/// <summary>The certificate an agency's productions are encrypted to.</summary>
/// <param name="Pem">The certificate alone, re-encoded as PEM (never a private key).</param>
/// <param name="Thumbprint">Lower-case hex SHA-256 of the certificate's DER encoding.</param>
/// <param name="NotAfter">When it expires (UTC).</param>
public sealed record AgencyCertificate(string Pem, string Thumbprint, DateTimeOffset NotAfter);
