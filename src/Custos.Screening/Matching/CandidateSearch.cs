using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Finds the names worth scoring for a query without scanning the corpus: each query token is looked up in the
/// vocabulary by spelling, by phonetic key and by keys one deletion away (SymSpell), two query tokens are also
/// looked up written as one and a long unknown token split in two; every vocabulary token found is scored against
/// the query token once, and the names holding it accumulate its graded similarity times the query token's weight.
/// The names with the best accumulated share of both names' weight go on to full scoring.
/// </summary>
internal sealed class CandidateSearch
{
    [ThreadStatic]
    private static CandidateSearch? current;

    private readonly IndexData data;
    private readonly float[] accumulated;
    private readonly int[] lastToken;
    private readonly List<int> touched = [];
    private readonly List<(int Vocab, float Graded)> found = [];
    private readonly HashSet<int> seenVocabulary = [];
    private int stamp;

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
        var strong = query.Any(t => t.Class is TokenClass.Word or TokenClass.Patronymic);
        var queryWeight = 0f;
        for (var i = 0; i < query.Length; i++)
        {
            queryWeight += query[i].Weight;
            var token = query[i];
            if (token.Class is TokenClass.Title or TokenClass.Stopword || (strong && token.Class is not (TokenClass.Word or TokenClass.Patronymic)))
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

        for (var i = 0; i + 1 < query.Length; i++)
        {
            if (data.VocabularyByText.TryGetValue(query[i].Text + query[i + 1].Text, out var joined))
            {
                stamp = unchecked(stamp + 1);
                Post(joined, query[i].Weight + query[i + 1].Weight);
            }
        }

        var candidates = new List<(int Name, float Estimate)>(touched.Count);
        foreach (var name in touched)
        {
            if (name != excludedName)
            {
                candidates.Add((name, accumulated[name] / ((0.5f * queryWeight) + (0.5f * data.NameWeight[name]))));
            }

            accumulated[name] = 0f;
        }

        candidates.Sort(static (a, b) => b.Estimate.CompareTo(a.Estimate));
        var result = new List<int>(Math.Min(limit, candidates.Count));
        for (var i = 0; i < candidates.Count && i < limit; i++)
        {
            result.Add(candidates[i].Name);
        }

        return result;
    }

    private void Lookup(int index, in Tok token, SimilarityCache cache)
    {
        found.Clear();
        seenVocabulary.Clear();
        if (token.VocabId >= 0)
        {
            Consider(index, token, token.VocabId, cache);
        }

        if (data.VocabularyByKey.TryGetValue(token.Key, out var sameKey))
        {
            foreach (var v in sameKey)
            {
                Consider(index, token, v, cache);
            }
        }

        if (token.Key.Length >= IndexBuilder.MinimumDeletionKey - 1)
        {
            foreach (var deletion in IndexBuilder.DeletionsWithSelf(token.Key))
            {
                if (data.VocabularyByDeletion.TryGetValue(deletion, out var near))
                {
                    foreach (var v in near)
                    {
                        Consider(index, token, v, cache);
                    }
                }
            }
        }

        found.Sort(static (a, b) => b.Graded.CompareTo(a.Graded));
    }

    private void Consider(int index, in Tok token, int vocab, SimilarityCache cache)
    {
        if (!seenVocabulary.Add(vocab))
        {
            return;
        }

        var value = TokenSimilarity.Compare(token, data.Vocabulary[vocab]);
        cache.Set(index, vocab, value);
        var graded = TokenSimilarity.Graded(value.Similarity);
        if (graded > 0f)
        {
            found.Add((vocab, graded));
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

    private void Post(int vocab, float value)
    {
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
