using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// The errors of staging, releasing and downloading a production. Codes are stable: the API's problem details carry them
/// as their <c>type</c>, and a failed release records its code in the <c>production.release-failed</c> event.
/// </summary>
public static class ProductionErrors
{
    public static readonly Error NoCertificate = Error.Conflict(
        "production.no-certificate",
        "The agency has no registered certificate to encrypt the package to: register the agency's certificate first (agency page, 'Certificate'), then produce.");

    public static Error CertificateUnusable(string why) => Error.Conflict(
        "production.certificate-unusable", $"The agency's registered certificate cannot be used: {why} Register a valid certificate for the agency, then produce.");

    public static readonly Error CertificateChanged = Error.Conflict(
        "production.certificate-changed",
        "The agency registered another certificate after the package was built: the production event names the old one. Produce the request again to encrypt to the new certificate.");

    public static Error RequestNotProducible(string requestId, string status) => Error.Conflict(
        "production.request-not-producible", $"Request {requestId} is {status}: its package is not released.");

    public static Error NotFound(string requestId) => Error.NotFound(
        "production.not-found", $"Request {requestId} has no production.");

    public static Error ProductionNotFound(string productionId) => Error.NotFound(
        "production.not-found", $"There is no production {productionId}.");

    public static readonly Error NotReleased = Error.Conflict(
        "production.not-released",
        "The package is not released yet: it is released once its production event is in a signed checkpoint of the ledger. Try again shortly.");

    public static readonly Error AlreadyDownloaded = Error.Gone(
        "production.already-downloaded", "The package was already downloaded; it can be downloaded once. Ask the platform to produce it again if the copy was lost.");

    public static Error LinkExpired(DateTimeOffset at) => Error.Gone(
        "production.link-expired",
        $"The download link expired at {at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC. Ask the platform to produce the package again.");

    public static Error ArchiveUnreadable(string why) => Error.Conflict(
        "production.archive-unreadable", $"The stored package cannot be read: {why}.");

    public static Error WaitTimedOut(string productionId) => Error.Conflict(
        "production.wait-timed-out", $"Production {productionId} was not released in time: the ledger has not published a checkpoint including its event yet.");
}
