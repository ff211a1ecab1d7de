using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custos.Domain.Common;

namespace Custos.Application.Agencies;

/// <summary>
/// Checks a certificate an agency sends for its productions to be encrypted to (CMS enveloped data): a readable X.509
/// certificate, valid now, with an RSA key of at least 2,048 bits that may encipher keys, or an elliptic-curve key that
/// may agree keys. Nothing here trusts the certificate's issuer: the certificate is trusted because an analyst
/// registered it after verifying the agency.
/// </summary>
public static class AgencyCertificates
{
    public const int MinimumRsaBits = 2048;

    /// <summary>rsaEncryption (RFC 8017).</summary>
    private const string RsaEncryption = "1.2.840.113549.1.1.1";

    /// <summary>id-ecPublicKey (RFC 5480).</summary>
    private const string EcPublicKey = "1.2.840.10045.2.1";

    /// <summary>Reads and checks <paramref name="pem"/> as of <paramref name="now"/>.</summary>
    public static Result<AgencyCertificate> Check(string? pem, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return AgencyErrors.CertificateUnreadable;
        }

        if (pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            return AgencyErrors.CertificatePrivateKey;
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPem(pem);
        }
        catch (Exception ex) when (ex is CryptographicException or ArgumentException)
        {
            return AgencyErrors.CertificateUnreadable;
        }

        using (certificate)
        {
            var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime());
            var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime());
            if (now < notBefore)
            {
                return AgencyErrors.CertificateNotYetValid(notBefore);
            }

            if (now >= notAfter)
            {
                return AgencyErrors.CertificateExpired(notAfter);
            }

            var keyProblem = CheckKey(certificate);
            if (keyProblem is not null)
            {
                return keyProblem;
            }

            return new AgencyCertificate(
                certificate.ExportCertificatePem(), Convert.ToHexStringLower(SHA256.HashData(certificate.RawData)), notAfter);
        }
    }

    private static Error? CheckKey(X509Certificate2 certificate)
    {
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault()?.KeyUsages;
        var algorithm = certificate.PublicKey.Oid.Value;
        if (string.Equals(algorithm, RsaEncryption, StringComparison.Ordinal))
        {
            using var rsa = certificate.GetRSAPublicKey();
            if (rsa is null)
            {
                return AgencyErrors.CertificateUnreadable;
            }

            if (rsa.KeySize < MinimumRsaBits)
            {
                return AgencyErrors.CertificateKeyTooSmall(rsa.KeySize);
            }

            // RSA recipients get the content key by key transport.
            return usage is { } rsaUsage && !rsaUsage.HasFlag(X509KeyUsageFlags.KeyEncipherment)
                ? AgencyErrors.CertificateKeyUsage("key encipherment")
                : null;
        }

        if (string.Equals(algorithm, EcPublicKey, StringComparison.Ordinal))
        {
            // Elliptic-curve recipients get the content key by key agreement.
            if (usage is { } ecUsage && !ecUsage.HasFlag(X509KeyUsageFlags.KeyAgreement))
            {
                return AgencyErrors.CertificateKeyUsage("key agreement");
            }

            using var ec = certificate.GetECDiffieHellmanPublicKey();
            return ec is null ? AgencyErrors.CertificateUnreadable : null;
        }

        return AgencyErrors.CertificateKeyUnsupported(certificate.PublicKey.Oid.FriendlyName ?? algorithm ?? "unknown");
    }
}
