using Custos.Ledger.Notes;

namespace Custos.Application.Production;

/// <summary>A package every check passed on: its manifest, its files (data, manifest and ledger evidence) and what the ledger proves.</summary>
/// <param name="Manifest">The manifest.</param>
/// <param name="ManifestSha256">Its SHA-256, as the production event commits to it.</param>
/// <param name="Files">Every file of the archive by path, the data files, <c>manifest.json</c> and <c>ledger/…</c> alike.</param>
/// <param name="Checkpoint">The signed checkpoint the event is included in.</param>
/// <param name="LeafIndex">The production event's index in the ledger.</param>
/// <param name="EventTime">When the production event was recorded.</param>
public sealed record VerifiedPackage(
    PackageManifest Manifest, string ManifestSha256, IReadOnlyDictionary<string, byte[]> Files, Checkpoint Checkpoint, ulong LeafIndex, DateTimeOffset EventTime)
{
    /// <summary>The index key of each of the manifest's customers, in the order of <see cref="PackageManifest.Customers"/>: the production event names exactly these (and the listed other references).</summary>
    public IReadOnlyList<string> CustomerKeys { get; init; } = [];
}
