using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Index;

/// <summary>
/// The storage of <see cref="IncrementalDisclosureIndex"/>: a path-compressed binary trie (each branch records the bit at
/// which its two sides differ) in chunked arrays, with no object per node. A branch stores the hash of its subtree as
/// seen from its parent, that is at the depth just below the parent's bit; the unary steps in between are the chain of
/// node hashes with an empty sibling that docs/proofs.md defines. Leaves store no hash: a leaf's hash depends on the
/// index version (its value is the leaf indexes below the version's log size) and is two SHA-256 calls away.
/// <para>
/// Versions share structure. A batch copies every branch on a path it changes before changing it (unless the branch
/// was made by this batch), so the branches reachable from an older root never change. Leaves are changed in place,
/// which older versions do not see: values only grow by leaf indexes at or above the newest size. Not thread-safe.
/// </para>
/// </summary>
internal sealed partial class IndexTree
{
    /// <summary>The reference of the empty tree.</summary>
    public const int Empty = int.MinValue;

    private readonly ChunkedList<Branch> _branches = new();
    private readonly ChunkedList<Leaf> _leaves = new();
    private readonly List<List<ulong>> _lists = [];
    private readonly Stack<int> _free = new();
    private readonly List<int> _fresh = [];
    private readonly List<int> _retired = [];
    private ulong[] _freshBits = new ulong[1024];
    private int _root = Empty;

    /// <summary>The root reference of the working version: a branch id (≥ 0), a leaf (~id), or <see cref="Empty"/>.</summary>
    public int Root => _root;

    /// <summary>How many keys the working version holds.</summary>
    public int LeafCount => _leaves.Count;

    /// <summary>Branch slots in use or free.</summary>
    public int BranchSlots => _branches.Count;

    /// <summary>Bytes held by the node arrays (not counting values of more than one leaf index).</summary>
    public long AllocatedBytes => _branches.AllocatedBytes + _leaves.AllocatedBytes + (8L * _freshBits.Length);

    /// <summary>Adds <paramref name="values"/> (strictly ascending, all above the key's current values) to <paramref name="key"/>.</summary>
    public void Insert(UInt128 key, ReadOnlySpan<ulong> values)
    {
        if (_root == Empty)
        {
            _root = ~NewLeaf(key, values);
            return;
        }

        var x = _root;
        while (x >= 0)
        {
            ref var b = ref _branches[x];
            x = Bit(key, b.Depth) == 0 ? b.Left : b.Right;
        }

        var common = (int)UInt128.LeadingZeroCount(key ^ _leaves[~x].Key);
        ref var link = ref _root;
        while (link >= 0 && _branches[link].Depth < common)
        {
            ref var b = ref _branches[Own(ref link)];
            link = ref (Bit(key, b.Depth) == 0 ? ref b.Left : ref b.Right);
        }

        if (common == IndexHash.Depth)
        {
            Append(~link, values);
            return;
        }

        // The new key leaves the path at bit `common`: a new branch there, above the node found (whose subtree hash is
        // now seen from one level lower, so it is recomputed too).
        var below = link >= 0 ? Own(ref link) : link;
        var leaf = ~NewLeaf(key, values);
        var id = NewBranch();
        ref var branch = ref _branches[id];
        branch.Depth = common;
        (branch.Left, branch.Right) = Bit(key, common) == 0 ? (leaf, below) : (below, leaf);
        link = id;
    }

    /// <summary>Builds the working version from nothing: <paramref name="keys"/> strictly ascending, key i's values at <c>values[offsets[i]..offsets[i + 1]]</c>.</summary>
    public void BuildFrom(UInt128[] keys, int[] offsets, ulong[] values)
    {
        if (_root != Empty)
        {
            throw new InvalidOperationException("Only an empty tree is built from sorted keys.");
        }

        if (keys.Length > 0)
        {
            _root = Build(keys, offsets, values, 0, keys.Length);
        }
    }

    /// <summary>Computes the hash of every branch changed since <see cref="EndBatch"/> and returns the working root hash.</summary>
    public byte[] Rehash()
    {
        var root = new byte[MerkleHash.Size];
        if (_root >= 0)
        {
            Rehash(_root, 0, Environment.ProcessorCount > 1 ? 3 : 0);
        }

        if (_root != Empty)
        {
            EdgeHash(_root, ulong.MaxValue, root);
        }

        return root;
    }

    /// <summary>Ends a batch: its branches become shared; returns the slots it replaced (garbage once older versions go).</summary>
    public List<int> EndBatch()
    {
        if (_fresh.Count > _branches.Count / 8)
        {
            Array.Clear(_freshBits);
        }
        else
        {
            foreach (var id in _fresh)
            {
                _freshBits[id >> 6] &= ~(1UL << (id & 63));
            }
        }

        _fresh.Clear();
        if (_fresh.Capacity > 1 << 20)
        {
            _fresh.Capacity = 1 << 10; // a bulk build's list of every branch is not kept
        }

        var retired = new List<int>(_retired);
        _retired.Clear();
        return retired;
    }

    /// <summary>Makes branch slots reusable (no retained version reaches them any more).</summary>
    public void Free(List<int> slots)
    {
        foreach (var slot in slots)
        {
            _free.Push(slot);
        }
    }

    private static int Bit(UInt128 key, int depth) => (int)(ulong)((key >> (IndexHash.Depth - 1 - depth)) & UInt128.One);

    private int Descend(int x, UInt128 key)
    {
        while (x >= 0)
        {
            ref var b = ref _branches[x];
            x = Bit(key, b.Depth) == 0 ? b.Left : b.Right;
        }

        return x;
    }

    private int Build(UInt128[] keys, int[] offsets, ulong[] values, int from, int to)
    {
        if (to - from == 1)
        {
            return ~NewLeaf(keys[from], values.AsSpan(offsets[from], offsets[from + 1] - offsets[from]));
        }

        var depth = (int)UInt128.LeadingZeroCount(keys[from] ^ keys[to - 1]);
        int lo = from + 1, hi = to - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (Bit(keys[mid], depth) == 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var id = NewBranch();
        var left = Build(keys, offsets, values, from, lo);
        var right = Build(keys, offsets, values, lo, to);
        ref var branch = ref _branches[id];
        branch.Depth = depth;
        branch.Left = left;
        branch.Right = right;
        return id;
    }

    private void Rehash(int x, int top, int parallelLevels)
    {
        if (!IsFresh(x))
        {
            return;
        }

        ref var b = ref _branches[x];
        var (left, right, below) = (b.Left, b.Right, b.Depth + 1);
        if (parallelLevels > 0 && left >= 0 && right >= 0 && IsFresh(left) && IsFresh(right))
        {
            Parallel.Invoke(() => Rehash(left, below, parallelLevels - 1), () => Rehash(right, below, parallelLevels - 1));
        }
        else
        {
            if (left >= 0)
            {
                Rehash(left, below, 0);
            }

            if (right >= 0)
            {
                Rehash(right, below, 0);
            }
        }

        ChainHash(x, top, ulong.MaxValue, b.Hash);
    }

    /// <summary>The hash of branch x's subtree seen from depth <paramref name="top"/> (at most its own bit), from its children's hashes.</summary>
    private void ChainHash(int x, int top, ulong size, Span<byte> destination)
    {
        ref var b = ref _branches[x];
        Span<byte> left = stackalloc byte[MerkleHash.Size];
        Span<byte> right = stackalloc byte[MerkleHash.Size];
        EdgeHash(b.Left, size, left);
        EdgeHash(b.Right, size, right);
        IndexHash.HashNode(left, right, destination);
        if (b.Depth > top)
        {
            var key = AnyKey(x);
            Span<byte> zero = stackalloc byte[MerkleHash.Size];
            zero.Clear();
            for (var depth = b.Depth - 1; depth >= top; depth--)
            {
                if (Bit(key, depth) == 0)
                {
                    IndexHash.HashNode(destination, zero, destination);
                }
                else
                {
                    IndexHash.HashNode(zero, destination, destination);
                }
            }
        }
    }

    private void Append(int leaf, ReadOnlySpan<ulong> values)
    {
        ref var l = ref _leaves[leaf];
        if (l.More < 0)
        {
            l.More = _lists.Count;
            _lists.Add([l.First]);
        }

        var list = _lists[l.More];
        foreach (var value in values)
        {
            if (value <= list[^1])
            {
                throw new InvalidOperationException("A key's new leaf indexes must come after its existing ones.");
            }

            list.Add(value);
        }
    }

    private int NewLeaf(UInt128 key, ReadOnlySpan<ulong> values)
    {
        var id = _leaves.Add();
        ref var leaf = ref _leaves[id];
        leaf.Key = key;
        leaf.First = values[0];
        leaf.More = -1;
        if (values.Length > 1)
        {
            leaf.More = _lists.Count;
            _lists.Add([.. values]);
        }

        return id;
    }

    /// <summary>Makes the branch at <paramref name="link"/> one of this batch's, copying it (and pointing the link at the copy) if it is shared.</summary>
    private int Own(ref int link)
    {
        var x = link;
        if (IsFresh(x))
        {
            return x;
        }

        var copy = NewBranch();
        _branches[copy] = _branches[x];
        _retired.Add(x);
        link = copy;
        return copy;
    }

    private int NewBranch()
    {
        var id = _free.Count > 0 ? _free.Pop() : _branches.Add();
        if (id >> 6 >= _freshBits.Length)
        {
            Array.Resize(ref _freshBits, Math.Max(_freshBits.Length * 2, (id >> 6) + 1));
        }

        _freshBits[id >> 6] |= 1UL << (id & 63);
        _fresh.Add(id);
        _branches[id] = default;
        return id;
    }

    private bool IsFresh(int id) => (_freshBits[id >> 6] & (1UL << (id & 63))) != 0;

    /// <summary>32 bytes.</summary>
    [InlineArray(MerkleHash.Size)]
    private struct Hash32
    {
        private byte _element;
    }

    /// <summary>44 bytes: the children (branch id, or ~leaf id), the bit at which they differ, and the subtree hash.</summary>
    private struct Branch
    {
        public int Left;
        public int Right;
        public int Depth;
        public Hash32 Hash;
    }

    /// <summary>32 bytes: the key, its first leaf index, and the list of all of them once there are several (else −1).</summary>
    private struct Leaf
    {
        public UInt128 Key;
        public ulong First;
        public int More;
    }
}
