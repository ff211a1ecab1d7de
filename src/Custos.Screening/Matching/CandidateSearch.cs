using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Finds the names worth scoring for a query without scanning the corpus: each query token is looked up in the
/// vocabulary by spelling, by phonetic key, and by keys and spellings one deletion away (SymSpell), two query tokens are also
/// looked up written as one and a long unknown token split in two; every vocabulary token found is scored against
/// the query token once, and the names holding it accumulate its graded similarity times the query token's weight.
/// The names with the best accumulated share of both names' weight go on to full scoring.
/// </summary>
internal sealed class CandidateSearch
{
    /// <summary>Names whose estimated share is below this are not worth scoring.</summary>
    private const float MinimumEstimate = 0.2f;

    /// <summary>Names whose estimate trails the best by more than this are not worth scoring.</summary>
    private const float EstimateSpread = 0.65f;

    [ThreadStatic]
    private static CandidateSearch? current;

    private readonly IndexData data;
    private readonly float[] accumulated;
    private readonly int[] lastToken;
    private readonly List<int> touched = [];
    private readonly List<(int Vocab, float Graded)> found = [];
    private readonly HashSet<int> seenVocabulary = [];
    private readonly PriorityQueue<int, float> heap = new();

    /// <summary>Per-thread scratch of the caller: each entry's best name in the current query.</summary>
    public Dictionary<int, (double NameScore, int Name)> BestPerEntry { get; } = [];

    /// <summary>Per-thread scratch of the caller: the scored entries of the current query.</summary>
    public List<(double Score, int Entry, int Name)> Scored { get; } = [];
    private int stamp;

    /// <summary>How many vocabulary tokens the last search on this thread compared (for profiling).</summary>
    [ThreadStatic]
    internal static int LastVocabularyConsidered;

    private CandidateSearch(IndexData data)
    {
        this.data = data;
        accumulated = new float[data.NameTokens.Length];
        lastToken = new int[data.NameTokens.Length];
    }

    public static CandidateSearch For(IndexData data)
    {
        if (current is null || !ReferenceEquals(current.data, data))
        {
            current = new CandidateSearch(data);
        }

        return current;
    }

    /// <summary>The candidate names (best first, at most <paramref name="limit"/>), optionally leaving one name out.</summary>
    public List<int> Find(Tok[] query, SimilarityCache cache, int limit, int excludedName)
    {
        touched.Clear();
        LastVocabularyConsidered = 0;
        var queryWeight = 0f;
        foreach (var token in query)
        {
            queryWeight += token.Weight;
        }

        // Name words and numbers first; when they find nothing (a misspelt short word), the generic words too.
        var strong = query.Any(t => t.Class is TokenClass.Word or TokenClass.Patronymic);
        LookUpTokens(query, cache, strong);
        if (touched.Count == 0 && strong)
        {
            LookUpTokens(query, cache, strong: false);
        }

        for (var i = 0; i + 1 < query.Length; i++)
        {
            if (data.VocabularyByText.TryGetValue(query[i].Text + query[i + 1].Text, out var joined))
            {
                stamp = unchecked(stamp + 1);
                Post(joined, query[i].Weight + query[i + 1].Weight);
            }
        }

        // Keep the best `limit` by estimated share of both names' weight, with a bounded min-heap, leaving out
        // names far behind the best estimate.
        var bestEstimate = 0f;
        foreach (var name in touched)
        {
            bestEstimate = Math.Max(bestEstimate, Estimate(name, queryWeight));
        }

        var floor = Math.Max(MinimumEstimate, bestEstimate - EstimateSpread);
        var heap = this.heap;
        heap.Clear();
        foreach (var name in touched)
        {
            var estimate = Estimate(name, queryWeight);
            accumulated[name] = 0f;
            if (name == excludedName || estimate < floor)
            {
                continue;
            }

            if (heap.Count < limit)
            {
                heap.Enqueue(name, estimate);
            }
            else if (heap.TryPeek(out _, out var lowest) && estimate > lowest)
            {
                heap.DequeueEnqueue(name, estimate);
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result;
    }

    private void LookUpTokens(Tok[] query, SimilarityCache cache, bool strong)
    {
        for (var i = 0; i < query.Length; i++)
        {
            var token = query[i];
            if (token.Class is TokenClass.Title or TokenClass.Stopword
                || (strong && token.Class is not (TokenClass.Word or TokenClass.Patronymic or TokenClass.Number)))
            {
                continue;
            }

            Lookup(i, token, cache);
            Accumulate(token.Weight);
            if (token.VocabId < 0 && token.Text.Length >= 6)
            {
                Split(token);
            }
        }
    }

    private float Estimate(int name, float queryWeight) =>
        accumulated[name] / ((0.5f * queryWeight) + (0.5f * data.NameWeight[name]));

    private void Lookup(int index, in Tok token, SimilarityCache cache)
    {
        found.Clear();
        var memoKey = (token.Text, ((int)token.Class * 2) + (token.VocabId >= 0 ? 1 : 0));
        if (!data.Neighbours.TryGetValue(memoKey, out var neighbours))
        {
            neighbours = Neighbours(token);
            data.Remember(memoKey, neighbours);
        }

        foreach (var (vocab, similarity, kind) in neighbours)
        {
            cache.Set(index, vocab, (similarity, kind));
            found.Add((vocab, TokenSimilarity.Graded(similarity)));
        }
    }

    /// <summary>The vocabulary tokens near <paramref name="token"/> with a similarity worth anything, best first.</summary>
    private (int Vocab, float Similarity, AlignmentKind Kind)[] Neighbours(in Tok token)
    {
        seenVocabulary.Clear();
        var near = new List<(int Vocab, float Similarity, AlignmentKind Kind)>();
        if (token.VocabId >= 0)
        {
            Consider(token, token.VocabId, near);
        }

        if ((token.Key.Length >= 3 || token.Text.Length >= 5 || TokenSimilarity.IsVowelless(token.Text))
            && data.VocabularyByKey.TryGetValue(token.Key, out var sameKey))
        {
            foreach (var v in sameKey)
            {
                Consider(token, v, near);
            }
        }

        if (token.Key.Length >= IndexBuilder.MinimumDeletionKey - 1)
        {
            foreach (var deletion in IndexBuilder.DeletionsWithSelf(token.Key))
            {
                if (data.VocabularyByDeletion.TryGetValue(deletion, out var ids))
                {
                    foreach (var v in ids)
                    {
                        Consider(token, v, near);
                    }
                }
            }
        }

        if (token.Text.Length >= IndexBuilder.MinimumSpellingDeletion - 1)
        {
            foreach (var deletion in IndexBuilder.DeletionsWithSelf(token.Text))
            {
                if (data.VocabularyBySpellingDeletion.TryGetValue(deletion, out var ids))
                {
                    foreach (var v in ids)
                    {
                        Consider(token, v, near);
                    }
                }
            }
        }

        near.Sort(static (a, b) => b.Similarity.CompareTo(a.Similarity));
        return [.. near];
    }

    private void Consider(in Tok token, int vocab, List<(int, float, AlignmentKind)> near)
    {
        if (!seenVocabulary.Add(vocab))
        {
            return;
        }

        LastVocabularyConsidered++;
        var (similarity, kind) = TokenSimilarity.Compare(token, data.Vocabulary[vocab]);
        if (TokenSimilarity.Graded(similarity) > 0f)
        {
            near.Add((vocab, similarity, kind));
        }
    }

    private void Accumulate(float weight)
    {
        stamp = unchecked(stamp + 1);
        foreach (var (vocab, graded) in found)
        {
            Post(vocab, graded * weight);
        }
    }

    private void Split(in Tok token)
    {
        for (var k = 3; k <= token.Text.Length - 3; k++)
        {
            if (data.VocabularyByText.TryGetValue(token.Text[..k], out var left) && data.VocabularyByText.TryGetValue(token.Text[k..], out var right))
            {
                stamp = unchecked(stamp + 1);
                Post(left, token.Weight / 2f);
                stamp = unchecked(stamp + 1);
                Post(right, token.Weight / 2f);
            }
        }
    }

    /// <summary>How many postings the last searches on this thread visited (for profiling).</summary>
    [ThreadStatic]
    internal static long PostingsVisited;

    private void Post(int vocab, float value)
    {
        PostingsVisited += data.Postings[vocab].Length;
        foreach (var name in data.Postings[vocab])
        {
            if (lastToken[name] == stamp)
            {
                continue;
            }

            lastToken[name] = stamp;
            if (accumulated[name] == 0f)
            {
                touched.Add(name);
            }

            accumulated[name] += value;
        }
    }
}
