using Custos.Screening.Lists;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Finds the names worth scoring for a query without scanning the corpus: each query token is looked up in the
/// vocabulary by spelling, by phonetic key, and by keys and spellings one deletion away (SymSpell), two query tokens are also
/// looked up written as one and a long unknown token split in two; every vocabulary token found is scored against
/// the query token once, and the names holding it accumulate its graded similarity times the query token's weight.
/// The names with the best accumulated share of both names' weight go on to full scoring.
/// </summary>
internal sealed partial class CandidateSearch
{
    /// <summary>Names whose estimated share is below this are not worth scoring.</summary>
    private const float MinimumEstimate = 0.2f;

    /// <summary>Names whose estimate trails the best by more than this are not worth scoring.</summary>
    private const float EstimateSpread = 0.65f;

    [ThreadStatic]
    private static CandidateSearch? current;

    private readonly IndexData data;

    /// <summary>Per name, its accumulated similarity in the current query and the stamp of the last token that posted
    /// to it, side by side: a posting reads and writes both, so they share a cache line.</summary>
    private readonly Tally[] tallies;
    private readonly List<int> touched = [];

    /// <summary>The estimate of each name in <see cref="touched"/>, in the same order.</summary>
    private readonly List<float> estimates = [];
    /// <summary>The vocabulary tokens a query token found and what each counts for; <c>Abbreviation</c> when one of the
    /// two is an abbreviation the other met only by sound (<see cref="NameAligner.AbbreviationMetBySound"/>).</summary>
    private readonly List<(int Vocab, float Graded, bool Abbreviation)> found = [];

    /// <summary>Whether the current query is known to be a person's, and whether it holds a legal form or a generic word:
    /// where the scoring reads an abbreviation met by sound as no pair (<see cref="PostWhereAbbreviationsMeet"/>).</summary>
    private bool queryPersonal;
    private bool queryHoldsOrganisationWords;
    private readonly List<(int Vocab, float Similarity, AlignmentKind Kind)> near = [];

    /// <summary>The vocabulary tokens the current neighbour search will compare, in the order it found them.</summary>
    private readonly List<int> gathered = [];

    /// <summary>The letters of the words the last neighbour search gathered (kept so that reading them is not optimised
    /// away).</summary>
    private int lettersGathered;

    /// <summary>For each vocabulary token, the <see cref="neighbourStamp"/> of the last neighbour search that gathered it:
    /// a search skips tokens it has gathered already without clearing a set first.</summary>
    private readonly int[] gatheredIn;
    private int neighbourStamp;

    /// <summary>For each vocabulary token, the <see cref="queryStamp"/> of the last query whose own tokens found it: a
    /// set cleared per query clears its whole capacity, as large as the largest query so far made it.</summary>
    private readonly int[] foundInQuery;

    /// <summary>For each vocabulary token the current query's own tokens found (<see cref="foundInQuery"/>), the best
    /// similarity they found it with.</summary>
    private readonly float[] foundSimilarity;
    private int queryStamp;
    private readonly List<int> extras = [];

    /// <summary>The names the query's initials stand for words of, with what they accumulated and the initials add
    /// (<see cref="CountInitials"/>).</summary>
    private readonly List<(int Name, float Accumulated)> initialCredit = [];
    private readonly PriorityQueue<int, float> heap = new();

    /// <summary>Per-thread scratch of the caller: each entry's best name in the current query, and the reading of the
    /// query it was scored for (<see cref="NameCandidates.Readings"/>).</summary>
    public Dictionary<int, (double NameScore, int Name, byte Reading)> BestPerEntry { get; } = [];

    /// <summary>Per-thread scratch of the caller: the scored entries of the current query.</summary>
    public List<(double Score, int Entry, int Name, byte Reading)> Scored { get; } = [];
    private int stamp;

    /// <summary>While a query token's split is posted, the stamp its own spellings were posted with: a name they met
    /// is not credited again by the split (ABDALI meets abdel, and ali after the particle abd: a name holding both
    /// counted the token twice). Zero otherwise.</summary>
    private int splitOf;

    /// <summary>How many vocabulary tokens the last search on this thread compared (for profiling).</summary>
    [ThreadStatic]
    internal static int LastVocabularyConsidered;

    private CandidateSearch(IndexData data)
    {
        this.data = data;
        tallies = new Tally[data.NameTokens.Length];
        gatheredIn = new int[data.Vocabulary.Length];
        foundInQuery = new int[data.Vocabulary.Length];
        foundSimilarity = new float[data.Vocabulary.Length];
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
    /// <param name="query">The query's tokens.</param>
    /// <param name="cache">Receives the similarities of query tokens to the vocabulary tokens found.</param>
    /// <param name="limit">The most candidates.</param>
    /// <param name="excludedName">A name to leave out (leave-one-out evaluation), or -1.</param>
    /// <param name="personal">True for a query known to be a person's: acronyms are not looked up, and an abbreviation
    /// met by sound is no pair where the scoring says so (<see cref="NameAligner.Score"/>).</param>
    public List<int> Find(Tok[] query, SimilarityCache cache, int limit, int excludedName, bool personal = false)
    {
        var acronyms = !personal;
        queryPersonal = personal;
        queryHoldsOrganisationWords = NameAligner.HoldsOrganisationWords(query, query.Length);
        touched.Clear();
        extras.Clear();
        initialCredit.Clear();
        queryStamp = unchecked(queryStamp + 1);
        if (queryStamp == 0)
        {
            Array.Clear(foundInQuery);
            queryStamp = 1;
        }

        LastVocabularyConsidered = 0;
        var queryWeight = 0f;
        foreach (var token in query)
        {
            queryWeight += token.Weight;
        }

        // Name words and numbers first; when they find nothing (a misspelt short word), the generic words too. A name
        // whose generic words weigh more than its name words is told by them (GLOBAL MARINE NEW SHIP MANAGEMENT CO.: the
        // one name word, NEW, brought a hundred names none of which was GLOBAL MARINE SHIP MANAGEMENT CO., LTD.), and
        // they are looked up with the name words.
        var strong = query.Any(t => t.Class is TokenClass.Word or TokenClass.Patronymic);
        var generic = strong && GenericOutweighs(query);
        LookUpTokens(query, cache, strong, generic);
        if (touched.Count == 0 && strong)
        {
            LookUpTokens(query, cache, strong: false, generic: false);
        }

        // Two adjacent tokens written as one on the list (Sea Star / SEASTAR, al Kurd / ALKURD, Abyr Valgov /
        // ABYRVALG): the joined spelling is looked up like a token, typos and transliterations included.
        for (var i = 0; i + 1 < query.Length; i++)
        {
            if (Joinable(query[i]) && Joinable(query[i + 1]) && query[i].Text.Length + query[i + 1].Text.Length >= 5)
            {
                var text = query[i].Text + query[i + 1].Text;
                var id = data.VocabularyByText.TryGetValue(text, out var known) ? known : -1;
                var syllabic = query[i].Syllabic && query[i + 1].Syllabic;
                var weight = query[i].Weight + query[i + 1].Weight;
                var pair = ((query[i].Variants | query[i + 1].Variants) & Tok.Abjad) == 0 && !query[i].Syllabic && !query[i + 1].Syllabic
                    && query[i].Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic
                    && query[i + 1].Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic;

                // Read as Mandarin (or Korean) syllables only when both parts are (the query's own tokens say whether its
                // name is).
                // The variant kinds are part of what is remembered; the skeleton is worked out only when the joined
                // spelling has not been looked up before.
                var mandarin = (query[i].Variants & query[i + 1].Variants & Tok.Mandarin) != 0;
                var korean = (query[i].Variants & query[i + 1].Variants & Tok.Korean) != 0;
                // Two words of a name in Arabic script written as one are an abjad spelling too: compared as a Latin word
                // (ayad + agh, ayadagh, key ATK) it met every listed abbreviation of that skeleton (ODK, ATC) at 0.93,
                // and such names crowded IYAD AG GHALI out of the candidates.
                var variants = (byte)((id >= 0 ? data.Vocabulary[id].Variants & Tok.PetForm : Hypocorisms.FullNamesOf(text).Length > 0 ? Tok.PetForm : 0)
                    | (mandarin && MandarinReadings.Readable(text) ? Tok.Mandarin : 0) | (korean && KoreanReadings.Readable(text) ? Tok.Korean : 0)
                    | (query[i].Variants & query[i + 1].Variants & Tok.Abjad));
                if (data.Neighbours.TryGetValue(MemoKey(text, TokenClass.Word, id >= 0, syllabic, deep: false, variants), out var remembered))
                {
                    PostNeighbours(remembered, weight, pair: pair, shortest: text.Length - 2);
                    continue;
                }

                var joined = new Tok(text, PhoneticKey.Of(text), TokenClass.Word, weight, 0f, id, syllabic, KnownVariants: variants);
                PostNeighbours(NeighboursOf(joined, deep: false), joined.Weight, pair: pair, shortest: text.Length - 2);
            }
        }

        // Three adjacent tokens that the list writes as one (Gaz-prom-bank / GAZPROMBANK): only as written, since their
        // near spellings would bring in many long words of which few come near.
        LookUpThreeJoined(query);
        LookUpAroundArticle(query);

        // Generic words (BANK, CAPITAL, SHIPPING) are not looked up when the query has name words: thousands of names
        // hold them. They still count for the names the name words found (IFD-CAPITAL: IFD-KAPITAL before IFD S.A.).
        if (strong)
        {
            if (!generic)
            {
                CountGenericWords(query);
            }

            CountInitials(query);
        }

        if (acronyms)
        {
            LookUpAcronyms(query);
            LookUpSyllables(query);
        }

        // Keep the best `limit` by estimated share of both names' weight, with a bounded min-heap, leaving out
        // names far behind the best estimate. A name left out does not set that bar: it is as if the index did not
        // hold it (leave-one-out would otherwise drop its entry's other names behind the very name left out). Each
        // name's estimate is worked out once, kept in the same order as the names, and its tally cleared at once: the
        // pass that keeps the best reads them in order instead of reading every tally and weight again.
        var bestEstimate = 0f;
        var estimates = this.estimates;
        estimates.Clear();
        var tallies = this.tallies;
        var nameWeights = data.NameWeight;
        var halfQueryWeight = 0.5f * queryWeight;
        foreach (var name in touched)
        {
            ref var tally = ref tallies[name];
            var estimate = tally.Accumulated / (halfQueryWeight + (0.5f * Math.Max(nameWeights[name], tally.Accumulated)));
            tally.Accumulated = 0f;
            estimates.Add(estimate);
            if (name != excludedName)
            {
                bestEstimate = Math.Max(bestEstimate, estimate);
            }
        }

        var floor = Math.Max(MinimumEstimate, bestEstimate - EstimateSpread);
        var heap = this.heap;
        heap.Clear();
        for (var k = 0; k < touched.Count; k++)
        {
            var name = touched[k];
            var estimate = estimates[k];
            if (name != excludedName && estimate >= floor)
            {
                KeepBest(heap, name, estimate, limit);
            }
        }

        var result = new List<int>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        AddInitialsBest(result, excludedName, halfQueryWeight, floor);

        // The names a rare acronym of the query abbreviates are scored whatever their estimate: the estimate counts
        // the acronym against all the words of the name and would leave them behind names of similar letters.
        foreach (var name in extras)
        {
            if (name != excludedName && !result.Contains(name))
            {
                result.Add(name);
            }
        }

        return result;
    }

    /// <summary>Keeps a name in a bounded min-heap of the <paramref name="limit"/> best estimates.</summary>
    private static void KeepBest(PriorityQueue<int, float> heap, int name, float estimate, int limit)
    {
        if (heap.Count < limit)
        {
            heap.Enqueue(name, estimate);
        }
        else if (heap.TryPeek(out _, out var lowest) && estimate > lowest)
        {
            heap.DequeueEnqueue(name, estimate);
        }
    }

    /// <summary>The most names the query's initials bring to scoring beside the candidates.</summary>
    private const int InitialsBest = 5;

    /// <summary>
    /// Adds to the candidates the names that come first when the query's initials are counted (<see cref="CountInitials"/>),
    /// at most <see cref="InitialsBest"/>: beside the candidates rather than among them, since a letter begins a word of
    /// many names and counted among them they would crowd out names the query's words found (written in Arabic script,
    /// <c>ح</c> for H. credited every name of a Hafez).
    /// </summary>
    private void AddInitialsBest(List<int> result, int excludedName, float halfQueryWeight, float floor)
    {
        if (initialCredit.Count == 0)
        {
            return;
        }

        var nameWeights = data.NameWeight;
        var heap = this.heap;
        heap.Clear();
        foreach (var (name, accumulated) in initialCredit)
        {
            var estimate = accumulated / (halfQueryWeight + (0.5f * Math.Max(nameWeights[name], accumulated)));
            if (name != excludedName && estimate >= floor)
            {
                KeepBest(heap, name, estimate, InitialsBest);
            }
        }

        while (heap.Count > 0)
        {
            var name = heap.Dequeue();
            if (!result.Contains(name))
            {
                result.Add(name);
            }
        }

        initialCredit.Clear();
    }

    private void LookUpTokens(Tok[] query, SimilarityCache cache, bool strong, bool generic)
    {
        for (var i = 0; i < query.Length; i++)
        {
            var token = query[i];
            if (token.Class is TokenClass.Title or TokenClass.Stopword
                || (strong && token.Class is not (TokenClass.Word or TokenClass.Patronymic or TokenClass.Number) && !(generic && token.Class == TokenClass.Generic)))
            {
                continue;
            }

            Lookup(i, token, cache);
            Accumulate(token.Weight);
            if (token.Text.Length >= 5 && (token.VocabId < 0 || data.Postings[token.VocabId].Length <= RareSplit))
            {
                splitOf = stamp;
                Split(token);
                EndSplit(token.Weight);
            }
            else if (token.Text.Length >= 5 && token.Class == TokenClass.Word)
            {
                splitOf = stamp;
                SplitArticle(token);
                EndSplit(token.Weight);
            }
        }
    }

    /// <summary>True when the query's generic words weigh more than its name words (and numbers) together.</summary>
    private static bool GenericOutweighs(Tok[] query)
    {
        float names = 0f, generic = 0f;
        foreach (var token in query)
        {
            if (token.Class == TokenClass.Generic)
            {
                generic += token.Weight;
            }
            else if (token.Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Number)
            {
                names += token.Weight;
            }
        }

        return generic > names;
    }

    /// <summary>Adds the query's generic words to the names found already (and to no other name).</summary>
    private void CountGenericWords(Tok[] query)
    {
        foreach (var token in query)
        {
            if (token.Class != TokenClass.Generic)
            {
                continue;
            }

            stamp = unchecked(stamp + 1);
            foreach (var (vocab, similarity, _) in NeighboursOf(token))
            {
                var value = TokenSimilarity.Graded(similarity) * token.Weight;
                foreach (var name in data.Postings[vocab])
                {
                    ref var tally = ref tallies[name];
                    if (tally.Accumulated > 0f && tally.LastToken != stamp)
                    {
                        tally.LastToken = stamp;
                        tally.Accumulated += value;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Works out what the query's initials add to the names found already that hold a word the initial begins, as a pair
    /// of the initial and that word weighs in scoring (<see cref="initialCredit"/>). An initial is not looked up (a letter
    /// begins thousands of words), but among the names its query's words found, those it stands for are worth scoring
    /// (<c>R. ABDALLAH</c>: the names of one word <c>Abdallah</c> came first, and ABDALLAH, Ramadan, which scores
    /// 0.888, was not among the candidates).
    /// </summary>
    private void CountInitials(Tok[] query)
    {
        Span<(char Letter, float Weight)> initials = stackalloc (char, float)[8];
        var count = 0;
        foreach (var token in query)
        {
            // A syllable read from Korean, Chinese or Japanese (이, i) is a name, not an initial, and a letter of a name
            // written in Arabic script is what is left of a word split (عبداله, abd al h). Two initials of one letter
            // (M. M.) count once: the second would credit the same word again.
            if (token.Class == TokenClass.Initial && !token.Syllabic && token.Script == 0 && (token.Variants & Tok.Abjad) == 0 && count < initials.Length
                && !HasLetter(initials[..count], token.Text[0]))
            {
                initials[count++] = (token.Text[0], token.Weight);
            }
        }

        if (count == 0)
        {
            return;
        }

        var graded = TokenSimilarity.Graded(TokenSimilarity.InitialOfName);
        foreach (var name in touched)
        {
            var accumulated = tallies[name].Accumulated;
            if (accumulated <= 0f)
            {
                continue;
            }

            var credit = 0f;
            foreach (var (letter, weight) in initials[..count])
            {
                // The heaviest word (or initial) of the name that the initial begins, as the pair scoring would choose.
                var best = 0f;
                foreach (var word in data.NameTokens[name])
                {
                    if (word.Text[0] == letter && word.Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Initial && word.Weight > best)
                    {
                        best = word.Weight;
                    }
                }

                credit += best > 0f ? graded * (weight + best) / 2f : 0f;
            }

            if (credit > 0f)
            {
                initialCredit.Add((name, accumulated + credit));
            }
        }
    }

    /// <summary>True when one of the query's initials counted already is <paramref name="letter"/>.</summary>
    private static bool HasLetter(ReadOnlySpan<(char Letter, float Weight)> initials, char letter)
    {
        foreach (var (other, _) in initials)
        {
            if (other == letter)
            {
                return true;
            }
        }

        return false;
    }

    private void Lookup(int index, in Tok token, SimilarityCache cache)
    {
        found.Clear();
        foreach (var (vocab, similarity, kind) in NeighboursOf(token))
        {
            cache.Set(index, vocab, (similarity, kind));

            // A listed initial that a query word begins with tells one letter of the word: it counts for the names
            // that hold it as much as the initial weighs, not the word (yuhua met y on 129 names, each credited with the
            // whole of yuhua, and those names crowded out SHI, Yuhua).
            var graded = TokenSimilarity.Graded(similarity);
            if (kind == AlignmentKind.Initial && token.Text.Length > 1)
            {
                graded *= Math.Min(1f, data.Vocabulary[vocab].Weight / Math.Max(token.Weight, 1e-3f));
            }

            // An abbreviation met by sound (fedyaev, and the VTB of VTB BANK: one skeleton) is no pair where the scoring
            // reads abbreviations as such (NameAligner.Score): the names it is none in are not credited with it. Before,
            // the thirty names of VTB filled the candidates of FEDYAEV, and FEDYAEV, Pavel was never scored.
            found.Add((vocab, graded, kind == AlignmentKind.Phonetic && NameAligner.AbbreviationMetBySound(token, data.Vocabulary[vocab])));
            foundSimilarity[vocab] = foundInQuery[vocab] == queryStamp ? Math.Max(foundSimilarity[vocab], similarity) : similarity;
            foundInQuery[vocab] = queryStamp;
        }
    }

    private void Accumulate(float weight)
    {
        stamp = unchecked(stamp + 1);
        foreach (var (vocab, graded, abbreviation) in found)
        {
            if (abbreviation)
            {
                PostWhereAbbreviationsMeet(vocab, graded * weight);
            }
            else
            {
                Post(vocab, graded * weight);
            }
        }
    }

    /// <summary>How many postings the last searches on this thread visited (for profiling).</summary>
    [ThreadStatic]
    internal static long PostingsVisited;

    /// <summary>Posts a vocabulary token's names as a token of its own (each name counts it once, whatever it counted
    /// before).</summary>
    private void PostAlone(int vocab, float value)
    {
        stamp = unchecked(stamp + 1);
        Post(vocab, value);
    }

    private void Post(int vocab, float value)
    {
        PostingsVisited += data.Postings[vocab].Length;
        foreach (var name in data.Postings[vocab])
        {
            PostName(name, value);
        }
    }

    /// <summary>
    /// Posts an abbreviation met by sound to the names where the scoring counts it as a pair, by the scoring's own rule
    /// (<see cref="NameAligner.AbbreviationsRead"/>): none when the query holds a legal form or a generic word, only
    /// persons' names when the query is not known to be a person's, and never a listed organisation's, vessel's or
    /// aircraft's abbreviation.
    /// </summary>
    private void PostWhereAbbreviationsMeet(int vocab, float value)
    {
        var kinds = data.NameKinds;
        var listedVowelless = data.Vocabulary[vocab].Vowelless;
        PostingsVisited += data.Postings[vocab].Length;
        foreach (var name in data.Postings[vocab])
        {
            var kind = kinds[name];
            if (!NameAligner.AbbreviationsRead(queryPersonal || kind == EntityKind.Person, queryHoldsOrganisationWords, IndexData.IsOrganisation(kind), listedVowelless))
            {
                PostName(name, value);
            }
        }
    }

    private void PostName(int name, float value)
    {
        ref var tally = ref tallies[name];
        if (tally.LastToken == stamp)
        {
            return;
        }

        // A name the token's own spellings met keeps their stamp through the split: what the split's parts post to it
        // is summed apart, and counts where it comes to more than the spelling did (EndSplit). SEA RHAPSODY met
        // searhapsody's spelling only as rhapsody, far (7.9 of 11.6), and the split's sea and rhapsody, the whole token,
        // were passed by.
        if (splitOf != 0 && tally.LastToken == splitOf)
        {
            if (tally.SplitPosted == 0f)
            {
                splitPosted.Add(name);
            }

            tally.SplitPosted += value;
            return;
        }

        tally.LastToken = stamp;
        tally.LastPosted = value;
        if (tally.Accumulated == 0f)
        {
            touched.Add(name);
        }

        tally.Accumulated += value;
    }

    /// <summary>Ends a query token's split (<see cref="splitOf"/>): a name its own spellings met counts what the split
    /// posted to it instead (no more than the token's <paramref name="weight"/>), where that is more.</summary>
    private void EndSplit(float weight)
    {
        foreach (var name in splitPosted)
        {
            ref var tally = ref tallies[name];
            var posted = Math.Min(tally.SplitPosted, weight);
            if (posted > tally.LastPosted)
            {
                tally.Accumulated += posted - tally.LastPosted;
            }

            tally.SplitPosted = 0f;
        }

        splitPosted.Clear();
        splitOf = 0;
    }

    /// <summary>The names a split posted to that the token's own spellings had met (<see cref="EndSplit"/>).</summary>
    private readonly List<int> splitPosted = [];

    /// <summary>A name's accumulated similarity in the current query, the last token that posted to it and what it
    /// posted, and what a split posted to it apart (<see cref="EndSplit"/>).</summary>
    private struct Tally
    {
        public float Accumulated;
        public int LastToken;
        public float LastPosted;
        public float SplitPosted;
    }
}
