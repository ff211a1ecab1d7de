using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Application.Production;

/// <summary>
/// The production package, version 2 (docs/review.md). A ZIP archive holding, for each produced item, one JSON and one
/// CSV file at <c>data/target-&lt;n&gt;/&lt;category&gt;.json|csv</c>, the <c>manifest.json</c> listing each of them with its
/// SHA-256 and naming what the production event names (each customer with their disclosure code, and the event's other
/// references with their keys), and under <c>ledger/</c> the signed checkpoint, the production event's log entry, the salt and details that
/// open its commitment, and its inclusion proof; the archive is encrypted as CMS enveloped data (DER, AES-256-CBC, the
/// content key transported with RSA-OAEP-SHA256) to the agency's registered certificate.
/// </summary>
public static class PackageFormat
{
    /// <summary>
    /// The format of this version, the manifest's <c>format</c> member. Version 1 had no such member and did not name the
    /// customers; verifiers of version 2 refuse it.
    /// </summary>
    public const string Version = "custos-package/v2";

    /// <summary>The manifest: the request reference, the decision and vote ids, and every data file with its SHA-256.</summary>
    public const string ManifestPath = "manifest.json";

    /// <summary>The signed checkpoint (a C2SP signed note) that includes the production event.</summary>
    public const string CheckpointPath = "ledger/checkpoint";

    /// <summary>The production event's log entry (<c>custos-event/v1</c>): its leaf hash is SHA-256(0x00 ‖ these bytes).</summary>
    public const string EventPath = "ledger/event";

    /// <summary>The event's details, exactly the bytes committed to; they name the manifest's SHA-256.</summary>
    public const string EventDetailsPath = "ledger/event-details.json";

    /// <summary>The 32-byte salt of the event's commitment, as 64 lower-case hex characters.</summary>
    public const string EventSaltPath = "ledger/event-salt.hex";

    /// <summary>The event's inclusion proof: leaf index, tree size and the RFC 9162 audit path (base64).</summary>
    public const string InclusionProofPath = "ledger/inclusion-proof.json";

    /// <summary>The ledger event type of the production event, which commits to the manifest.</summary>
    public const string EventTypeName = "production.created";

    /// <summary>The media type the package is served with.</summary>
    public const string MediaType = "application/pkcs7-mime";

    /// <summary>AES-256-CBC (NIST), the content encryption.</summary>
    public const string ContentEncryptionOid = "2.16.840.1.101.3.4.1.42";

    /// <summary>The files of the <c>ledger/</c> folder.</summary>
    public static IReadOnlyList<string> LedgerPaths { get; } = [CheckpointPath, EventPath, EventDetailsPath, EventSaltPath, InclusionProofPath];

    /// <summary>The path of an item's data file: <c>data/target-0/transactions.csv</c>.</summary>
    public static string DataPath(int target, DataCategory category, string extension) =>
        $"data/target-{target.ToString(System.Globalization.CultureInfo.InvariantCulture)}/{KebabCase.Format(category)}.{extension}";
}
