using System.Net;
using System.Text.Json;
using Custos.Application.Production;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// <c>GET /api/v1/requests/{id}/package</c> in the running server: the release service seals the package after the
/// integrator's checkpoint; the agency gets 409 before, the bytes once, then 410; 410 after the link's expiry; 404 for
/// another agency's request. Every attempt after release is in the ledger.
/// </summary>
public class PackageDownloadTests
{
    [Fact]
    public async Task DownloadPackage_BeforeReleaseThenTwice_ConflictThenPackageThenGone()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        var (agency, keys, requestId) = await ProducibleRequestAsync(server);
        using var _ = agency;

        var productionId = await ProduceWhileLedgerHeldAsync(server, agency, requestId);
        var released = await server.WaitReleasedAsync(productionId);

        using var first = await agency.DownloadPackageAsync(requestId);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(PackageFormat.MediaType, first.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(requestId + ".p7m", first.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(released.PackageSha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        using (var key = keys.PrivateKey())
        {
            var verifierKey = server.Services.GetRequiredService<Application.Ledger.LedgerSigner>().VerifierKey;
            var verified = PackageVerifier.Verify(bytes, key, verifierKey);
            Assert.True(verified.IsSuccess, string.Join("; ", verified.Errors));
        }

        using var second = await agency.DownloadPackageAsync(requestId);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("urn:custos:error:production.already-downloaded", await ProblemTypeAsync(second));

        var downloads = await DownloadEventsAsync(server, productionId);
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, d => Assert.StartsWith("apikey:", d.Actor, StringComparison.Ordinal));
        Assert.Contains("\"outcome\":\"delivered\"", downloads[0].Details, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":\"refused\"", downloads[1].Details, StringComparison.Ordinal);
        Assert.Equal(Domain.Lifecycle.RequestStatus.Delivered, (await server.RequestDetailsAsync(requestId))!.Status);
    }

    [Fact]
    public async Task DownloadPackage_AfterTheLinkExpires_IsGoneAndLedgered()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        var (agency, _, requestId) = await ProducibleRequestAsync(server);
        using var __ = agency;
        var productionId = await server.ProduceAsync(requestId);
        var released = await server.WaitReleasedAsync(productionId);

        clock.Advance(TimeSpan.FromDays(7));
        using var late = await agency.DownloadPackageAsync(requestId);

        Assert.Equal(released.ReleasedAt!.Value.AddDays(7), released.LinkExpiresAt);
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal("urn:custos:error:production.link-expired", await ProblemTypeAsync(late));
        var refused = Assert.Single(await DownloadEventsAsync(server, productionId));
        Assert.Contains("production.link-expired", refused.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadPackage_AnotherAgencysRequestOrNoProduction_IsNotFound()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var (agency, _, requestId) = await ProducibleRequestAsync(server);
        using var _ = agency;
        using var other = await server.AgencyWithKeyAsync("Federal Bureau of Investigation", "fbi.gov");

        using var none = await agency.DownloadPackageAsync(requestId);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("urn:custos:error:production.not-found", await ProblemTypeAsync(none));

        var productionId = await server.ProduceAsync(requestId);
        await server.WaitReleasedAsync(productionId);
        using var foreign = await other.DownloadPackageAsync(requestId);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("urn:custos:error:request.not-found", await ProblemTypeAsync(foreign));
        Assert.Empty(await DownloadEventsAsync(server, productionId));
    }

    /// <summary>An agency with a registered certificate and a request of it under review.</summary>
    private static async Task<(AgencyApiClient Agency, TestProductions.AgencyKeyPair Keys, string RequestId)> ProducibleRequestAsync(CustosTestServer server)
    {
        var agency = await server.AgencyWithKeyAsync();
        var keys = TestProductions.NewAgency();
        await server.RegisterCertificateAsync(agency.AgencyId, keys.CertificatePem);
        return (agency, keys, await server.UnderReviewAsync(agency, TestRequests.SubpoenaFor("C1042")));
    }

    /// <summary>Produces, and checks the answer is 409 while the production waits for its checkpoint (the integrator is held back meanwhile).</summary>
    private static async Task<string> ProduceWhileLedgerHeldAsync(CustosTestServer server, AgencyApiClient agency, string requestId)
    {
        var integrator = server.Services.GetRequiredService<Application.Ledger.LedgerIntegrator>();
        var gate = (SemaphoreSlim)typeof(Application.Ledger.LedgerIntegrator)
            .GetField("_gate", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(integrator)!;
        await gate.WaitAsync();
        try
        {
            var productionId = await server.ProduceAsync(requestId);
            using var early = await agency.DownloadPackageAsync(requestId);
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Equal("urn:custos:error:production.not-released", await ProblemTypeAsync(early));
            return productionId;
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task<string?> ProblemTypeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("type").GetString();
    }

    private static async Task<List<Storage.Entities.LedgerEventRecord>> DownloadEventsAsync(CustosTestServer server, string productionId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustosDbContext>().LedgerEvents.AsNoTracking()
            .Where(e => e.EventTypeId == LedgerEventTypes.ProductionDownloaded.Id && e.Subject == "production:" + productionId)
            .OrderBy(e => e.Id).ToListAsync();
    }
}
