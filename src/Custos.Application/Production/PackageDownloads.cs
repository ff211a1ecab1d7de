using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// The agency's side of a production: where its request's production stands, and the download. The package can be
/// downloaded once, after release and before the link expires; the first download moves the request to delivered. Every
/// download, and every refused attempt after release, is a <c>production.downloaded</c> event naming who, when, the
/// outcome and the package's SHA-256. Only the agency's own request is visible (another agency's is not found).
/// </summary>
public sealed class PackageDownloads(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>The latest production of the agency's request, or null when there is none (or the request is not the agency's).</summary>
    public async Task<ProductionView?> ForAgencyAsync(string requestId, string agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        return await FindRequestAsync(requestId, agencyId, cancellationToken) is null ? null : await ViewAsync(requestId, withReason: false, cancellationToken);
    }

    /// <summary>The latest production of a request for staff, with the reason its release is held back, if any.</summary>
    public Task<ProductionView?> ForRequestAsync(string requestId, CancellationToken cancellationToken = default) =>
        ViewAsync(requestId, withReason: true, cancellationToken);

    /// <summary>Hands the released package of the agency's request to <paramref name="actor"/>, once.</summary>
    public async Task<Result<PackageDownload>> DownloadAsync(string requestId, string agencyId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        ArgumentNullException.ThrowIfNull(actor);
        var request = await FindRequestAsync(requestId, agencyId, cancellationToken);
        if (request is null)
        {
            return RequestErrors.NotFound(requestId);
        }

        var production = await db.Productions.Where(p => p.RequestId == request.Id)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (production is null)
        {
            return ProductionErrors.NotFound(request.Id);
        }

        if (production.Status != ProductionStatus.Released || production.SealedPackage is null)
        {
            return ProductionErrors.NotReleased;
        }

        var package = production.SealedPackage;
        var sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(package));
        var now = clock.NowToTheMillisecond();
        var refusal = production.DownloadedAt is not null ? ProductionErrors.AlreadyDownloaded
            : now >= production.LinkExpiresAt ? ProductionErrors.LinkExpired(production.LinkExpiresAt!.Value)
            : null;
        if (refusal is not null)
        {
            return await RefuseAsync(request, production.Id, actor, refusal, sha256, now, cancellationToken);
        }

        production.DownloadedAt = now;
        production.RowVersion++;
        var references = References(request);
        events.Record(db, LedgerEventTypes.ProductionDownloaded, actor, ProductionStore.Subject(production.Id), new
        {
            requestId = request.Id, outcome = "delivered", by = actor.Id, at = now, packageSha256 = sha256, packageBytes = package.LongLength,
        }, references);
        if (request.Status == RequestStatus.Produced)
        {
            var seq = (await db.RequestTransitions.Where(t => t.RequestId == request.Id).MaxAsync(t => (int?)t.Seq, cancellationToken) ?? 0) + 1;
            var moved = new RequestChanges(db, events, clock).Apply(request, seq, RequestTrigger.Deliver, actor, "The agency downloaded the package.", RequestChanges.References(request));
            if (!moved.IsSuccess)
            {
                throw new InvalidOperationException($"The lifecycle refused to deliver a produced request: {moved.Error}");
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another download of the same package won (this one is the second), or the request changed meanwhile.
            db.ChangeTracker.Clear();
            var downloaded = await db.Productions.AsNoTracking().AnyAsync(p => p.Id == production.Id && p.DownloadedAt != null, cancellationToken);
            return downloaded
                ? await RefuseAsync(request, production.Id, actor, ProductionErrors.AlreadyDownloaded, sha256, now, cancellationToken)
                : RequestErrors.StaleRequest;
        }

        return new PackageDownload(package, request.Id + ".p7m", sha256);
    }

    private async Task<Result<PackageDownload>> RefuseAsync(
        RequestRecord request, string productionId, Actor actor, Error refusal, string sha256, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        events.Record(db, LedgerEventTypes.ProductionDownloaded, actor, ProductionStore.Subject(productionId), new
        {
            requestId = request.Id, outcome = "refused", code = refusal.Code, by = actor.Id, at = now, packageSha256 = sha256,
        }, References(request));
        await db.SaveChangesAsync(cancellationToken);
        return refusal;
    }

    private static List<string> References(RequestRecord request) => [.. RequestChanges.References(request), RequestChanges.Subject(request.Id)];

    private Task<RequestRecord?> FindRequestAsync(string requestId, string agencyId, CancellationToken cancellationToken) =>
        db.Requests.FirstOrDefaultAsync(r => r.Id == requestId && r.AgencyId == agencyId && !r.Informal, cancellationToken);

    private async Task<ProductionView?> ViewAsync(string requestId, bool withReason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        var view = await db.Productions.AsNoTracking().Where(p => p.RequestId == requestId)
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Select(p => new ProductionView(
                p.Id, p.RequestId, p.ManifestSha256, p.Status, p.CreatedAt, p.ReleasedAt, p.LinkExpiresAt, p.DownloadedAt, null,
                p.SealedPackage == null ? null : (long?)p.SealedPackage.Length, null))
            .FirstOrDefaultAsync(cancellationToken);
        if (view is null)
        {
            return null;
        }

        var subject = ProductionStore.Subject(view.Id);
        if (view.Status == ProductionStatus.Released)
        {
            var released = await db.LedgerEvents.AsNoTracking()
                .Where(e => e.Subject == subject && e.EventTypeId == LedgerEventTypes.ProductionReleased.Id)
                .Select(e => e.Details).FirstOrDefaultAsync(cancellationToken);
            return view with { PackageSha256 = PackageShaOf(released) };
        }

        if (!withReason)
        {
            return view;
        }

        var failed = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.Subject == subject && e.EventTypeId == LedgerEventTypes.ProductionReleaseFailed.Id)
            .OrderByDescending(e => e.Id).Select(e => e.Details).FirstOrDefaultAsync(cancellationToken);
        return view with { PendingReason = ProductionViews.ReasonOf(failed) };
    }

    private static string? PackageShaOf(string? details)
    {
        if (details is null)
        {
            return null;
        }

        using var json = System.Text.Json.JsonDocument.Parse(details);
        return json.RootElement.TryGetProperty("packageSha256", out var value) ? value.GetString() : null;
    }
}
