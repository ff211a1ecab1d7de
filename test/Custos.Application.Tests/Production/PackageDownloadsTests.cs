using Custos.Application.Production;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.TestSupport;

namespace Custos.Application.Tests.Production;

/// <summary>The agency's download: once, after release, before the link expires; every attempt after release ledgered.</summary>
public class PackageDownloadsTests
{
    private static readonly Actor AgencyKey = Actor.ApiKey("key_test", ProductionFixture.AgencyId);

    [Theory, SqliteData, PostgresData]
    public async Task DownloadAsync_BeforeReleaseThenTwice_NotReleasedThenBytesThenGone(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        Assert.Equal("production.not-found", (await DownloadAsync(fixture)).Error.Code);
        var staged = (await fixture.StageAsync()).Value;
        Assert.Equal("production.not-released", (await DownloadAsync(fixture)).Error.Code);

        await fixture.IntegrateAsync();
        await fixture.ReleaseDueAsync();
        var first = await DownloadAsync(fixture);
        var second = await DownloadAsync(fixture);

        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.Equal((await fixture.ProductionAsync(staged.Id)).SealedPackage, first.Value.Bytes);
        Assert.Equal(ProductionFixture.RequestId + ".p7m", first.Value.FileName);
        Assert.Equal(("production.already-downloaded", ErrorKindGone), (second.Error.Code, second.Error.Kind));
        Assert.Equal(fixture.Clock.GetUtcNow(), (await fixture.ProductionAsync(staged.Id)).DownloadedAt);
        Assert.Equal(RequestStatus.Delivered, await fixture.RequestStatusAsync());
        var downloads = (await fixture.Harness.EventsAsync()).Where(e => e.EventTypeId == LedgerEventTypes.ProductionDownloaded.Id).ToList();
        Assert.Equal(2, downloads.Count);
        Assert.All(downloads, d => Assert.Equal(("apikey:key_test", "production:" + staged.Id), (d.Actor, d.Subject)));
        Assert.Contains("\"outcome\":\"delivered\"", downloads[0].Details, StringComparison.Ordinal);
        Assert.Contains("\"packageSha256\":\"" + first.Value.Sha256 + "\"", downloads[0].Details, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"production.already-downloaded\"", downloads[1].Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task DownloadAsync_AfterTheLinkExpires_IsGoneAndLedgered(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        fixture.Options = new ProductionOptions { LinkLifetime = TimeSpan.FromDays(2) };
        await fixture.StageAsync();
        await fixture.IntegrateAsync();
        await fixture.ReleaseDueAsync();

        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var late = await DownloadAsync(fixture);

        Assert.Equal(("production.link-expired", ErrorKindGone), (late.Error.Code, late.Error.Kind));
        var refused = Assert.Single(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.ProductionDownloaded.Id);
        Assert.Contains("\"outcome\":\"refused\"", refused.Details, StringComparison.Ordinal);
        Assert.Equal(RequestStatus.Produced, await fixture.RequestStatusAsync());
    }

    [Theory, SqliteData]
    public async Task DownloadAsync_AnotherAgency_IsNotFoundAndSeesNothing(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        await fixture.StageAsync();
        await fixture.IntegrateAsync();
        await fixture.ReleaseDueAsync();
        await using var db = fixture.Harness.NewContext();
        var downloads = new PackageDownloads(db, fixture.Harness.Events, fixture.Clock);

        var result = await downloads.DownloadAsync(ProductionFixture.RequestId, "agy_other", Actor.ApiKey("key_other", "agy_other"));

        Assert.Equal("request.not-found", result.Error.Code);
        Assert.Null(await downloads.ForAgencyAsync(ProductionFixture.RequestId, "agy_other"));
        Assert.NotNull(await downloads.ForAgencyAsync(ProductionFixture.RequestId, ProductionFixture.AgencyId));
    }

    private const Domain.Common.ErrorKind ErrorKindGone = Domain.Common.ErrorKind.Gone;

    private static async Task<Domain.Common.Result<PackageDownload>> DownloadAsync(ProductionFixture fixture)
    {
        await using var db = fixture.Harness.NewContext();
        return await new PackageDownloads(db, fixture.Harness.Events, fixture.Clock).DownloadAsync(ProductionFixture.RequestId, ProductionFixture.AgencyId, AgencyKey);
    }
}
