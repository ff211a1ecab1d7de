using System.Numerics;

namespace Custos.Screening.Matching;

/// <summary>
/// A SymSpell index: each word's spelling (or phonetic key) and each spelling one character shorter → the vocabulary ids
/// of the words, in ascending order. The strings are kept only as 64-bit hashes, in an open-addressed table of slots
/// that each hold a hash and where its ids lie in one array. A lookup of a word met for the first time reads one slot
/// (the next ones in the same cache line when the first is taken) and one run of ids, where a dictionary of strings read
/// a bucket, an entry, the key's characters and an array of ids, each likely a miss; building the index allocates no
/// string. Two strings of the same hash (the full corpus files 217,000: about one chance in a billion that any two
/// collide) would only make a lookup gather a word more, which the comparison that follows judges like any other.
/// </summary>
internal sealed class DeletionIndex
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly Slot[] slots;
    private readonly int[] ids;
    private readonly int mask;

    private DeletionIndex(Slot[] slots, int[] ids, int count)
    {
        this.slots = slots;
        this.ids = ids;
        mask = slots.Length - 1;
        Count = count;
    }

    /// <summary>How many distinct strings (spellings and deletions) the index holds.</summary>
    public int Count { get; }

    /// <summary>How many ids the index holds in all.</summary>
    public int Postings => ids.Length;

    /// <summary>Indexes each word with its one-character deletions.</summary>
    /// <param name="words">The spellings (or keys) with their vocabulary ids, in any order (the ids of each string come out
    /// ascending, each once).</param>
    public static DeletionIndex Build(IReadOnlyList<(string Text, int Id)> words)
    {
        var total = 0;
        foreach (var (text, _) in words)
        {
            total += text.Length + 1;
        }

        // Every (hash, id) pair, sorted by hash; the ids of one hash are then put in ascending order and made distinct
        // (deleting either letter of a doubled one gives the same string twice).
        var hashes = new ulong[total];
        var owners = new int[total];
        var at = 0;
        foreach (var (text, id) in words)
        {
            hashes[at] = Hash(text, default);
            owners[at++] = id;
            for (var skip = 0; skip < text.Length; skip++)
            {
                hashes[at] = Hash(text.AsSpan(0, skip), text.AsSpan(skip + 1));
                owners[at++] = id;
            }
        }

        Array.Sort(hashes, owners);
        var distinct = 0;
        for (var i = 0; i < total; i++)
        {
            distinct += i == 0 || hashes[i] != hashes[i - 1] ? 1 : 0;
        }

        var slots = new Slot[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)distinct * 2))];
        var ids = new int[total];
        var written = 0;
        var mask = slots.Length - 1;
        for (var start = 0; start < total;)
        {
            var end = start + 1;
            while (end < total && hashes[end] == hashes[start])
            {
                end++;
            }

            Array.Sort(owners, start, end - start);
            var first = written;
            for (var i = start; i < end; i++)
            {
                if (i == start || owners[i] != owners[i - 1])
                {
                    ids[written++] = owners[i];
                }
            }

            var slot = (int)(Mix(hashes[start]) & (uint)mask);
            while (slots[slot].Hash != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(hashes[start], first, written - first);
            start = end;
        }

        return new DeletionIndex(slots, ids.AsSpan(0, written).ToArray(), distinct);
    }

    /// <summary>The ids of the words filed under the string <paramref name="head"/> followed by <paramref name="tail"/>
    /// (a string looked up in two parts, a character left out between them, is not copied); empty when none.</summary>
    public ReadOnlySpan<int> Find(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var hash = Hash(head, tail);
        var slots = this.slots;
        for (var slot = (int)(Mix(hash) & (uint)mask); ; slot = (slot + 1) & mask)
        {
            ref readonly var found = ref slots[slot];
            if (found.Hash == hash)
            {
                return ids.AsSpan(found.Start, found.Count);
            }

            if (found.Hash == 0)
            {
                return [];
            }
        }
    }

    /// <summary>The 64-bit FNV-1a hash of the characters of <paramref name="head"/> then <paramref name="tail"/>, never
    /// zero (zero marks an empty slot). Stable across processes and machines.</summary>
    internal static ulong Hash(ReadOnlySpan<char> head, ReadOnlySpan<char> tail)
    {
        var hash = OffsetBasis;
        foreach (var c in head)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        foreach (var c in tail)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return hash == 0 ? 1 : hash;
    }

    /// <summary>Spreads a hash's bits over its low bits, which choose the slot (FNV-1a's low bits depend little on the
    /// last characters).</summary>
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash = unchecked(hash * 0xff51afd7ed558ccdUL);
        return hash ^ (hash >> 33);
    }

    private readonly record struct Slot(ulong Hash, int Start, int Count);
}
