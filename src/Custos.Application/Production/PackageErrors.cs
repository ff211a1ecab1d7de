using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// The errors of building, sealing and verifying a production package. Codes are stable: the CLI prints them and a
/// verifier's user quotes them. <c>production.*</c> refuse a build or a seal (nothing is produced); <c>package.*</c> name
/// the first thing a verification found wrong.
/// </summary>
public static class PackageErrors
{
    public static readonly Error NoItems = Error.Invalid("production.no-items", "A package holds at least one produced item.", "items");

    public static Error ItemDuplicate(string item) => Error.Invalid("production.item-duplicate", $"{item} appears twice in the package.", "items");

    public static Error CategoryMismatch(string item, string category) => Error.Invalid(
        "production.category-mismatch", $"The records given for {item} are {category} records.", "items");

    public static Error RecordOutOfRange(string item, int row, string range) => Error.Invalid(
        "production.record-out-of-range", $"Record {row} of {item} falls outside the approved range {range}: only what was approved leaves the platform.", "items");

    public static readonly Error CertificateUnsupported = Error.Conflict(
        "production.certificate-unsupported",
        "The agency's certificate has no RSA key: packages are encrypted by RSA key transport (elliptic-curve key agreement is not available on this platform). Ask the agency to register an RSA certificate of at least 2,048 bits.");

    public static Error EvidenceInvalid(string why) => Error.Conflict(
        "production.evidence-invalid", $"The ledger evidence does not prove this package: {why}.");

    public static Error KeyUnreadable(string why) => Error.Invalid(
        "package.key-unreadable", $"The agency key could not be read: {why}. Give the RSA private key in PEM (PKCS#8 or PKCS#1), unencrypted.", "--key");

    public static readonly Error NotCms = Error.Invalid(
        "package.not-cms", "The file is not a CMS enveloped-data package (DER): it may be truncated or not a Custos package.");

    public static Error WrongKey(string recipients) => Error.Invalid(
        "package.wrong-key", $"The package cannot be decrypted with this key: it is encrypted to {recipients}.");

    public static Error ArchiveMalformed(string why) => Error.Invalid(
        "package.archive-malformed", $"The decrypted content is not a readable ZIP archive: {why}.");

    public static Error EntryNameInvalid(string name) => Error.Invalid(
        "package.entry-name-invalid", $"The archive holds an entry with an unsafe or repeated name '{name}'.");

    public static Error LedgerMissing(string path) => Error.Invalid(
        "package.ledger-missing", $"The archive lacks {path}, part of the ledger evidence.");

    public static Error CheckpointMalformed(string why) => Error.Invalid(
        "package.checkpoint-malformed", $"{PackageFormat.CheckpointPath} is not a signed checkpoint: {why}");

    public static Error CheckpointSignatureInvalid(string why) => Error.Invalid(
        "package.checkpoint-signature-invalid", $"The checkpoint is not signed by the ledger key given: {why}");

    public static Error ProofMalformed(string why) => Error.Invalid(
        "package.proof-malformed", $"{PackageFormat.InclusionProofPath} is malformed: {why}.");

    public static Error InclusionProofInvalid(string why) => Error.Invalid(
        "package.inclusion-proof-invalid", $"The production event is not proven to be in the signed checkpoint: {why}");

    public static Error EventMalformed(string why) => Error.Invalid(
        "package.event-malformed", $"The production event is malformed: {why}.");

    public static Error EventType(string type) => Error.Invalid(
        "package.event-type", $"The event the package proves is a '{type}' event, not a {PackageFormat.EventTypeName} event.");

    public static readonly Error CommitmentMismatch = Error.Invalid(
        "package.event-commitment-mismatch", $"{PackageFormat.EventDetailsPath} with {PackageFormat.EventSaltPath} does not open the production event's commitment: the details were altered.");

    public static Error ManifestMissing => Error.Invalid("package.manifest-missing", $"The archive lacks {PackageFormat.ManifestPath}.");

    public static Error FormatUnsupported(string? format) => Error.Invalid(
        "package.format-unsupported",
        format is null
            ? $"{PackageFormat.ManifestPath} has no format: this is a version 1 package, made before packages named the customers whose data they hold. Without them the production event's keys cannot be checked, so this verifier reads {PackageFormat.Version} packages only; the other links of a version 1 package can be checked by hand (docs/review.md)."
            : $"{PackageFormat.ManifestPath} is of format '{format}'; this verifier reads {PackageFormat.Version} packages.");

    public static Error DataUnreadable(string path, string why) => Error.Invalid(
        "package.data-unreadable", $"{path} is not a readable data file: {why}.");

    public static Error CustomersMismatch(string why) => Error.Invalid(
        "package.customers-mismatch", $"The manifest's customers are not those whose data the package holds: {why}.");

    public static Error CustomerKeysMismatch(string why) => Error.Invalid(
        "package.customer-keys-mismatch", $"The production event does not name exactly the customers whose data the package holds: {why}.");

    public static Error ManifestMalformed(string why) => Error.Invalid("package.manifest-malformed", $"{PackageFormat.ManifestPath} is malformed: {why}");

    public static Error ManifestNotCommitted(string actual, string committed) => Error.Invalid(
        "package.manifest-not-committed", $"{PackageFormat.ManifestPath} has SHA-256 {actual}, but the production event commits to {committed}: the manifest was altered.");

    public static Error FileMissing(string path) => Error.Invalid("package.file-missing", $"{path} is in the manifest but not in the archive.");

    public static Error FileMismatch(string path, string actual, string listed) => Error.Invalid(
        "package.file-mismatch", $"{path} has SHA-256 {actual}, not {listed} as the manifest lists: the file was altered.");

    public static Error FileUnlisted(string path) => Error.Invalid("package.file-unlisted", $"{path} is in the archive but not in the manifest.");
}
