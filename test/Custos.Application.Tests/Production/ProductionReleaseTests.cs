using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Production;

/// <summary>
/// Staging a production in the produce decision's unit of work, and releasing it once its event is in the signed
/// checkpoint: the released package opens with the agency's key and verifies offline against the ledger's key.
/// </summary>
public class ProductionReleaseTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ReleaseDueAsync_EventInSignedCheckpoint_SealsAPackageTheAgencyVerifies(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var staged = await fixture.StageAsync();
        Assert.True(staged.IsSuccess, string.Join("; ", staged.Errors));

        var pending = await fixture.ProductionAsync(staged.Value.Id);
        var created = Assert.Single(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.ProductionCreated.Id);
        Assert.Equal(created.Id, pending.EventId);
        Assert.Equal((ProductionStatus.PendingCheckpoint, staged.Value.ManifestSha256), (pending.Status, pending.ManifestSha256));
        Assert.NotNull(pending.Archive);
        Assert.Equal("production:" + staged.Value.Id, created.Subject);
        Assert.Equal("agency:" + ProductionFixture.AgencyId + " customer:C1042 request:" + ProductionFixture.RequestId, created.References);
        Assert.Contains("\"manifestSha256\":\"" + staged.Value.ManifestSha256 + "\"", created.Details, StringComparison.Ordinal);

        // Not before the checkpoint: the event is not even sequenced yet.
        Assert.Equal(0, await fixture.ReleaseDueAsync());
        Assert.Equal(ProductionStatus.PendingCheckpoint, (await fixture.ProductionAsync(staged.Value.Id)).Status);

        await fixture.IntegrateAsync();
        Assert.Equal(1, await fixture.ReleaseDueAsync());

        var released = await fixture.ProductionAsync(staged.Value.Id);
        Assert.Equal(ProductionStatus.Released, released.Status);
        Assert.Null(released.Archive);
        Assert.Equal(fixture.Clock.GetUtcNow() + TimeSpan.FromDays(7), released.LinkExpiresAt);
        Assert.Equal(RequestStatus.Produced, await fixture.RequestStatusAsync());
        var events = await fixture.Harness.EventsAsync();
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.ProductionReleased.Id && e.Subject == "production:" + staged.Value.Id);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.RequestStatusChanged.Id && e.Details!.Contains("\"trigger\":\"produce\"", StringComparison.Ordinal));

        using var key = fixture.Agency.PrivateKey();
        var verified = PackageVerifier.Verify(released.SealedPackage!, key, fixture.Harness.Signer.VerifierKey);
        Assert.True(verified.IsSuccess, string.Join("; ", verified.Errors));
        Assert.Equal(staged.Value.ManifestSha256, verified.Value.ManifestSha256);
        Assert.Equal((ulong)events.Single(e => e.Id == created.Id).LeafIndex!.Value, verified.Value.LeafIndex);
        Assert.Equal(ProductionFixture.RequestId, verified.Value.Manifest.Request.Id);
        Assert.Equal([fixture.Harness.Identity.CustomerKey("C1042")], verified.Value.CustomerKeys);
        Assert.Contains(fixture.Harness.Identity.CustomerKey("C1042"), LedgerEntryFormat.Parse(created.Entry).Value.References);

        // A second round, or a second attempt at this production, changes nothing.
        Assert.Equal(0, await fixture.ReleaseDueAsync());
        await using (var db = fixture.Harness.NewContext())
        {
            var again = await fixture.NewRelease(db).ReleaseAsync(staged.Value.Id);
            Assert.True(again.IsSuccess);
            Assert.Equal(released.ReleasedAt, again.Value.ReleasedAt);
        }

        Assert.Equal(events.Count, (await fixture.Harness.EventsAsync()).Count);
        Assert.Equal(released.SealedPackage, (await fixture.ProductionAsync(staged.Value.Id)).SealedPackage);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ReleaseAsync_TwoNodesAtOnce_ReleaseOnce(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var staged = (await fixture.StageAsync()).Value;
        await fixture.IntegrateAsync();

        await using var first = fixture.Harness.NewContext();
        await using var second = fixture.Harness.NewContext();
        var results = await Task.WhenAll(fixture.NewRelease(first).ReleaseAsync(staged.Id), fixture.NewRelease(second).ReleaseAsync(staged.Id));

        Assert.All(results, r => Assert.True(r.IsSuccess, string.Join("; ", r.Errors)));
        var events = await fixture.Harness.EventsAsync();
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.ProductionReleased.Id);
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.RequestStatusChanged.Id && e.Details!.Contains("\"trigger\":\"produce\"", StringComparison.Ordinal));
        Assert.Equal(results[0].Value.ReleasedAt, results[1].Value.ReleasedAt);
    }

    [Theory, SqliteData]
    public async Task ReleaseDueAsync_CertificateReplacedAfterStaging_LedgersTheReasonOnceAndStaysPending(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var staged = (await fixture.StageAsync()).Value;
        await fixture.SetCertificateAsync(TestProductions.NewAgency("Another Key").CertificatePem);
        await fixture.IntegrateAsync();

        Assert.Equal(0, await fixture.ReleaseDueAsync());
        Assert.Equal(0, await fixture.ReleaseDueAsync());

        var production = await fixture.ProductionAsync(staged.Id);
        Assert.Equal(ProductionStatus.PendingCheckpoint, production.Status);
        Assert.NotNull(production.Archive);
        Assert.Equal(RequestStatus.Decided, await fixture.RequestStatusAsync());
        var failed = Assert.Single(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.ProductionReleaseFailed.Id);
        Assert.Contains("production.certificate-changed", failed.Details, StringComparison.Ordinal);
        await using var db = fixture.Harness.NewContext();
        var view = await new PackageDownloads(db, fixture.Harness.Events, fixture.Clock).ForRequestAsync(ProductionFixture.RequestId);
        Assert.StartsWith("production.certificate-changed: ", view!.PendingReason, StringComparison.Ordinal);

        // Another failure reason is ledgered too; then removing the certificate is a third.
        await fixture.SetCertificateAsync(null);
        Assert.Equal(0, await fixture.ReleaseDueAsync());
        Assert.Equal(2, (await fixture.Harness.EventsAsync()).Count(e => e.EventTypeId == LedgerEventTypes.ProductionReleaseFailed.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ReleaseDueAsync_EventLoggedUnderAnotherCustomerKey_RefusesToSealAndStaysPending(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var staged = (await fixture.StageAsync()).Value;
        var right = fixture.Harness.Identity.CustomerKey("C1042");
        var wrong = new LedgerIdentityKey(new byte[32]).CustomerKey("C1042");
        await using (var db = fixture.Harness.NewContext())
        {
            // The stored event is changed before it is sequenced, as an operator logging the production under another key would.
            var created = await db.LedgerEvents.AsNoTracking().SingleAsync(e => e.EventTypeId == LedgerEventTypes.ProductionCreated.Id);
            var entry = LedgerEntryFormat.Parse(created.Entry).Value;
            var forged = LedgerEntryFormat.Encode(entry with { References = [.. entry.References.Select(r => r == right ? wrong : r).Order(StringComparer.Ordinal)] });
            await db.LedgerEvents.Where(e => e.Id == created.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Entry, forged));
        }

        await fixture.IntegrateAsync();

        Assert.Equal(0, await fixture.ReleaseDueAsync());
        Assert.Equal(ProductionStatus.PendingCheckpoint, (await fixture.ProductionAsync(staged.Id)).Status);
        var failed = Assert.Single(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.ProductionReleaseFailed.Id);
        Assert.Contains("production.evidence-invalid", failed.Details, StringComparison.Ordinal);
        Assert.Contains("index keys are missing from it", failed.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task ReleaseAsync_RequestClosedMeanwhile_IsNotReleased(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var staged = (await fixture.StageAsync()).Value;
        await using (var db = fixture.Harness.NewContext())
        {
            var request = await db.Requests.SingleAsync();
            request.Status = RequestStatus.Closed;
            await db.SaveChangesAsync();
        }

        await fixture.IntegrateAsync();
        await using var context = fixture.Harness.NewContext();
        var result = await fixture.NewRelease(context).ReleaseAsync(staged.Id);

        Assert.Equal("production.request-not-producible", result.Error.Code);
        Assert.Equal(ProductionStatus.PendingCheckpoint, (await fixture.ProductionAsync(staged.Id)).Status);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Stage_NoCertificate_RefusesAndStagesNothing(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        await fixture.SetCertificateAsync(null);

        var staged = await fixture.StageAsync();

        Assert.Equal("production.no-certificate", staged.Error.Code);
        Assert.Contains("register the agency's certificate first", staged.Error.Message, StringComparison.Ordinal);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(0, await db.Productions.CountAsync());
        Assert.DoesNotContain(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.ProductionCreated.Id);
    }

    [Theory, SqliteData]
    public async Task Stage_EllipticCurveOrExpiredCertificate_Refuses(string provider)
    {
        await using var fixture = await ProductionFixture.CreateAsync(provider);
        var now = fixture.Clock.GetUtcNow();
        await fixture.SetCertificateAsync(ProductionFixture.Certificate(now.AddYears(-1), now.AddYears(1), ellipticCurve: true));
        Assert.Equal("production.certificate-unsupported", (await fixture.StageAsync()).Error.Code);

        await fixture.SetCertificateAsync(ProductionFixture.Certificate(now.AddYears(-2), now.AddDays(-1)));
        var expired = await fixture.StageAsync();
        Assert.Equal("production.certificate-unusable", expired.Error.Code);
        Assert.Contains("expired", expired.Error.Message, StringComparison.OrdinalIgnoreCase);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(0, await db.Productions.CountAsync());
    }
}
