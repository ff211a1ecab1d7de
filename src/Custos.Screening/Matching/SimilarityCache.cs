namespace Custos.Screening.Matching;

/// <summary>
/// Token similarities of one query against vocabulary tokens, computed once per query: a small open-addressing table
/// per thread (96 KB) keyed by query token and vocabulary id, whose entries are valid for the current generation only,
/// so nothing is cleared between queries. When a query fills half the table, further pairs are computed uncached. An
/// entry's key, generation and value lie together, so a look-up reads one cache line.
/// </summary>
internal sealed class SimilarityCache
{
    private const int Capacity = 4096;
    private const int MaxEntries = Capacity / 2;

    [ThreadStatic]
    private static SimilarityCache? current;

    private readonly Entry[] table = new Entry[Capacity];
    private int generation;
    private int entries;

    /// <summary>This thread's cache, emptied.</summary>
    public static SimilarityCache Begin()
    {
        current ??= new SimilarityCache();
        current.entries = 0;
        current.generation = unchecked(current.generation + 1);
        if (current.generation == 0)
        {
            Array.Clear(current.table);
            current.generation = 1;
        }

        return current;
    }

    public (float Similarity, AlignmentKind Kind) Get(int queryIndex, in Tok query, in Tok candidate)
    {
        // The cache holds similarities to vocabulary tokens, which do not know their script: two tokens of the same
        // Han, Hangul or kana script are compared here (see TokenSimilarity.Compare).
        if (candidate.VocabId < 0 || (query.Script != 0 && query.Script == candidate.Script))
        {
            return TokenSimilarity.Compare(query, candidate);
        }

        var key = Key(queryIndex, candidate.VocabId);
        var slot = Find(key);
        if (slot >= 0 && table[slot].Generation == generation)
        {
            return (table[slot].Similarity, table[slot].Kind);
        }

        var value = TokenSimilarity.Compare(query, candidate);
        Store(slot, key, value);
        return value;
    }

    public void Set(int queryIndex, int vocabId, (float Similarity, AlignmentKind Kind) value)
    {
        var key = Key(queryIndex, vocabId);
        Store(Find(key), key, value);
    }

    private static long Key(int queryIndex, int vocabId) => ((long)queryIndex << 32) | (uint)vocabId;

    /// <summary>The slot holding <paramref name="key"/> in this generation, else the free slot where it would go, or -1
    /// when the table is too full to probe further.</summary>
    private int Find(long key)
    {
        var slot = (int)(unchecked((ulong)key * 0x9E3779B97F4A7C15UL) >> 52);
        for (var probe = 0; probe < 32; probe++)
        {
            if (table[slot].Generation != generation || table[slot].Key == key)
            {
                return slot;
            }

            slot = (slot + 1) & (Capacity - 1);
        }

        return -1;
    }

    private void Store(int slot, long key, (float Similarity, AlignmentKind Kind) value)
    {
        if (slot < 0 || (table[slot].Generation != generation && entries >= MaxEntries))
        {
            return;
        }

        ref var entry = ref table[slot];
        if (entry.Generation != generation)
        {
            entries++;
        }

        entry.Key = key;
        entry.Generation = generation;
        entry.Similarity = value.Similarity;
        entry.Kind = value.Kind;
    }

    /// <summary>One slot of the table.</summary>
    private struct Entry
    {
        public long Key;
        public int Generation;
        public float Similarity;
        public AlignmentKind Kind;
    }
}
