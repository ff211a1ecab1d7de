using System.Globalization;
using System.Text;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;

namespace Custos.Application.Production;

/// <summary>
/// Checks the ledger evidence of a package, in the order of the chain of trust: the checkpoint (and, given the ledger's
/// key, its signature), the inclusion proof of the event's leaf in the checkpoint's tree, the event itself (a
/// <c>production.created</c> entry whose commitment the salt and details open), and returns the manifest SHA-256 the
/// details commit to. Used by the sealer (to never seal a package the evidence does not prove) and the verifier.
/// </summary>
internal static class LedgerEvidence
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>What the evidence proves.</summary>
    public sealed record Proven(Checkpoint Checkpoint, LedgerEntry Event, ulong LeafIndex, string ManifestSha256);

    public static Result<Proven> Check(
        string checkpointNote, NoteVerifierKey? key, ulong leafIndex, ulong treeSize, IReadOnlyList<byte[]> proof, byte[] entry, byte[] salt, string details)
    {
        var note = SignedNote.Parse(checkpointNote);
        if (!note.IsSuccess)
        {
            return PackageErrors.CheckpointMalformed(note.Error.Message);
        }

        if (key is not null && note.Value.Verify([key]) is { IsSuccess: false } unverified)
        {
            return PackageErrors.CheckpointSignatureInvalid($"{unverified.Error.Message} (key {key.Name}+{key.KeyId.ToString("x8", CultureInfo.InvariantCulture)})");
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        if (!checkpoint.IsSuccess)
        {
            return PackageErrors.CheckpointMalformed(checkpoint.Error.Message);
        }

        if (treeSize != checkpoint.Value.Size)
        {
            return PackageErrors.InclusionProofInvalid(string.Create(CultureInfo.InvariantCulture,
                $"the proof is for a tree of {treeSize} entries, the checkpoint signs one of {checkpoint.Value.Size}."));
        }

        var verdict = ProofVerifier.VerifyInclusion(MerkleHash.HashLeaf(entry), leafIndex, treeSize, proof, checkpoint.Value.GetRootHash());
        if (!verdict.IsValid)
        {
            return PackageErrors.InclusionProofInvalid($"{verdict.Error!.Message} ({verdict.Error.Code})");
        }

        var parsed = LedgerEntryFormat.Parse(entry);
        if (!parsed.IsSuccess)
        {
            return PackageErrors.EventMalformed(parsed.Error.Message);
        }

        if (!string.Equals(parsed.Value.TypeName, PackageFormat.EventTypeName, StringComparison.Ordinal))
        {
            return PackageErrors.EventType(parsed.Value.TypeName);
        }

        if (!string.Equals(EventRecorder.Commit(salt, details), parsed.Value.Commitment, StringComparison.Ordinal))
        {
            return PackageErrors.CommitmentMismatch;
        }

        var manifest = ManifestHashIn(details);
        return manifest is null
            ? PackageErrors.EventMalformed("its details hold no manifestSha256 of 64 hex characters")
            : new Proven(checkpoint.Value, parsed.Value, leafIndex, manifest);
    }

    /// <summary>The details as text, refusing bytes that are not UTF-8.</summary>
    public static string? Text(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? ManifestHashIn(string details)
    {
        try
        {
            using var json = JsonDocument.Parse(details);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("manifestSha256", out var value)
                && value.ValueKind == JsonValueKind.String
                && value.GetString() is { Length: 64 } hash
                && hash.All(char.IsAsciiHexDigitLower)
                    ? hash
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
