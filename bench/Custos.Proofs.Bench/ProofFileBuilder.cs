using System.Security.Cryptography;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.Ledger.Notes;

namespace Custos.Proofs.Bench;

/// <summary>
/// A complete, valid proof file for one key of the synthetic index: the index proof from the index itself, real
/// <c>custos-event/v1</c> encodings of the revision and of the key's events, a checkpoint signed over a log of the
/// index's size plus the revision, and inclusion paths of the length that log gives (<see cref="SparseLogTree"/>).
/// </summary>
internal static class ProofFileBuilder
{
    private static readonly DateTimeOffset Time = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static DisclosureProofFile Build(IndexProof proof, ulong logSize, byte[] indexRoot, NoteSignerKey signer)
    {
        var key = Convert.ToHexStringLower(proof.Key);
        var salt = RandomNumberGenerator.GetBytes(32);
        var details = EventRecorder.SerializeDetails(new IndexRevisionDetails((long)logSize, Convert.ToHexStringLower(indexRoot), DisclosureIndex.Algorithm));
        var revision = LedgerEntryFormat.Encode(new LedgerEntry(
            LedgerEventTypes.IndexRevision.Id, LedgerEventTypes.IndexRevision.Name, Time, null, Opaque(1), Opaque(2), [], EventRecorder.Commit(salt, details)));
        var entries = new Dictionary<ulong, byte[]> { [logSize] = revision };
        foreach (var leaf in proof.Value ?? [])
        {
            entries[leaf] = LedgerEntryFormat.Encode(new LedgerEntry(
                LedgerEventTypes.ProductionCreated.Id, LedgerEventTypes.ProductionCreated.Name, Time, "3", Opaque(3), Opaque(4),
                [.. new[] { key, Opaque(5), Opaque(6) }.Order(StringComparer.Ordinal)], Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32))));
        }

        var tree = new SparseLogTree(logSize + 1, entries);
        var checkpoint = SignedNote.Sign(new Checkpoint(signer.Name, logSize + 1, tree.Root()).Format(), signer).Format();
        return new DisclosureProofFile(
            DisclosureProofFile.FormatName,
            key,
            checkpoint,
            new ProofRevision((long)logSize, Convert.ToBase64String(revision), Convert.ToHexStringLower(salt), details, Hex(tree.Path(logSize))),
            Index(proof),
            [.. (proof.Value ?? []).Select(leaf => new ProofEvent((long)leaf, Convert.ToBase64String(entries[leaf]), Hex(tree.Path(leaf))))]);
    }

    /// <summary>The index part of a proof file, as the exporter writes it.</summary>
    public static ProofIndex Index(IndexProof proof) => new(
        DisclosureIndex.Algorithm, proof.Value, [.. proof.Siblings.Select(Convert.ToHexStringLower)],
        proof.OtherKey is null ? null : Convert.ToHexStringLower(proof.OtherKey),
        proof.OtherValueHash is null ? null : Convert.ToHexStringLower(proof.OtherValueHash));

    private static List<string> Hex(List<byte[]> path) => [.. path.Select(Convert.ToHexStringLower)];

    private static string Opaque(int seed) => Convert.ToHexStringLower(SHA256.HashData([(byte)seed])[..16]);
}
