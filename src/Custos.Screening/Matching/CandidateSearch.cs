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

    /// <summary>Per name, its accumulated similarity in the current query and the stamp of the last token that posted
    /// to it, side by side: a posting reads and writes both, so they share a cache line.</summary>
    private readonly Tally[] tallies;
    private readonly List<int> touched = [];

    /// <summary>The estimate of each name in <see cref="touched"/>, in the same order.</summary>
    private readonly List<float> estimates = [];
    private readonly List<(int Vocab, float Graded)> found = [];
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
    private int queryStamp;
    private readonly List<int> extras = [];
    private readonly PriorityQueue<int, float> heap = new();

    /// <summary>Per-thread scratch of the caller: each entry's best name in the current query.</summary>
    public Dictionary<int, (double NameScore, int Name)> BestPerEntry { get; } = [];

    /// <summary>Per-thread scratch of the caller: the scored entries of the current query.</summary>
    public List<(double Score, int Entry, int Name)> Scored { get; } = [];
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
    /// <param name="acronyms">True to look up acronyms (not for a query known to be a person's).</param>
    public List<int> Find(Tok[] query, SimilarityCache cache, int limit, int excludedName, bool acronyms = true)
    {
        touched.Clear();
        extras.Clear();
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

        // Name words and numbers first; when they find nothing (a misspelt short word), the generic words too.
        var strong = query.Any(t => t.Class is TokenClass.Word or TokenClass.Patronymic);
        LookUpTokens(query, cache, strong);
        if (touched.Count == 0 && strong)
        {
            LookUpTokens(query, cache, strong: false);
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

                // Read as Mandarin syllables only when both parts are (the query's own tokens say whether its name is).
                // The variant kinds are part of what is remembered; the skeleton is worked out only when the joined
                // spelling has not been looked up before.
                var mandarin = (query[i].Variants & query[i + 1].Variants & Tok.Mandarin) != 0;
                var variants = (byte)((id >= 0 ? data.Vocabulary[id].Variants & Tok.PetForm : Hypocorisms.FullNamesOf(text).Length > 0 ? Tok.PetForm : 0)
                    | (mandarin && MandarinReadings.Readable(text) ? Tok.Mandarin : 0));
                if (data.Neighbours.TryGetValue(MemoKey(text, TokenClass.Word, id >= 0, syllabic, deep: false, variants), out var remembered))
                {
                    PostNeighbours(remembered, weight);
                    continue;
                }

                var joined = new Tok(text, PhoneticKey.Of(text), TokenClass.Word, weight, 0f, id, syllabic, KnownVariants: variants);
                PostNeighbours(joined, joined.Weight, deep: false);
            }
        }

        // Three adjacent tokens that the list writes as one (Gaz-prom-bank / GAZPROMBANK): only as written, since their
        // near spellings would bring in many long words of which few come near.
        LookUpThreeJoined(query);

        // Generic words (BANK, CAPITAL, SHIPPING) are not looked up when the query has name words: thousands of names
        // hold them. They still count for the names the name words found (IFD-CAPITAL: IFD-KAPITAL before IFD S.A.).
        if (strong)
        {
            CountGenericWords(query);
        }

        if (acronyms)
        {
            LookUpAcronyms(query);
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
            if (token.Text.Length >= 5 && (token.VocabId < 0 || data.Postings[token.VocabId].Length <= RareSplit))
            {
                splitOf = stamp;
                Split(token);
                splitOf = 0;
            }
        }
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

    private void Lookup(int index, in Tok token, SimilarityCache cache)
    {
        found.Clear();
        foreach (var (vocab, similarity, kind) in NeighboursOf(token))
        {
            cache.Set(index, vocab, (similarity, kind));
            found.Add((vocab, TokenSimilarity.Graded(similarity)));
            foundInQuery[vocab] = queryStamp;
        }
    }

    /// <summary>
    /// Works out and remembers the neighbours of every vocabulary word a query in Latin letters may hold as a name word
    /// or a generic word, as the query would look it up (as written, and without its Mandarin reading where it has one),
    /// so that a screen searches only the words the lists do not hold.
    /// </summary>
    /// <param name="part">Which share of the vocabulary (every <paramref name="parts"/>-th word from this one).</param>
    /// <param name="parts">How many shares the work is split into.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>How many words were worked out.</returns>
    public int WarmUp(int part, int parts, CancellationToken cancellationToken)
    {
        var worked = 0;
        var vocabulary = data.Vocabulary;
        for (var v = part; v < vocabulary.Length; v += parts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var word = vocabulary[v];
            if (word.Class is not (TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic))
            {
                continue;
            }

            NeighboursOf(new Tok(word.Text, word.Key, word.Class, word.Weight, word.Information, v, KnownVariants: word.Variants));
            worked++;
            if ((word.Variants & Tok.Mandarin) != 0)
            {
                NeighboursOf(new Tok(word.Text, word.Key, word.Class, word.Weight, word.Information, v, KnownVariants: (byte)(word.Variants & ~Tok.Mandarin)));
            }
        }

        return worked;
    }

    /// <summary>The vocabulary neighbours of a token, remembered across queries.</summary>
    private (int Vocab, float Similarity, AlignmentKind Kind)[] NeighboursOf(in Tok token, bool deep = true)
    {
        var memoKey = MemoKey(token.Text, token.Class, token.VocabId >= 0, token.Syllabic, deep, token.Variants);
        if (!data.Neighbours.TryGetValue(memoKey, out var neighbours))
        {
            neighbours = Neighbours(token, deep);
            data.Remember(memoKey, neighbours);
        }

        return neighbours;
    }

    /// <summary>The key under which a token's neighbours are remembered: they depend on its class, on whether the
    /// corpus holds it, on whether it is syllabic, on how deep it was looked up, and on its variant kinds (the same
    /// spelling is read as Mandarin only in a name that is all Mandarin syllables: <c>chin</c> meets <c>jin</c> in
    /// <c>Chin Ping</c> and not in <c>Kim Chin-sok</c>, whichever query met it first).</summary>
    private static (string Text, int Variant) MemoKey(string text, TokenClass tokenClass, bool known, bool syllabic, bool deep, byte variants) =>
        (text, ((int)tokenClass * 8) + (known ? 1 : 0) + (syllabic ? 2 : 0) + (deep ? 4 : 0) + (variants << 7));

    /// <summary>Posts the names holding a neighbour of a token that is not itself a query token (a joined pair, the
    /// rest of a token after a particle).</summary>
    private void PostNeighbours(in Tok token, float weight, bool deep) => PostNeighbours(NeighboursOf(token, deep), weight);

    /// <summary>Posts the names holding the neighbours of a token that is not itself a query token, found already.</summary>
    private void PostNeighbours((int Vocab, float Similarity, AlignmentKind Kind)[] neighbours, float weight)
    {
        found.Clear();
        foreach (var (vocab, similarity, _) in neighbours)
        {
            // A word the query's own tokens found already counts once (abdulrahman al → abdulrahman).
            if (similarity >= JoinedMinimum && foundInQuery[vocab] != queryStamp)
            {
                found.Add((vocab, TokenSimilarity.Graded(similarity)));
            }
        }

        Accumulate(weight);
    }

    /// <summary>Posts the names holding three adjacent query tokens written as one word, as written (looked up as a
    /// span: nothing is allocated).</summary>
    private void LookUpThreeJoined(Tok[] query)
    {
        if (query.Length < 3)
        {
            return;
        }

        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i + 2 < query.Length; i++)
        {
            var length = query[i].Text.Length + query[i + 1].Text.Length + query[i + 2].Text.Length;
            if (length > buffer.Length || !Joinable(query[i]) || !Joinable(query[i + 1]) || !Joinable(query[i + 2]))
            {
                continue;
            }

            query[i].Text.AsSpan().CopyTo(buffer);
            query[i + 1].Text.AsSpan().CopyTo(buffer[query[i].Text.Length..]);
            query[i + 2].Text.AsSpan().CopyTo(buffer[(query[i].Text.Length + query[i + 1].Text.Length)..]);
            if (lookup.TryGetValue(buffer[..length], out var vocab))
            {
                PostAlone(vocab, query[i].Weight + query[i + 1].Weight + query[i + 2].Weight);
            }
        }
    }

    /// <summary>Acronyms both ways: a query token that is the initials of listed names (IRGC), and the query's
    /// initials as a listed token (Islamic Revolutionary Guard Corps → irgc).</summary>
    private void LookUpAcronyms(Tok[] query)
    {
        var graded = TokenSimilarity.Graded(Acronyms.Similarity);
        foreach (var token in query)
        {
            // An acronym of two letters stands for the initials of hundreds of names: only a rarer one is looked up.
            if (Acronyms.IsCandidate(token, personal: false) && data.NamesByAcronym.TryGetValue(token.Text, out var names)
                && names.Length <= MaxAcronymNames)
            {
                stamp = unchecked(stamp + 1);
                foreach (var name in names)
                {
                    PostName(name, graded * token.Weight);
                    if (names.Length <= MaxAcronymExtras && extras.Count < MaxAcronymExtras)
                    {
                        extras.Add(name);
                    }
                }
            }
        }

        foreach (var initials in Acronyms.Of(query))
        {
            if (initials.Length >= Acronyms.MinimumListed && data.VocabularyByText.TryGetValue(initials, out var vocab)
                && Acronyms.IsCandidate(data.Vocabulary[vocab], personal: false))
            {
                PostAlone(vocab, graded * data.Vocabulary[vocab].Weight);
            }
        }
    }

    /// <summary>A joined pair or the rest of a split token must be this close to a word to count: long spellings
    /// meet many words loosely.</summary>
    private const float JoinedMinimum = 0.85f;

    private static bool Joinable(in Tok token) => token.Class is not (TokenClass.Title or TokenClass.Stopword or TokenClass.Number or TokenClass.LegalForm);

    /// <summary>Gathers the vocabulary tokens filed under <paramref name="text"/> or one of its one-character deletions
    /// (looked up in two parts around the letter left out: nothing is copied or allocated).</summary>
    private void GatherDeletions(string text, DeletionIndex index)
    {
        // No name word is this long: a token of more characters is not looked up by its deletions.
        if (text.Length > MaxDeletionLookup)
        {
            return;
        }

        for (var skip = -1; skip < text.Length; skip++)
        {
            // Either letter of a doubled one deleted leaves the same spelling, looked up already.
            if (skip > 0 && text[skip] == text[skip - 1])
            {
                continue;
            }

            var found = skip < 0 ? index.Find(text, default) : index.Find(text.AsSpan(0, skip), text.AsSpan(skip + 1));
            foreach (var v in found)
            {
                Gather(v);
            }
        }
    }

    /// <summary>The longest token looked up by its deletions.</summary>
    private const int MaxDeletionLookup = 64;

    /// <summary>The vocabulary tokens near <paramref name="token"/> with a similarity worth anything, best first.</summary>
    private (int Vocab, float Similarity, AlignmentKind Kind)[] Neighbours(in Tok token, bool deep = true)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        NeighbourSearches++;
        try
        {
            return SearchNeighbours(token, deep);
        }
        finally
        {
            NeighbourTicks += System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
    }

    /// <summary>How many neighbour searches this thread made (for profiling).</summary>
    [ThreadStatic]
    internal static long NeighbourSearches;

    /// <summary>The time this thread spent in neighbour searches, in <see cref="System.Diagnostics.Stopwatch"/> ticks
    /// (for profiling).</summary>
    [ThreadStatic]
    internal static long NeighbourTicks;

    private (int Vocab, float Similarity, AlignmentKind Kind)[] SearchNeighbours(in Tok token, bool deep)
    {
        NextNeighbourSearch();
        gathered.Clear();
        if (token.VocabId >= 0)
        {
            Gather(token.VocabId);
        }

        if ((token.Key.Length >= 3 || token.Text.Length >= 5 || TokenSimilarity.IsVowelless(token.Text))
            && data.VocabularyByKey.TryGetValue(token.Key, out var sameKey))
        {
            foreach (var v in sameKey)
            {
                Gather(v);
            }
        }

        // A joined pair is looked up as written and by its skeleton only: its deletions would bring in many long words
        // of which few come near (and a query's first screen pays for each lookup).
        if (deep && token.Key.Length >= IndexBuilder.MinimumDeletionKey - 1)
        {
            GatherDeletions(token.Key, data.VocabularyByDeletion);
        }

        if (deep && token.Text.Length >= IndexBuilder.MinimumSpellingDeletion - 1)
        {
            GatherDeletions(token.Text, data.VocabularyBySpellingDeletion);
        }

        // A transcription through syllables (プーチン puchin, 普京 pujing) also finds the names of its loose skeleton.
        if (token.Syllabic && data.VocabularyByLooseKey.TryGetValue(PhoneticKey.Loose(token.Text), out var looseKey))
        {
            foreach (var v in looseKey)
            {
                Gather(v);
            }
        }

        // A word with an m misread as rn is also looked up as read back (Vadirn: vadim), by spelling, skeleton and
        // the spelling's deletions.
        if (token.Class == TokenClass.Word && token.Text.Contains("rn", StringComparison.Ordinal))
        {
            var read = token.Text.Replace("rn", "m", StringComparison.Ordinal);
            if (data.VocabularyByText.TryGetValue(read, out var readId))
            {
                Gather(readId);
            }

            if (data.VocabularyByKey.TryGetValue(PhoneticKey.Of(read), out var readKey))
            {
                foreach (var v in readKey)
                {
                    Gather(v);
                }
            }

            if (deep && read.Length >= IndexBuilder.MinimumSpellingDeletion - 1)
            {
                GatherDeletions(read, data.VocabularyBySpellingDeletion);
            }
        }

        // The listed words a query's last word, cut short, may begin (Tok.CutShort).
        if ((token.Variants & Tok.CutShort) != 0)
        {
            foreach (var v in data.WordsBeginning(token.Text))
            {
                Gather(v);
            }
        }

        // Spellings of the same name by knowledge: the full names a pet form shortens (Ted → Theodore, Edward) and the
        // Pinyin readings of a word in another romanisation of Mandarin (Hsi → Xi, Chinping → Jinping).
        if (token.Class == TokenClass.Word && token.Variants != 0)
        {
            foreach (var full in Hypocorisms.FullNamesOf(token.Text))
            {
                if (data.VocabularyByText.TryGetValue(full, out var v))
                {
                    Gather(v);
                }
            }

            foreach (var reading in MandarinReadings.Of(token.Text))
            {
                if (data.VocabularyByText.TryGetValue(reading, out var v))
                {
                    Gather(v);
                }
            }
        }

        // The words gathered are compared in the order they were found. Their spellings lie all over the heap, and a
        // comparison waiting for each word's memory in turn spent most of its time waiting: a first pass reads where
        // each one is (loads independent of each other, so the processor fetches many at once), the second compares.
        var vocabulary = data.Vocabulary;
        var letters = 0;
        foreach (var vocab in gathered)
        {
            ref readonly var word = ref vocabulary[vocab];
            letters += word.Text.Length + word.Key.Length;
        }

        lettersGathered = letters;
        var near = this.near;
        near.Clear();
        foreach (var vocab in gathered)
        {
            LastVocabularyConsidered++;
            ref readonly var word = ref vocabulary[vocab];

            // A name word near a particle (ayb / abu) brings no name: every name holding the particle would count it
            // in full, and a particle weighs next to nothing in the name it stands in.
            if (token.Class == TokenClass.Word && word.Class == TokenClass.Particle)
            {
                continue;
            }

            var (similarity, kind) = TokenSimilarity.Compare(token, word);
            if (TokenSimilarity.Graded(similarity) > 0f)
            {
                near.Add((vocab, similarity, kind));
            }
        }

        near.Sort(static (a, b) => b.Similarity.CompareTo(a.Similarity));
        return [.. near];
    }

    /// <summary>Adds a vocabulary token to those the current neighbour search compares, once.</summary>
    private void Gather(int vocab)
    {
        if (gatheredIn[vocab] != neighbourStamp)
        {
            gatheredIn[vocab] = neighbourStamp;
            gathered.Add(vocab);
        }
    }

    private void NextNeighbourSearch()
    {
        neighbourStamp = unchecked(neighbourStamp + 1);
        if (neighbourStamp == 0)
        {
            Array.Clear(gatheredIn);
            neighbourStamp = 1;
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

    /// <summary>A token the query writes as one that the list may write as two: both halves known words
    /// (SYRIANAIR / Syrian Air), or a particle and a name (ALKURD / al Kurd, ELKADDAFI / el-Qaddafi: the name is
    /// looked up with its variants).</summary>
    private void Split(in Tok token)
    {
        var text = token.Text;
        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();

        // Mandarin syllables of two letters (Yurong / Yu Rong, Lihua / Li Hua) split too, when both halves read as
        // Mandarin.
        var shortest = (token.Variants & Tok.Mandarin) != 0 ? 2 : 3;
        var split = false;
        for (var k = shortest; k <= text.Length - shortest; k++)
        {
            if (lookup.TryGetValue(text.AsSpan(0, k), out var left) && lookup.TryGetValue(text.AsSpan(k), out var right)
                && ((k >= 3 && text.Length - k >= 3) || (MandarinReadings.Readable(text[..k]) && MandarinReadings.Readable(text[k..]))))
            {
                PostAlone(left, token.Weight / 2f);
                PostAlone(right, token.Weight / 2f);
                split = true;
            }
        }

        // Two words written as one with one of them misspelt (KhhosroMOKHTARI, artemkourov): the longest listed name
        // word the token begins or ends with counts for its share of the letters, and the rest is looked up with its near
        // spellings for the remainder.
        if (!split && token.VocabId < 0 && text.Length >= MinimumPartSplit && LongestWordAtEitherEnd(text) is (>= 0 and var known, var atStart))
        {
            var length = data.Vocabulary[known].Text.Length;
            var share = (float)length / text.Length;
            PostAlone(known, token.Weight * share);
            var rest = atStart ? text[length..] : text[..^length];
            if (rest.Length >= 4)
            {
                var restTok = new Tok(rest, PhoneticKey.Of(rest), TokenClass.Word, token.Weight, 0f, lookup.TryGetValue(rest, out var restId) ? restId : -1);
                PostNeighbours(restTok, token.Weight * (1f - share), deep: true);
            }
        }

        // Three words written as one (KYRGYZTRANSAVIA / Kyrgyz Trans Avia), each part a known word.
        if (text.Length >= 9)
        {
            for (var k1 = 3; k1 <= text.Length - 6; k1++)
            {
                if (!lookup.TryGetValue(text.AsSpan(0, k1), out var first))
                {
                    continue;
                }

                for (var k2 = k1 + 3; k2 <= text.Length - 3; k2++)
                {
                    if (lookup.TryGetValue(text.AsSpan(k1, k2 - k1), out var second) && lookup.TryGetValue(text.AsSpan(k2), out var third))
                    {
                        PostAlone(first, token.Weight / 3f);
                        PostAlone(second, token.Weight / 3f);
                        PostAlone(third, token.Weight / 3f);
                    }
                }
            }
        }

        foreach (var particle in SplitParticles)
        {
            if (text.Length - particle.Length >= 3 && text.StartsWith(particle, StringComparison.Ordinal))
            {
                var rest = text[particle.Length..];
                var restTok = new Tok(rest, PhoneticKey.Of(rest), TokenClass.Word, token.Weight, 0f, lookup.TryGetValue(rest, out var id) ? id : -1);
                PostNeighbours(restTok, token.Weight, deep: true);
                break;
            }
        }
    }

    /// <summary>The longest listed name word of four letters or more (and three letters short of the whole at least)
    /// that <paramref name="text"/> begins or ends with, and whether it begins with it; -1 when none.</summary>
    private (int Vocab, bool AtStart) LongestWordAtEitherEnd(string text)
    {
        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = text.Length - 3; length >= 4; length--)
        {
            if (lookup.TryGetValue(text.AsSpan(0, length), out var prefix) && data.Vocabulary[prefix].Class is TokenClass.Word or TokenClass.Patronymic)
            {
                return (prefix, true);
            }

            if (lookup.TryGetValue(text.AsSpan(text.Length - length), out var suffix) && data.Vocabulary[suffix].Class is TokenClass.Word or TokenClass.Patronymic)
            {
                return (suffix, false);
            }
        }

        return (-1, false);
    }

    /// <summary>The shortest unknown token looked up as a listed word and a misspelt one written as one.</summary>
    private const int MinimumPartSplit = 8;

    /// <summary>Particles that lists write joined to the name they precede.</summary>
    private static readonly string[] SplitParticles = ["abdul", "abdel", "abdal", "abu", "abou", "al", "el", "ul", "bin", "ibn", "ben", "abd"];

    /// <summary>A known query token found on at most this many names is also tried split in two (a join the
    /// corpus holds once is as likely a join as a word).</summary>
    private const int RareSplit = 2;

    /// <summary>The most names an acronym of the query may bring in as candidates.</summary>
    private const int MaxAcronymNames = 200;

    /// <summary>An acronym that abbreviates at most this many names brings them all to full scoring.</summary>
    private const int MaxAcronymExtras = 8;

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

    private void PostName(int name, float value)
    {
        ref var tally = ref tallies[name];
        if (tally.LastToken == stamp)
        {
            return;
        }

        // A name the token's own spellings met keeps their stamp through the split, which passes it by.
        if (splitOf != 0 && tally.LastToken == splitOf)
        {
            return;
        }

        tally.LastToken = stamp;
        if (tally.Accumulated == 0f)
        {
            touched.Add(name);
        }

        tally.Accumulated += value;
    }

    /// <summary>A name's accumulated similarity in the current query and the last token that posted to it.</summary>
    private struct Tally
    {
        public float Accumulated;
        public int LastToken;
    }
}
