using System.Runtime.InteropServices;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>Reading a version of the tree: a key's value, and the proof for a key (docs/proofs.md, "Proof").</summary>
internal sealed partial class IndexTree
{
    /// <summary>The values of the key in the version with root <paramref name="root"/> and log size <paramref name="size"/>, or null.</summary>
    public ulong[]? Find(int root, ulong size, UInt128 key)
    {
        if (root == Empty)
        {
            return null;
        }

        var leaf = ~Descend(root, key);
        return _leaves[leaf].Key == key ? Values(leaf, size).ToArray() : null;
    }

    /// <summary>The proof for <paramref name="key"/> in the version with root <paramref name="root"/> and log size <paramref name="size"/>.</summary>
    public IndexProof Prove(int root, ulong size, UInt128 key)
    {
        var keyBytes = IndexPosting.BytesOf(key);
        var siblings = new List<byte[]>();
        if (root == Empty)
        {
            return new IndexProof(keyBytes, null, siblings, null, null);
        }

        var found = ~Descend(root, key);
        var common = (int)UInt128.LeadingZeroCount(key ^ _leaves[found].Key);
        var x = root;
        var depth = 0;
        while (x >= 0 && _branches[x].Depth < common)
        {
            ref var b = ref _branches[x];
            AddEmpty(siblings, b.Depth - depth);
            var right = Bit(key, b.Depth) == 1;
            var sibling = new byte[MerkleHash.Size];
            EdgeHash(right ? b.Left : b.Right, size, sibling);
            siblings.Add(sibling);
            x = right ? b.Right : b.Left;
            depth = b.Depth + 1;
        }

        if (x < 0)
        {
            // The path ends at a leaf: the key's own (membership) or another key's that shares the path (non-membership).
            var values = Values(~x, size);
            if (common == IndexHash.Depth)
            {
                return new IndexProof(keyBytes, values.ToArray(), siblings, null, null);
            }

            var valueHash = new byte[MerkleHash.Size];
            IndexHash.HashValue(values, valueHash);
            return new IndexProof(keyBytes, null, siblings, IndexPosting.BytesOf(_leaves[~x].Key), valueHash);
        }

        // The key leaves the subtree of branch x at bit `common`: the path ends in the empty subtree one level below,
        // and the last sibling is x's subtree hash as seen from there.
        AddEmpty(siblings, common - depth);
        var last = new byte[MerkleHash.Size];
        ChainHash(x, common + 1, size, last);
        siblings.Add(last);
        return new IndexProof(keyBytes, null, siblings, null, null);
    }

    private static void AddEmpty(List<byte[]> siblings, int count)
    {
        for (var i = 0; i < count; i++)
        {
            siblings.Add(new byte[MerkleHash.Size]);
        }
    }

    /// <summary>The hash of child <paramref name="reference"/> as its parent sees it: a leaf's hash, or the branch's stored hash.</summary>
    private void EdgeHash(int reference, ulong size, Span<byte> destination)
    {
        if (reference >= 0)
        {
            ((ReadOnlySpan<byte>)_branches[reference].Hash).CopyTo(destination);
            return;
        }

        Span<byte> valueHash = stackalloc byte[MerkleHash.Size];
        IndexHash.HashValue(Values(~reference, size), valueHash);
        IndexHash.HashLeaf(_leaves[~reference].Key, valueHash, destination);
    }

    private UInt128 AnyKey(int x)
    {
        while (x >= 0)
        {
            x = _branches[x].Left;
        }

        return _leaves[~x].Key;
    }

    /// <summary>The leaf's values below <paramref name="size"/>.</summary>
    private ReadOnlySpan<ulong> Values(int leaf, ulong size)
    {
        ref var l = ref _leaves[leaf];
        if (l.More < 0)
        {
            return MemoryMarshal.CreateReadOnlySpan(ref l.First, 1);
        }

        var all = CollectionsMarshal.AsSpan(_lists[l.More]);
        if (all[^1] < size)
        {
            return all;
        }

        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (all[mid] < size)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return all[..lo];
    }
}
