using System.Security.Cryptography.X509Certificates;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Application.Tests.Production;

/// <summary>A database with an agency holding a registered RSA certificate and a decided request of it, and the ledger.</summary>
internal sealed class ProductionFixture : IAsyncDisposable
{
    public const string AgencyId = "agy_production";
    public const string RequestId = "req_test";
    public static readonly Actor Reviewer = Actor.StaffMember("usr_reviewer", ["legal-reviewer"], "global");

    private ProductionFixture(Harness harness, TestProductions.AgencyKeyPair agency)
    {
        Harness = harness;
        Agency = agency;
    }

    public Harness Harness { get; }

    public TestProductions.AgencyKeyPair Agency { get; }

    public FakeClock Clock => Harness.Clock;

    public ProductionOptions Options { get; set; } = new();

    public static async Task<ProductionFixture> CreateAsync(string provider, string? certificatePem = null)
    {
        var harness = await Harness.CreateAsync(provider);
        var agency = TestProductions.NewAgency();
        await using var db = harness.NewContext();
        db.Agencies.Add(new AgencyRecord
        {
            Id = AgencyId, Name = "Agency Productions", Country = "US", Type = AgencyType.Police,
            Verification = AgencyVerification.VerifiedOutOfBand, CertificatePem = certificatePem ?? agency.CertificatePem,
            CreatedAt = harness.Clock.GetUtcNow(), CreatedBy = "test",
        });
        await db.SaveChangesAsync();
        await AddDecidedRequestAsync(db, RequestId, AgencyId, harness.Clock.GetUtcNow());
        return new ProductionFixture(harness, agency);
    }

    /// <summary>A bare production request of <paramref name="agencyId"/> that a quorum has decided.</summary>
    public static async Task AddDecidedRequestAsync(CustosDbContext db, string id, string agencyId, DateTimeOffset at)
    {
        db.Requests.Add(new RequestRecord
        {
            Id = id, Channel = RequestChannel.Api, Kind = RequestKind.Production, Status = RequestStatus.Decided, Informal = false,
            ReceivedAt = at, SubmittedBy = "apikey:key_test", AgencyId = agencyId, Payload = "{}", CreatedAt = at, UpdatedAt = at, RowVersion = 1,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Stages the production of the test contents for the request and saves, as the produce decision does.</summary>
    public async Task<Result<StagedProduction>> StageAsync(PackageContents? contents = null)
    {
        await using var db = Harness.NewContext();
        var request = await db.Requests.SingleAsync(r => r.Id == RequestId);
        var staged = await ProductionStore.StageAsync(
            db, Harness.Events, Harness.Identity, request, contents ?? TestProductions.Contents(), Reviewer, Clock.GetUtcNow(), ["agency:" + AgencyId]);
        if (staged.IsSuccess)
        {
            await db.SaveChangesAsync();
        }

        return staged;
    }

    public ProductionRelease NewRelease(CustosDbContext db) =>
        new(db, Harness.Events, new LedgerReader(db, Harness.Ledger, Harness.Signer), Clock, Options, NullLogger<ProductionRelease>.Instance);

    public async Task<int> ReleaseDueAsync()
    {
        await using var db = Harness.NewContext();
        return await NewRelease(db).ReleaseDueAsync();
    }

    public async Task IntegrateAsync()
    {
        await using var integrator = Harness.NewIntegrator();
        await integrator.IntegrateAsync();
    }

    public async Task<ProductionRecord> ProductionAsync(string id)
    {
        await using var db = Harness.NewContext();
        return await db.Productions.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<RequestStatus> RequestStatusAsync()
    {
        await using var db = Harness.NewContext();
        return await db.Requests.Where(r => r.Id == RequestId).Select(r => r.Status).SingleAsync();
    }

    public async Task SetCertificateAsync(string? pem)
    {
        await using var db = Harness.NewContext();
        var agency = await db.Agencies.SingleAsync(a => a.Id == AgencyId);
        agency.CertificatePem = pem;
        await db.SaveChangesAsync();
    }

    /// <summary>A certificate valid from <paramref name="from"/> to <paramref name="to"/>; RSA or elliptic-curve.</summary>
    public static string Certificate(DateTimeOffset from, DateTimeOffset to, bool ellipticCurve = false)
    {
        using var certificate = ellipticCurve
            ? Agencies.TestCertificates.EllipticCurve(from, to, X509KeyUsageFlags.KeyAgreement)
            : Agencies.TestCertificates.Rsa(from, to);
        return certificate.ExportCertificatePem();
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
