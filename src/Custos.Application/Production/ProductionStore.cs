using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Proofs.Sealing;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>
/// Step (a) of a production, inside the produce decision's unit of work: checks that the package can be encrypted to the
/// agency's registered certificate, builds the plain package, and stages the <c>production.created</c> event (committing
/// to the manifest's SHA-256) with the <c>productions</c> row that waits for it to reach a signed checkpoint. The caller
/// saves; nothing is staged when it refuses. <see cref="ProductionRelease"/> seals and releases it later.
/// </summary>
internal static class ProductionStore
{
    /// <summary>The subject of a production's events: <c>production:prd_…</c>.</summary>
    public static string Subject(string productionId) => "production:" + productionId;

    /// <summary>Loads the request's agency and stages the production (see <see cref="Stage"/>).</summary>
    public static async Task<Result<StagedProduction>> StageAsync(
        CustosDbContext db, EventRecorder events, LedgerIdentityKey identities, RequestRecord request, PackageContents contents, Actor actor,
        DateTimeOffset now, IReadOnlyList<string> references, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        var pem = request.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => a.CertificatePem).FirstOrDefaultAsync(cancellationToken);
        return Stage(db, events, identities, request, contents, pem, actor, now, references);
    }

    /// <summary>
    /// Stages the production of <paramref name="contents"/> for <paramref name="request"/>, to be encrypted to
    /// <paramref name="agencyCertificatePem"/> (the agency's registered certificate). References of the event: the given
    /// ones (the request's agency and officer), the request, and <c>customer:&lt;accountId&gt;</c> of every customer whose
    /// data the package holds; the manifest names them all (<see cref="PackageReferences"/>) with the keys of
    /// <paramref name="identities"/>, which must be the event recorder's.
    /// </summary>
    /// <param name="seals">When given, the event is sealed while the request's non-disclosure order binds (docs/proofs.md).</param>
    public static Result<StagedProduction> Stage(
        CustosDbContext db, EventRecorder events, LedgerIdentityKey identities, RequestRecord request, PackageContents contents,
        string? agencyCertificatePem, Actor actor, DateTimeOffset now, IReadOnlyList<string> references, DisclosureSeals? seals = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(identities);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(references);
        if (!string.Equals(contents.RequestId, request.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException("The contents are of another request.", nameof(contents));
        }

        var certificate = UsableCertificate(agencyCertificatePem, now);
        if (!certificate.IsSuccess)
        {
            return Result<StagedProduction>.Failure(certificate.Errors);
        }

        var accounts = contents.Accounts();
        string[] others = [.. references, RequestChanges.Subject(request.Id)];
        var named = PackageReferences.For(identities, accounts, others);
        var built = PackageBuilder.Build(contents, named);
        if (!built.IsSuccess)
        {
            return Result<StagedProduction>.Failure(built.Errors);
        }

        var plain = built.Value;
        var id = Ids.New("prd");
        var details = ProductionEventDetails.For(contents, plain, certificate.Value);
        var created = seals is null
            ? events.Record(db, LedgerEventTypes.ProductionCreated, actor, Subject(id), details, PackageReferences.EventReferences(accounts, others))
            : seals.Record(request, LedgerEventTypes.ProductionCreated, actor, Subject(id), details, others, [.. accounts.Select(CustomerIndexKey.Reference)]);
        var logged = LedgerEntryFormat.Parse(created.Entry);
        if (!logged.IsSuccess || PackageKeyCheck.NamedKeys(logged.Value, created.Details, named) is not { IsSuccess: true } keys
            || PackageKeyCheck.CheckKeys(named, keys.Value) is not null)
        {
            throw new InvalidOperationException("The production event does not name the keys its manifest lists: the event recorder and the package use different identity keys.");
        }

        db.Productions.Add(new ProductionRecord
        {
            Id = id,
            RequestId = request.Id,
            ManifestSha256 = plain.ManifestSha256,
            // A temporary value until the event is inserted: the relationship makes EF put the event's real id here.
            EventId = db.Entry(created).Property(e => e.Id).CurrentValue,
            Archive = plain.Archive,
            Status = ProductionStatus.PendingCheckpoint,
            CreatedBy = actor.Id,
            CreatedAt = now,
            RowVersion = 1,
        });
        return new StagedProduction(id, request.Id, plain.ManifestSha256, certificate.Value, plain.Manifest.Files.Count);
    }

    /// <summary>The thumbprint of <paramref name="pem"/> when a package can be encrypted to it at <paramref name="now"/>.</summary>
    public static Result<string> UsableCertificate(string? pem, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            return ProductionErrors.NoCertificate;
        }

        var checkedCertificate = AgencyCertificates.Check(pem, now);
        if (!checkedCertificate.IsSuccess)
        {
            return ProductionErrors.CertificateUnusable(checkedCertificate.Error.Message);
        }

        using var certificate = X509Certificate2.CreateFromPem(pem);
        using var rsa = certificate.GetRSAPublicKey();
        return rsa is null ? PackageErrors.CertificateUnsupported : Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
    }
}
