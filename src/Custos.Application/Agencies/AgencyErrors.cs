using System.Globalization;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Application.Agencies;

/// <summary>The expected failures of the agency registry.</summary>
public static class AgencyErrors
{
    public static Error NameMissing { get; } = Error.Invalid(
        "agency.name-missing", $"An agency needs its official name (1 to {AgencyRegistry.MaxNameLength} characters).", "name");

    public static Error CountryInvalid(string? country) => Error.Invalid(
        "agency.country-invalid", $"'{country}' is not an ISO 3166-1 country code: two letters such as US, DE or RU.", "country");

    public static Error TypeInvalid(string? type) => Error.Invalid(
        "agency.type-invalid", $"'{type}' is not an agency type. Types: {Names<AgencyType>()}.", "type");

    public static Error DomainMissing { get; } = Error.Invalid(
        "agency.domain-missing", "An agency needs at least one official e-mail domain, such as fbi.gov.", "domains");

    public static Error DomainInvalid(string? domain) => Error.Invalid(
        "agency.domain-invalid", $"'{domain}' is not a domain name such as fbi.gov (letters, digits and hyphens, at least two labels).", "domains");

    public static Error DomainFreeMail(string domain) => Error.Invalid(
        "agency.domain-free-mail", $"{domain} is a free-mail service, never an agency's official domain.", "domains");

    public static Error DomainTaken(string domain) => new(
        "agency.domain-taken", $"{domain} already belongs to another registered agency; a domain belongs to one agency only.", ErrorKind.Conflict, "domains");

    public static Error NotFound(string agency) => Error.NotFound("agency.not-found", $"No agency has id or domain '{agency}'.");

    public static Error MethodInvalid(string? method) => Error.Invalid(
        "agency.method-invalid", $"'{method}' is not a verification method. Methods: {Names<VerificationMethod>()}.", "method");

    public static Error NoteMissing { get; } = Error.Invalid(
        "agency.note-missing",
        $"Say what was done (1 to {AgencyRegistry.MaxNoteLength} characters): for a call, the number and the address of the page where the agency publishes it, and whom you spoke to.",
        "note");

    public static Error FlagInvalid(string? flag) => Error.Invalid(
        "agency.flag-invalid", $"'{flag}' is not a flag: a kebab-case word such as {string.Join(", ", ReputationFlags.WellKnown)}.", "flag");

    public static Error AlreadyFlagged(string flag) => Error.Conflict("agency.already-flagged", $"The agency already carries the flag {flag}.");

    public static Error FlagNotSet(string flag) => Error.NotFound("agency.flag-not-set", $"The agency does not carry the flag {flag}.");

    public static Error CertificateUnreadable { get; } = Error.Invalid(
        "agency.certificate-unreadable", "That is not a PEM X.509 certificate (-----BEGIN CERTIFICATE----- … -----END CERTIFICATE-----).", "certificate");

    public static Error CertificatePrivateKey { get; } = Error.Invalid(
        "agency.certificate-private-key",
        "The text holds a private key. Send only the certificate; the agency must keep its private key to itself (and should now replace this one).",
        "certificate");

    public static Error CertificateExpired(DateTimeOffset notAfter) => Error.Invalid(
        "agency.certificate-expired", string.Create(CultureInfo.InvariantCulture, $"The certificate expired on {notAfter:yyyy-MM-dd HH:mm} UTC."), "certificate");

    public static Error CertificateNotYetValid(DateTimeOffset notBefore) => Error.Invalid(
        "agency.certificate-not-yet-valid", string.Create(CultureInfo.InvariantCulture, $"The certificate is valid only from {notBefore:yyyy-MM-dd HH:mm} UTC."), "certificate");

    public static Error CertificateKeyUnsupported(string algorithm) => Error.Invalid(
        "agency.certificate-key-unsupported", $"The certificate's key ({algorithm}) cannot receive encrypted productions: it must be an RSA or elliptic-curve key.", "certificate");

    public static Error CertificateKeyTooSmall(int bits) => Error.Invalid(
        "agency.certificate-key-too-small", $"The certificate's RSA key has {bits} bits; at least {AgencyCertificates.MinimumRsaBits} are needed.", "certificate");

    public static Error CertificateKeyUsage(string needed) => Error.Invalid(
        "agency.certificate-key-usage", $"The certificate's key usage does not allow {needed}, which encrypting a production to it needs.", "certificate");

    private static string Names<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => KebabCase.Format(v)));
}
