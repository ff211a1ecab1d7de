using System.IO.Compression;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Production;

/// <summary>
/// Step (b) of a production: once a pending production's <c>production.created</c> event is included in the published
/// checkpoint (which, where witnesses are configured, is published only once cosigned), seals the package with that
/// checkpoint and the event's inclusion proof to the agency's certificate, drops the plain archive, opens the download
/// link for <see cref="ProductionOptions.LinkLifetime"/>, ledgers <c>production.released</c> and moves the request from
/// decided to produced — in one transaction. Two nodes releasing at once cannot both win (row version). A release that
/// cannot be done (the certificate expired or was replaced, the request was closed) is ledgered as
/// <c>production.release-failed</c> with its reason, once per reason, and stays pending.
/// </summary>
public sealed partial class ProductionRelease(
    CustosDbContext db, EventRecorder events, LedgerReader ledger, TimeProvider clock, ProductionOptions options, ILogger<ProductionRelease> logger)
{
    /// <summary>Releases every pending production whose event the published checkpoint includes; returns how many.</summary>
    public async Task<int> ReleaseDueAsync(CancellationToken cancellationToken = default)
    {
        var head = await ledger.HeadAsync(cancellationToken);
        if (head is null || head.Size == 0)
        {
            return 0;
        }

        var due = await (from p in db.Productions.AsNoTracking()
                         join e in db.LedgerEvents.AsNoTracking() on p.EventId equals e.Id
                         where p.Status == ProductionStatus.PendingCheckpoint && e.LeafIndex != null && e.LeafIndex < head.Size
                         orderby p.CreatedAt
                         select p.Id).ToListAsync(cancellationToken);
        var released = 0;
        foreach (var id in due)
        {
            if ((await ReleaseAsync(id, head, cancellationToken)).IsSuccess)
            {
                released++;
            }
        }

        return released;
    }

    /// <summary>
    /// Releases one production now if its event is in the published checkpoint. Answers the production when it is released
    /// (by this call or earlier), <see cref="ProductionErrors.NotReleased"/> while its event waits for a checkpoint, or
    /// the reason it cannot be released.
    /// </summary>
    public async Task<Result<ProductionView>> ReleaseAsync(string productionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(productionId);
        var head = await ledger.HeadAsync(cancellationToken);
        return head is null ? ProductionErrors.NotReleased : await ReleaseAsync(productionId, head, cancellationToken);
    }

    /// <summary>
    /// Releases <paramref name="productionId"/> as soon as the ledger publishes a checkpoint including its event (another
    /// service integrates the ledger), trying every <paramref name="poll"/> of real time for at most <paramref name="timeout"/>.
    /// For the CLI, tests and benchmarks that wait for a production.
    /// </summary>
    public async Task<Result<ProductionView>> WaitReleasedAsync(string productionId, TimeSpan timeout, TimeSpan? poll = null, CancellationToken cancellationToken = default)
    {
        using var limit = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        while (true)
        {
            var result = await ReleaseAsync(productionId, cancellationToken);
            if (result.IsSuccess || !string.Equals(result.Error.Code, ProductionErrors.NotReleased.Code, StringComparison.Ordinal))
            {
                return result;
            }

            try
            {
                // Real time on purpose: this waits for other services (the integrator, witnesses), not for the domain's clock.
                await Task.Delay(poll ?? TimeSpan.FromMilliseconds(50), linked.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return ProductionErrors.WaitTimedOut(productionId);
            }
        }
    }

    private async Task<Result<ProductionView>> ReleaseAsync(string productionId, LedgerHead head, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var production = await db.Productions.FirstOrDefaultAsync(p => p.Id == productionId, cancellationToken);
        if (production is null)
        {
            return ProductionErrors.ProductionNotFound(productionId);
        }

        if (production.Status == ProductionStatus.Released)
        {
            return ProductionViews.From(production, null);
        }

        var created = await db.LedgerEvents.AsNoTracking().FirstAsync(e => e.Id == production.EventId, cancellationToken);
        if (created.LeafIndex is not { } leaf || leaf >= head.Size)
        {
            return ProductionErrors.NotReleased;
        }

        var request = await db.Requests.FirstAsync(r => r.Id == production.RequestId, cancellationToken);
        var sealedPackage = await SealAsync(production, created, request, head, cancellationToken);
        if (!sealedPackage.IsSuccess)
        {
            return await FailedAsync(production, request, sealedPackage.Error, cancellationToken);
        }

        var now = clock.NowToTheMillisecond();
        var references = RequestChanges.References(request);
        if (request.Status == RequestStatus.Decided)
        {
            var seq = (await db.RequestTransitions.Where(t => t.RequestId == request.Id).MaxAsync(t => (int?)t.Seq, cancellationToken) ?? 0) + 1;
            var moved = new RequestChanges(db, events, clock).Apply(
                request, seq, RequestTrigger.Produce, Actor.System, "The package is sealed with its ledger evidence and released to the agency.", references);
            if (!moved.IsSuccess)
            {
                throw new InvalidOperationException($"The lifecycle refused to produce a decided request: {moved.Error}");
            }
        }

        production.SealedPackage = sealedPackage.Value.Bytes;
        production.Archive = null;
        production.Status = ProductionStatus.Released;
        production.ReleasedAt = now;
        production.LinkExpiresAt = now + options.LinkLifetime;
        production.RowVersion++;
        events.Record(db, LedgerEventTypes.ProductionReleased, Actor.System, ProductionStore.Subject(production.Id), new
        {
            requestId = request.Id,
            manifestSha256 = production.ManifestSha256,
            packageSha256 = sealedPackage.Value.Sha256,
            packageBytes = sealedPackage.Value.Bytes.LongLength,
            leafIndex = leaf,
            treeSize = head.Size,
            linkExpiresAt = production.LinkExpiresAt,
        }, [.. references, RequestChanges.Subject(request.Id)]);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node released it (or the request changed) meanwhile — a stale row version, or the same next history
            // row of the request inserted first: what it stored stands.
            db.ChangeTracker.Clear();
            LogLostRace(logger, production.Id);
            var stored = await db.Productions.AsNoTracking().FirstAsync(p => p.Id == productionId, cancellationToken);
            return stored.Status == ProductionStatus.Released ? ProductionViews.From(stored, null) : ProductionErrors.NotReleased;
        }

        LogReleased(logger, production.Id, request.Id, leaf, head.Size);
        return ProductionViews.From(production, null);
    }

    private async Task<Result<SealedPackage>> SealAsync(
        ProductionRecord production, LedgerEventRecord created, RequestRecord request, LedgerHead head, CancellationToken cancellationToken)
    {
        if (request.Status is not (RequestStatus.Decided or RequestStatus.Produced or RequestStatus.Delivered))
        {
            return ProductionErrors.RequestNotProducible(request.Id, KebabCase.Format(request.Status));
        }

        var pem = request.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => a.CertificatePem).FirstOrDefaultAsync(cancellationToken);
        var thumbprint = ProductionStore.UsableCertificate(pem, clock.GetUtcNow());
        if (!thumbprint.IsSuccess)
        {
            return Result<SealedPackage>.Failure(thumbprint.Errors);
        }

        if (!string.Equals(thumbprint.Value, CommittedThumbprint(created.Details), StringComparison.Ordinal))
        {
            return ProductionErrors.CertificateChanged;
        }

        if (production.Archive is null || created.Details is null || created.Salt is null)
        {
            return ProductionErrors.ArchiveUnreadable("the plain archive or the event's details are gone");
        }

        var plain = ReadPlain(production.Archive);
        if (!plain.IsSuccess)
        {
            return Result<SealedPackage>.Failure(plain.Errors);
        }

        var proof = await ledger.InclusionProofAsync(created.LeafIndex!.Value, head.Size, cancellationToken);
        if (!proof.IsSuccess)
        {
            return Result<SealedPackage>.Failure(proof.Errors);
        }

        var evidence = new ProductionEvidence
        {
            CheckpointNote = head.CheckpointNote,
            LeafIndex = created.LeafIndex.Value,
            TreeSize = head.Size,
            InclusionProof = proof.Value.Proof,
            Entry = created.Entry,
            Salt = created.Salt,
            Details = created.Details,
        };
        using var certificate = X509Certificate2.CreateFromPem(pem!);
        return PackageSealer.Seal(plain.Value, evidence, certificate, ledger.VerifierKey);
    }

    /// <summary>Ledgers why the release failed (once per reason) and leaves the production pending.</summary>
    private async Task<Result<ProductionView>> FailedAsync(ProductionRecord production, RequestRecord request, Error error, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var subject = ProductionStore.Subject(production.Id);
        var last = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.Subject == subject && e.EventTypeId == LedgerEventTypes.ProductionReleaseFailed.Id)
            .OrderByDescending(e => e.Id).Select(e => e.Details).FirstOrDefaultAsync(cancellationToken);
        var reason = ProductionViews.Reason(error);
        if (!string.Equals(ProductionViews.ReasonOf(last), reason, StringComparison.Ordinal))
        {
            events.Record(db, LedgerEventTypes.ProductionReleaseFailed, Actor.System, subject,
                new { requestId = request.Id, code = error.Code, message = error.Message },
                [.. RequestChanges.References(request), RequestChanges.Subject(request.Id)]);
            await db.SaveChangesAsync(cancellationToken);
            LogFailed(logger, production.Id, error.Code);
        }

        return Result<ProductionView>.Failure(error);
    }

    private static string? CommittedThumbprint(string? details)
    {
        if (details is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(details);
        return json.RootElement.TryGetProperty("certificateThumbprint", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    /// <summary>The stored plain archive with its manifest, as the builder made it.</summary>
    private static Result<PlainPackage> ReadPlain(byte[] archive)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(archive, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(PackageFormat.ManifestPath);
            if (entry is null)
            {
                return ProductionErrors.ArchiveUnreadable("it holds no manifest");
            }

            using var buffer = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            var bytes = buffer.ToArray();
            var manifest = PackageManifest.Parse(bytes);
            return manifest.IsSuccess
                ? new PlainPackage(archive, manifest.Value, PackageManifest.Hash(bytes))
                : ProductionErrors.ArchiveUnreadable(manifest.Error.Message);
        }
        catch (InvalidDataException ex)
        {
            return ProductionErrors.ArchiveUnreadable(ex.Message);
        }
    }

    [LoggerMessage(1, LogLevel.Information, "Production {ProductionId} of request {RequestId} released: its event {LeafIndex} is in the checkpoint of size {TreeSize}")]
    private static partial void LogReleased(ILogger logger, string productionId, string requestId, long leafIndex, long treeSize);

    [LoggerMessage(2, LogLevel.Warning, "Production {ProductionId} could not be released ({Code}); it stays pending")]
    private static partial void LogFailed(ILogger logger, string productionId, string code);

    [LoggerMessage(3, LogLevel.Information, "Production {ProductionId} was released by another node meanwhile")]
    private static partial void LogLostRace(ILogger logger, string productionId);
}
