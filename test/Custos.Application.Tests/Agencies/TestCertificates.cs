using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Custos.Application.Tests.Agencies;

/// <summary>Self-signed certificates made in the test, with the key, usage and validity each case needs.</summary>
internal static class TestCertificates
{
    public static X509Certificate2 Rsa(DateTimeOffset notBefore, DateTimeOffset notAfter, X509KeyUsageFlags? usage = X509KeyUsageFlags.KeyEncipherment, int bits = 2048)
    {
        using var key = RSA.Create(bits);
        var request = new CertificateRequest("CN=Agency Productions, O=Test Agency, C=US", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (usage is { } flags)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(flags, critical: true));
        }

        return request.CreateSelfSigned(notBefore, notAfter);
    }

    /// <summary>An elliptic-curve certificate (no private key) signed by a throw-away issuer key.</summary>
    public static X509Certificate2 EllipticCurve(DateTimeOffset notBefore, DateTimeOffset notAfter, X509KeyUsageFlags usage)
    {
        using var subjectKey = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var issuerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicKey = new PublicKey(subjectKey);
        var request = new CertificateRequest(new X500DistinguishedName("CN=Agency Productions EC"), publicKey, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        return request.Create(new X500DistinguishedName("CN=Test Issuer"), X509SignatureGenerator.CreateForECDsa(issuerKey), notBefore, notAfter, [1, 2, 3, 4]);
    }

    /// <summary>The certificate and its private key in one PEM text, as people sometimes paste by mistake.</summary>
    public static string WithPrivateKey(DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Careless", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(notBefore, notAfter);
        return certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem();
    }
}
