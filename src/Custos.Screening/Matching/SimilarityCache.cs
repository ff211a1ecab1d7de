namespace Custos.Screening.Matching;

/// <summary>Token similarities of one query against vocabulary tokens, computed once per query.</summary>
internal sealed class SimilarityCache
{
    private readonly Dictionary<long, (float, AlignmentKind)> values = [];

    public (float Similarity, AlignmentKind Kind) Get(int queryIndex, in Tok query, in Tok candidate)
    {
        if (candidate.VocabId < 0)
        {
            return TokenSimilarity.Compare(query, candidate);
        }

        var key = ((long)queryIndex << 32) | (uint)candidate.VocabId;
        if (!values.TryGetValue(key, out var value))
        {
            value = TokenSimilarity.Compare(query, candidate);
            values[key] = value;
        }

        return value;
    }

    public void Set(int queryIndex, int vocabId, (float, AlignmentKind) value) => values[((long)queryIndex << 32) | (uint)vocabId] = value;

    public bool TryGet(int queryIndex, int vocabId, out (float Similarity, AlignmentKind Kind) value) =>
        values.TryGetValue(((long)queryIndex << 32) | (uint)vocabId, out value);
}
