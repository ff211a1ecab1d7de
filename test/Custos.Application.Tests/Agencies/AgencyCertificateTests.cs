using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Agencies;

public class AgencyCertificateTests
{
    private static readonly DateTimeOffset Now = new FakeClock().Now;

    [Theory, SqliteData, PostgresData]
    public async Task RegisterCertificateAsync_ValidRsaCertificate_StoresPemThumbprintAndExpiry(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var notAfter = new DateTimeOffset(2028, 1, 31, 12, 0, 0, TimeSpan.Zero);
        using var certificate = TestCertificates.Rsa(Now.AddDays(-30), notAfter, X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DigitalSignature);

        var result = await services.TwoPeopleAsync((trust, actor) => trust.ProposeCertificateAsync(fbi.Id, certificate.ExportCertificatePem(), actor));

        // The platform's own SHA-256 thumbprint, in lower case.
        var expected = certificate.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant();
        Assert.Equal(expected, result.Agency!.Certificate!.Thumbprint);
        Assert.Equal(notAfter, result.Agency.Certificate.NotAfter);
        await using var check = harness.NewContext();
        var stored = await check.Agencies.AsNoTracking().SingleAsync();
        Assert.Equal(expected, stored.CertificateThumbprint);
        Assert.Equal(notAfter, stored.CertificateNotAfter);
        using var reread = X509Certificate2.CreateFromPem(stored.CertificatePem);
        Assert.Equal(certificate.RawData, reread.RawData);
        var registered = Assert.Single(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.AgencyCertificateRegistered.Id);
        Assert.Equal("agency:" + fbi.Id, registered.Subject);
        Assert.Contains(expected, registered.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EllipticCurveKeyAgreementAndRsaWithoutKeyUsage_AreAccepted()
    {
        using var ec = TestCertificates.EllipticCurve(Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.KeyAgreement);
        using var rsa = TestCertificates.Rsa(Now.AddDays(-1), Now.AddYears(1), usage: null);

        Assert.True(AgencyCertificates.Check(ec.ExportCertificatePem(), Now).IsSuccess);
        Assert.True(AgencyCertificates.Check(rsa.ExportCertificatePem(), Now).IsSuccess);
    }

    public static TheoryData<string, string> Refused()
    {
        using var expired = TestCertificates.Rsa(Now.AddYears(-2), Now.AddSeconds(-1));
        using var future = TestCertificates.Rsa(Now.AddDays(1), Now.AddYears(1));
        using var signatureOnly = TestCertificates.Rsa(Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.DigitalSignature);
        using var ecSignatureOnly = TestCertificates.EllipticCurve(Now.AddDays(-1), Now.AddYears(1), X509KeyUsageFlags.DigitalSignature);
        using var small = TestCertificates.Rsa(Now.AddDays(-1), Now.AddYears(1), bits: 1024);
        return new TheoryData<string, string>
        {
            { "expired", expired.ExportCertificatePem() },
            { "not-yet-valid", future.ExportCertificatePem() },
            { "key-usage", signatureOnly.ExportCertificatePem() },
            { "key-usage", ecSignatureOnly.ExportCertificatePem() },
            { "key-too-small", small.ExportCertificatePem() },
            { "private-key", TestCertificates.WithPrivateKey(Now.AddDays(-1), Now.AddYears(1)) },
            { "unreadable", "not a certificate at all" },
            { "unreadable", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----" },
            { "unreadable", "" },
        };
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Check_UnusableCertificate_IsRefusedNamingTheProblem(string problem, string pem)
    {
        var result = AgencyCertificates.Check(pem, Now);

        Assert.False(result.IsSuccess);
        Assert.Equal("agency.certificate-" + problem, result.Error.Code);
        Assert.Equal("certificate", result.Error.Field);
    }

    [Theory, SqliteData]
    public async Task RegisterCertificateAsync_Refused_KeepsTheEarlierCertificate(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        using var good = TestCertificates.Rsa(Now.AddDays(-1), Now.AddYears(1));
        using var expired = TestCertificates.Rsa(Now.AddYears(-2), Now.AddDays(-1));
        await services.Registry.RegisterCertificateAsync(fbi.Id, good.ExportCertificatePem(), Actor.System);

        var result = await services.Registry.RegisterCertificateAsync(fbi.Id, expired.ExportCertificatePem(), Actor.System);

        Assert.Equal("agency.certificate-expired", result.Error.Code);
        await using var check = harness.NewContext();
        Assert.Equal(good.GetCertHashString(HashAlgorithmName.SHA256).ToLowerInvariant(), (await check.Agencies.AsNoTracking().SingleAsync()).CertificateThumbprint);
        Assert.Single(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.AgencyCertificateRegistered.Id);
    }
}
