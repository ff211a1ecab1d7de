namespace Custos.Screening.Matching;

/// <summary>
/// Token similarities of one query against vocabulary tokens, computed once per query: a flat table per thread
/// (query token × vocabulary id) whose entries are valid for the current generation only, so nothing is cleared
/// between queries.
/// </summary>
internal sealed class SimilarityCache
{
    private const int MaxQueryTokens = 12;

    [ThreadStatic]
    private static SimilarityCache? current;

    private readonly int vocabularySize;
    private readonly int[] generations;
    private readonly float[] similarities;
    private readonly AlignmentKind[] kinds;
    private int generation;

    private SimilarityCache(int vocabularySize)
    {
        this.vocabularySize = vocabularySize;
        generations = new int[vocabularySize * MaxQueryTokens];
        similarities = new float[vocabularySize * MaxQueryTokens];
        kinds = new AlignmentKind[vocabularySize * MaxQueryTokens];
    }

    /// <summary>This thread's cache for a vocabulary of <paramref name="vocabularySize"/> tokens, emptied.</summary>
    public static SimilarityCache Begin(int vocabularySize)
    {
        if (current is null || current.vocabularySize != vocabularySize)
        {
            current = new SimilarityCache(vocabularySize);
        }

        current.generation = unchecked(current.generation + 1);
        if (current.generation == 0)
        {
            Array.Clear(current.generations);
            current.generation = 1;
        }

        return current;
    }

    public (float Similarity, AlignmentKind Kind) Get(int queryIndex, in Tok query, in Tok candidate)
    {
        if (candidate.VocabId < 0 || queryIndex >= MaxQueryTokens)
        {
            return TokenSimilarity.Compare(query, candidate);
        }

        var slot = (queryIndex * vocabularySize) + candidate.VocabId;
        if (generations[slot] != generation)
        {
            var value = TokenSimilarity.Compare(query, candidate);
            Set(slot, value);
            return value;
        }

        return (similarities[slot], kinds[slot]);
    }

    public void Set(int queryIndex, int vocabId, (float Similarity, AlignmentKind Kind) value)
    {
        if (queryIndex < MaxQueryTokens)
        {
            Set((queryIndex * vocabularySize) + vocabId, value);
        }
    }

    public bool Contains(int queryIndex, int vocabId) =>
        queryIndex < MaxQueryTokens && generations[(queryIndex * vocabularySize) + vocabId] == generation;

    private void Set(int slot, (float Similarity, AlignmentKind Kind) value)
    {
        generations[slot] = generation;
        similarities[slot] = value.Similarity;
        kinds[slot] = value.Kind;
    }
}
