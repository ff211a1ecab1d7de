using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>
/// The disclosure index of a growing log, kept up to date batch by batch: the same tree, roots and proofs as
/// <see cref="DisclosureIndex"/> (docs/proofs.md), but extending it by the entries after the indexed size recomputes
/// only the paths those entries touch, and a proof is a walk down stored hashes. It keeps the last few versions (one per
/// <see cref="Extend(ulong, IEnumerable{IndexPosting})"/>), so a proof can still be made against the root of a revision
/// already published while the next one is being computed.
/// <para>
/// Thread-safe: one extension runs at a time, and proofs wait only while an extension changes the tree (not while it
/// reads and sorts its entries).
/// </para>
/// </summary>
public sealed class IncrementalDisclosureIndex : IDisposable
{
    private readonly IndexTree _tree = new();
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly Lock _extending = new();
    private readonly List<IndexVersion> _versions = [new(0, IndexTree.Empty, 0, new byte[MerkleHash.Size], [])];
    private readonly int _retained;
    private bool _broken;

    /// <summary>An empty index (log size 0) that keeps the <paramref name="retainedVersions"/> latest versions.</summary>
    /// <param name="retainedVersions">How many versions stay provable (at least 1; 2 keeps the previous one).</param>
    public IncrementalDisclosureIndex(int retainedVersions = 2)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(retainedVersions, 1);
        _retained = retainedVersions;
    }

    /// <summary>How many log entries the latest version covers (leaf indexes 0 to Size − 1).</summary>
    public ulong Size => Read(() => _versions[^1].Size);

    /// <summary>The latest version's root hash (32 bytes; all zero when empty).</summary>
    public byte[] Root => Read(() => (byte[])_versions[^1].RootHash.Clone());

    /// <summary>How many keys the latest version holds.</summary>
    public int Count => Read(() => _versions[^1].Count);

    /// <summary>The log sizes of the versions that can still be proved against, oldest first.</summary>
    public IReadOnlyList<ulong> RetainedSizes => Read(() => _versions.Select(v => v.Size).ToArray());

    /// <summary>The bytes held by the tree's node arrays (the bulk of the index's memory).</summary>
    public long AllocatedBytes => Read(() => _tree.AllocatedBytes);

    /// <summary>The root of the version over the first <paramref name="size"/> entries, or null when no retained version has that size.</summary>
    /// <param name="size">A log size.</param>
    /// <returns>A copy of the root, or null.</returns>
    public byte[]? RootAt(ulong size) => Read(() => Version(size) is { } version ? (byte[])version.RootHash.Clone() : null);

    /// <summary>The value of <paramref name="key"/> in the latest version: its leaf indexes, ascending; null when absent.</summary>
    /// <param name="key">A 16-byte key.</param>
    /// <returns>The value, or null.</returns>
    public IReadOnlyList<ulong>? Find(ReadOnlySpan<byte> key)
    {
        var number = IndexPosting.KeyOf(key);
        return Read(() => _tree.Find(_versions[^1].Root, _versions[^1].Size, number));
    }

    /// <summary>The proof for <paramref name="key"/> against the latest <see cref="Root"/>.</summary>
    /// <param name="key">A 16-byte key.</param>
    /// <returns>A membership or non-membership proof.</returns>
    public IndexProof Prove(ReadOnlySpan<byte> key)
    {
        var number = IndexPosting.KeyOf(key);
        return Read(() => _tree.Prove(_versions[^1].Root, _versions[^1].Size, number));
    }

    /// <summary>The proof for <paramref name="key"/> against <see cref="RootAt"/>(<paramref name="size"/>), or null when that version is not retained.</summary>
    /// <param name="key">A 16-byte key.</param>
    /// <param name="size">The log size of a retained version.</param>
    /// <returns>The proof, or null.</returns>
    public IndexProof? Prove(ReadOnlySpan<byte> key, ulong size)
    {
        var number = IndexPosting.KeyOf(key);
        return Read(() => Version(size) is { } version ? _tree.Prove(version.Root, version.Size, number) : null);
    }

    /// <summary>
    /// Extends the index to the first <paramref name="newSize"/> log entries, given the entries from the current
    /// <see cref="Size"/> on (entries that are not disclosure events are skipped, as <see cref="DisclosureIndex.Build(IEnumerable{ValueTuple{ulong, byte[]}})"/> does).
    /// </summary>
    /// <param name="newSize">The new log size, at least <see cref="Size"/>.</param>
    /// <param name="entries">Log entries with leaf indexes in [Size, newSize), in any order.</param>
    public void Extend(ulong newSize, IEnumerable<(ulong LeafIndex, byte[] Entry)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var postings = new List<IndexPosting>();
        foreach (var (leafIndex, entry) in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            IndexPosting.Read(leafIndex, entry, postings);
        }

        Extend(newSize, postings);
    }

    /// <summary>Extends the index to the first <paramref name="newSize"/> log entries with the postings of the entries from <see cref="Size"/> on.</summary>
    /// <param name="newSize">The new log size, at least <see cref="Size"/>.</param>
    /// <param name="postings">Postings with leaf indexes in [Size, newSize), in any order; a repeated posting counts once.</param>
    public void Extend(ulong newSize, IEnumerable<IndexPosting> postings)
    {
        ArgumentNullException.ThrowIfNull(postings);
        lock (_extending)
        {
            var from = Size;
            ArgumentOutOfRangeException.ThrowIfLessThan(newSize, from);
            var sorted = postings.ToArray();
            foreach (var posting in sorted)
            {
                if (posting.LeafIndex < from || posting.LeafIndex >= newSize)
                {
                    throw new ArgumentOutOfRangeException(
                        nameof(postings), $"Leaf index {posting.LeafIndex} is outside the extension from {from} to {newSize}.");
                }
            }

            Array.Sort(sorted, static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.LeafIndex.CompareTo(b.LeafIndex));
            var (keys, offsets, values) = Group(sorted);
            if (newSize == from)
            {
                return;
            }

            _lock.EnterWriteLock();
            try
            {
                Apply(newSize, keys, offsets, values);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private void Apply(ulong newSize, UInt128[] keys, int[] offsets, ulong[] values)
    {
        try
        {
            if (_tree.Root == IndexTree.Empty)
            {
                _tree.BuildFrom(keys, offsets, values);
            }
            else
            {
                for (var i = 0; i < keys.Length; i++)
                {
                    _tree.Insert(keys[i], values.AsSpan(offsets[i], offsets[i + 1] - offsets[i]));
                }
            }

            var root = keys.Length == 0 ? _versions[^1].RootHash : _tree.Rehash();
            _versions.Add(new IndexVersion(newSize, _tree.Root, _tree.LeafCount, root, _tree.EndBatch()));
        }
        catch (Exception ex)
        {
            // A half-applied batch leaves the tree between versions: nothing it answers can be trusted after that.
            _broken = true;
            throw new InvalidOperationException("Extending the disclosure index failed part way; discard this index and build a new one.", ex);
        }

        while (_versions.Count > _retained)
        {
            _versions.RemoveAt(0);
            _tree.Free(_versions[0].Retired);
            _versions[0] = _versions[0] with { Retired = [] };
        }
    }

    private static (UInt128[] Keys, int[] Offsets, ulong[] Values) Group(IndexPosting[] sorted)
    {
        var keys = new List<UInt128>();
        var offsets = new List<int>();
        var values = new ulong[sorted.Length];
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var newKey = i == 0 || sorted[i].Key != sorted[i - 1].Key;
            if (newKey)
            {
                keys.Add(sorted[i].Key);
                offsets.Add(count);
            }
            else if (sorted[i].LeafIndex == sorted[i - 1].LeafIndex)
            {
                continue;
            }

            values[count++] = sorted[i].LeafIndex;
        }

        offsets.Add(count);
        return ([.. keys], [.. offsets], values);
    }

    private IndexVersion? Version(ulong size)
    {
        for (var i = _versions.Count - 1; i >= 0; i--)
        {
            if (_versions[i].Size == size)
            {
                return _versions[i];
            }
        }

        return null;
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return _broken
                ? throw new InvalidOperationException("An extension of this disclosure index failed part way; build a new one.")
                : read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private sealed record IndexVersion(ulong Size, int Root, int Count, byte[] RootHash, List<int> Retired);
}
