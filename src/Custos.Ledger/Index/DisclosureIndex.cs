namespace Custos.Ledger.Index;

/// <summary>
/// The per-customer disclosure index: a verifiable map from 16-byte keys (the log's opaque identifiers) to the ascending
/// list of log leaf indexes of that key's disclosure events. It is a sparse Merkle tree of depth 128 in which a subtree
/// holding one leaf is that leaf's hash and an empty subtree is <see cref="IndexHash.Empty"/> (docs/proofs.md), so it
/// is the same tree whatever order it is built in, and a deterministic function of the log entries alone.
/// </summary>
public sealed class DisclosureIndex
{
    /// <summary>The name of this index algorithm, as published in each index revision.</summary>
    public const string Algorithm = "custos-disclosure-index/v2";

    private readonly byte[][] _keys;
    private readonly ulong[][] _values;
    private readonly Node? _root;

    private DisclosureIndex(byte[][] keys, ulong[][] values)
    {
        _keys = keys;
        _values = values;
        _root = Build(0, keys.Length, 0);
        Root = _root?.Hash ?? IndexHash.Empty.ToArray();
    }

    /// <summary>The root hash (32 bytes; all zero for an empty index).</summary>
    public byte[] Root { get; }

    /// <summary>How many keys the index holds.</summary>
    public int Count => _keys.Length;

    /// <summary>The largest leaf index in any value, or null when the index is empty.</summary>
    public ulong? LastLeafIndex => _values.Length == 0 ? null : _values.Max(v => v[^1]);

    /// <summary>
    /// Builds the index over log entries: each entry whose type is one of <see cref="DisclosureEventTypes.All"/> adds its
    /// leaf index to the value of each of its opaque references. Entries may come in any order; a leaf index given twice
    /// is taken once.
    /// </summary>
    /// <param name="entries">Log entries with their leaf indexes.</param>
    /// <returns>The index.</returns>
    public static DisclosureIndex Build(IEnumerable<(ulong LeafIndex, byte[] Entry)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var map = new Dictionary<UInt128, SortedSet<ulong>>();
        foreach (var (leafIndex, entry) in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            var read = IndexedEntry.TryRead(entry);
            if (read is null || !DisclosureEventTypes.Contains(read.TypeId, read.TypeName))
            {
                continue;
            }

            foreach (var reference in read.References)
            {
                var key = ToNumber(reference);
                if (!map.TryGetValue(key, out var set))
                {
                    map[key] = set = [];
                }

                set.Add(leafIndex);
            }
        }

        return FromMap(map);
    }

    /// <summary>An index holding exactly the given keys and values (each value non-empty; it is sorted and de-duplicated).</summary>
    /// <param name="values">Keys (16 bytes each, distinct) and their leaf indexes.</param>
    /// <returns>The index.</returns>
    public static DisclosureIndex Create(IEnumerable<KeyValuePair<byte[], IReadOnlyCollection<ulong>>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var map = new Dictionary<UInt128, SortedSet<ulong>>();
        foreach (var (key, value) in values)
        {
            if (key is not { Length: IndexHash.KeySize } || value is null || value.Count == 0)
            {
                throw new ArgumentException("Every key is 16 bytes and every value holds at least one leaf index.", nameof(values));
            }

            if (!map.TryAdd(ToNumber(key), [.. value]))
            {
                throw new ArgumentException("The keys are distinct.", nameof(values));
            }
        }

        return FromMap(map);
    }

    /// <summary>The value of <paramref name="key"/>: its leaf indexes, ascending; null when the key is absent.</summary>
    /// <param name="key">A 16-byte key.</param>
    /// <returns>The value, or null.</returns>
    public IReadOnlyList<ulong>? Find(ReadOnlySpan<byte> key)
    {
        var at = Search(key);
        return at >= 0 ? _values[at] : null;
    }

    /// <summary>A membership proof when <paramref name="key"/> is in the index, a non-membership proof when it is not.</summary>
    /// <param name="key">A 16-byte key.</param>
    /// <returns>The proof, to check with <see cref="IndexProofVerifier.Verify"/> against <see cref="Root"/>.</returns>
    public IndexProof Prove(ReadOnlySpan<byte> key)
    {
        if (key.Length != IndexHash.KeySize)
        {
            throw new ArgumentException("A key is 16 bytes.", nameof(key));
        }

        var siblings = new List<byte[]>();
        var node = _root;
        var depth = 0;
        while (node is { Leaf: < 0 })
        {
            var bit = IndexHash.Bit(key, depth);
            siblings.Add((bit == 0 ? node.Right : node.Left)?.Hash ?? IndexHash.Empty.ToArray());
            node = bit == 0 ? node.Left : node.Right;
            depth++;
        }

        if (node is null)
        {
            return new IndexProof(key.ToArray(), null, siblings, null, null);
        }

        var leafKey = _keys[node.Leaf];
        return leafKey.AsSpan().SequenceEqual(key)
            ? new IndexProof(key.ToArray(), _values[node.Leaf], siblings, null, null)
            : new IndexProof(key.ToArray(), null, siblings, (byte[])leafKey.Clone(), IndexHash.HashValue(_values[node.Leaf]));
    }

    private static DisclosureIndex FromMap(Dictionary<UInt128, SortedSet<ulong>> map)
    {
        var ordered = map.OrderBy(p => p.Key).ToArray();
        return new DisclosureIndex(
            [.. ordered.Select(p => ToBytes(p.Key))],
            [.. ordered.Select(p => p.Value.ToArray())]);
    }

    private Node? Build(int from, int to, int depth)
    {
        if (to == from)
        {
            return null;
        }

        if (to - from == 1)
        {
            return new Node(IndexHash.HashLeaf(_keys[from], IndexHash.HashValue(_values[from])), null, null, from);
        }

        // Keys are sorted, so those with bit 0 at this depth come first.
        var split = from;
        while (split < to && IndexHash.Bit(_keys[split], depth) == 0)
        {
            split++;
        }

        var left = Build(from, split, depth + 1);
        var right = Build(split, to, depth + 1);
        return new Node(IndexHash.HashNode(left?.Hash ?? IndexHash.Empty, right?.Hash ?? IndexHash.Empty), left, right, -1);
    }

    private int Search(ReadOnlySpan<byte> key)
    {
        if (key.Length != IndexHash.KeySize)
        {
            throw new ArgumentException("A key is 16 bytes.", nameof(key));
        }

        var target = ToNumber(key);
        int lo = 0, hi = _keys.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var compared = ToNumber(_keys[mid]).CompareTo(target);
            if (compared == 0)
            {
                return mid;
            }

            if (compared < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static UInt128 ToNumber(ReadOnlySpan<byte> key) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(key);

    private static byte[] ToBytes(UInt128 key)
    {
        var bytes = new byte[IndexHash.KeySize];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, key);
        return bytes;
    }

    private sealed record Node(byte[] Hash, Node? Left, Node? Right, int Leaf);
}
