using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Lifecycle;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for productions: a decided request's package staged, released by the running services, downloaded.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>Registers <paramref name="certificatePem"/> as the agency's certificate, as the operator would.</summary>
    public async Task RegisterCertificateAsync(string agencyId, string certificatePem)
    {
        await using var scope = Services.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().RegisterCertificateAsync(agencyId, certificatePem, Actor.CommandLine);
        if (!registered.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", registered.Errors));
        }
    }

    /// <summary>
    /// Decides a request under review and stages its production of <see cref="TestProductions.Contents"/>, as the produce
    /// decision does (the lifecycle's decide step, then <c>ProductionStore.StageAsync</c> in the same unit of work).
    /// Returns the production's id; the server's services integrate the ledger and release it.
    /// </summary>
    public async Task<string> ProduceAsync(string requestId)
    {
        await using var scope = Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<CustosDbContext>();
        var events = services.GetRequiredService<EventRecorder>();
        var identities = services.GetRequiredService<LedgerIdentityKey>();
        var clock = services.GetRequiredService<TimeProvider>();
        var request = await db.Requests.SingleAsync(r => r.Id == requestId);
        var seq = await db.RequestTransitions.Where(t => t.RequestId == requestId).MaxAsync(t => t.Seq) + 1;
        var reviewer = TestStaff.LegalReviewer();
        var decided = new RequestChanges(db, events, clock).Apply(request, seq, RequestTrigger.Decide, reviewer, "Quorum reached (test).", RequestChanges.References(request));
        if (!decided.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", decided.Errors));
        }

        var staged = await ProductionStore.StageAsync(
            db, events, identities, request, TestProductions.Contents() with { RequestId = requestId }, reviewer, clock.NowToTheMillisecond(), RequestChanges.References(request));
        if (!staged.IsSuccess)
        {
            throw new InvalidOperationException(string.Join("; ", staged.Errors));
        }

        await db.SaveChangesAsync();
        return staged.Value.Id;
    }

    /// <summary>Waits (up to 30 s) until the server's release service has released the production.</summary>
    public async Task<ProductionView> WaitReleasedAsync(string productionId)
    {
        await using var scope = Services.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<ProductionRelease>().WaitReleasedAsync(productionId, TimeSpan.FromSeconds(30));
        return released.IsSuccess ? released.Value : throw new InvalidOperationException(string.Join("; ", released.Errors));
    }
}
