using System.Security.Cryptography;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;

namespace Custos.Application.Tests.Proofs;

/// <summary>
/// Complete proof files without a database: a log of <c>production.created</c> entries naming keys, an index revision
/// over them (a <c>custos-event/v2</c> entry whose public part is given or the details), a checkpoint signed over the
/// whole log, and RFC 6962 inclusion paths computed here from the definition (RFC 6962 §2.1.1), not by the log's code.
/// </summary>
internal sealed class ProofFixture
{
    private static readonly DateTimeOffset Time = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly List<byte[]> _entries = [];

    /// <summary>A log whose first entries name <paramref name="keys"/>, each as many times as given, interleaved.</summary>
    public ProofFixture(NoteSignerKey signer, IReadOnlyList<(string Key, int Events)> keys)
    {
        Signer = signer;
        for (var round = 0; keys.Any(k => k.Events > round); round++)
        {
            foreach (var (key, events) in keys.Where(k => k.Events > round))
            {
                _entries.Add(LedgerEntryFormat.Encode(new LedgerEntry(
                    LedgerEventTypes.ProductionCreated.Id, LedgerEventTypes.ProductionCreated.Name, Time, "1", Opaque(1), Opaque(2),
                    [key], Convert.ToHexStringLower(SHA256.HashData([(byte)_entries.Count, (byte)(_entries.Count >> 8)])))));
            }
        }

        Index = DisclosureIndex.Build(_entries.Select((e, i) => ((ulong)i, e)));
    }

    public NoteSignerKey Signer { get; }

    public DisclosureIndex Index { get; }

    /// <summary>A random key the log does not hold.</summary>
    public static string RandomKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The <paramref name="i"/>-th of a fixed series of keys.</summary>
    public static string KeyOf(int i) => Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))[..16]);

    /// <summary>
    /// The version 1 file for <paramref name="key"/> against a revision over the log, with <paramref name="details"/> as
    /// the committed details (default: the index's true ones) and <paramref name="publicPart"/> as the revision's public
    /// part (default: the details; <c>""</c> for a <c>custos-event/v1</c> revision without one).
    /// </summary>
    public DisclosureProofFile File(string key, string? details = null, string? publicPart = null)
    {
        var logSize = _entries.Count;
        details ??= EventRecorder.SerializeDetails(new IndexRevisionDetails(logSize, Convert.ToHexStringLower(Index.Root), DisclosureIndex.Algorithm));
        var salt = RandomNumberGenerator.GetBytes(32);
        var revision = LedgerEntryFormat.Encode(new LedgerEntry(
            LedgerEventTypes.IndexRevision.Id, LedgerEventTypes.IndexRevision.Name, Time, null, Opaque(3), Opaque(4), [],
            EventRecorder.Commit(salt, details), publicPart switch { null => details, "" => null, _ => publicPart }));
        var leaves = _entries.Append(revision).Select(e => MerkleHash.HashLeaf(e)).ToList();
        var checkpoint = SignedNote.Sign(new Checkpoint(Signer.Name, (ulong)leaves.Count, MerkleHash.ComputeRoot(leaves)).Format(), Signer).Format();
        var proof = Index.Prove(Convert.FromHexString(key));
        return new DisclosureProofFile(
            DisclosureProofFile.FormatName, key, checkpoint,
            new ProofRevision(logSize, Convert.ToBase64String(revision), Convert.ToHexStringLower(salt), details, Path(leaves, logSize)),
            new ProofIndex(DisclosureIndex.Algorithm, proof.Value, [.. proof.Siblings.Select(Convert.ToHexStringLower)],
                proof.OtherKey is null ? null : Convert.ToHexStringLower(proof.OtherKey),
                proof.OtherValueHash is null ? null : Convert.ToHexStringLower(proof.OtherValueHash)),
            [.. (proof.Value ?? []).Select(leaf => new ProofEvent((long)leaf, Convert.ToBase64String(_entries[(int)leaf]), Path(leaves, (int)leaf)))]);
    }

    private static string Opaque(int seed) => Convert.ToHexStringLower(SHA256.HashData([(byte)seed])[..16]);

    /// <summary>PATH(m, D[n]) of RFC 6962 §2.1.1, as lower-case hex.</summary>
    private static List<string> Path(List<byte[]> leaves, int m) => [.. PathOf(leaves, m, 0, leaves.Count).Select(Convert.ToHexStringLower)];

    private static IEnumerable<byte[]> PathOf(List<byte[]> leaves, int m, int from, int to)
    {
        var n = to - from;
        if (n <= 1)
        {
            return [];
        }

        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return m < k
            ? PathOf(leaves, m, from, from + k).Append(MerkleHash.ComputeRoot(leaves.GetRange(from + k, to - from - k)))
            : PathOf(leaves, m - k, from + k, to).Append(MerkleHash.ComputeRoot(leaves.GetRange(from, k)));
    }
}
