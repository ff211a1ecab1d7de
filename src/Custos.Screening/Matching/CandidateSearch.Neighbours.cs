using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>The neighbour search: the vocabulary words near a query token, gathered by spelling, skeleton, their
/// deletions and variants, compared once and remembered (<see cref="IndexData.Neighbours"/>).</summary>
internal sealed partial class CandidateSearch
{
    /// <summary>Letters a transliteration writes for another, by which a query word is also looked up as written
    /// (<see cref="SearchNeighbours"/>).</summary>
    private static readonly (string Written, string Other)[] TransliteratedLookups = [("dj", "j"), ("ks", "x")];

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

            // As most queries hold the word: not in a name that reads as Korean (Tok.Korean), in or not in a name of
            // Mandarin syllables, with respellings of Cyrillic by its letters (a listed word's mark says where it stands).
            var variants = (byte)((word.Variants & ~(Tok.Korean | Tok.Cyrillic)) | (CyrillicSpellings.Any(word.Text) ? Tok.Cyrillic : 0));
            NeighboursOf(word.WithVariants(variants));
            worked++;
            if ((variants & Tok.Mandarin) != 0)
            {
                NeighboursOf(word.WithVariants((byte)(variants & ~Tok.Mandarin)));
            }
        }

        return worked;
    }

    /// <summary>
    /// How many names hold the Latin spellings that a word transliterated from Arabic script most likely is: those its
    /// neighbour search met by their skeleton (<see cref="AlignmentKind.Abjad"/>) at the best similarity, all of them; -1
    /// when it met none. A word the lists do not hold is otherwise weighed by its phonetic key, which keeps no short vowel
    /// and so tells little of a spelling without them: محمودي (mhmwdy, key MT) weighed as Muhammad does (3.8 where
    /// Mahmoudi weighs 9.5), and the names of one word Mahmud took the candidates of MAHMOUDI, Mohammad. The neighbours
    /// are remembered, so the search that follows does not look them up again.
    /// </summary>
    /// <param name="token">A query word transliterated from Arabic script, with its variant kinds.</param>
    public int LatinSpellingFrequency(in Tok token)
    {
        var best = 0f;
        var frequency = -1;
        foreach (var (vocab, similarity, kind) in NeighboursOf(token))
        {
            if (kind != AlignmentKind.Abjad || similarity < best)
            {
                continue;
            }

            frequency = similarity > best ? data.Postings[vocab].Length : frequency + data.Postings[vocab].Length;
            best = similarity;
        }

        return frequency;
    }

    /// <summary>The vocabulary neighbours of a token, remembered across queries.</summary>
    private (int Vocab, float Similarity, AlignmentKind Kind)[] NeighboursOf(in Tok token, bool deep = true)
    {
        var memoKey = MemoKey(token.Text, token.Class, token.VocabId >= 0, token.Syllabic, deep, token.Variants, token.Script != 0);
        if (!data.Neighbours.TryGetValue(memoKey, out var neighbours))
        {
            neighbours = Neighbours(token, deep);
            data.Remember(memoKey, neighbours);
        }

        return neighbours;
    }

    /// <summary>The key under which a token's neighbours are remembered: they depend on its class, on whether the
    /// corpus holds it, on whether it is syllabic, on how deep it was looked up, on its variant kinds (the same
    /// spelling is read as Mandarin only in a name that is all Mandarin syllables: <c>chin</c> meets <c>jin</c> in
    /// <c>Chin Ping</c> and not in <c>Kim Chin-sok</c>, whichever query met it first), and on whether it was read from
    /// Han, Hangul or kana (such a word is not respelt as Latin transliterations are).</summary>
    private static (string Text, int Variant) MemoKey(string text, TokenClass tokenClass, bool known, bool syllabic, bool deep, byte variants, bool scripted = false) =>
        (text, ((int)tokenClass * 8) + (known ? 1 : 0) + (syllabic ? 2 : 0) + (deep ? 4 : 0) + (variants << 7) + (scripted ? 1 << 16 : 0));

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

        var ownKeyLooked = token.Key.Length >= 3 || token.Text.Length >= 5 || TokenSimilarity.IsVowelless(token.Text);
        if (ownKeyLooked && data.VocabularyByKey.TryGetValue(token.Key, out var sameKey))
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

        // A short word, too short for the words of its deletions, is looked up in the spellings transliterations give
        // it (syna: sina, nur: noor): one the lists do not hold, and one they hold written in Latin letters (sein: zein;
        // before, a listed word of a key of two symbols found only itself, and mohamed el sein never met EL ZEIN,
        // Mohamed). Not a word read from Han, Hangul or kana, nor from Arabic script, whose readings these are not (hun:
        // khun met the Korean 상훈 with KHUN, Saeng).
        if (deep && (token.VocabId < 0 || (token.Script == 0 && (token.Variants & Tok.Abjad) == 0)) && token.Class == TokenClass.Word && token.Text.Length is >= 3 and < IndexBuilder.MinimumSpellingDeletion)
        {
            GatherRespellings(token.Text);
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

        // Across scripts: a word transliterated from Arabic script and the Latin spellings of its consonants (جمال
        // jmal: Djamel, Gamal; AbjadSkeleton). Not the other way: a name the lists write in Arabic script is listed in
        // Latin letters too, and a Latin query finds it there.
        if ((token.Variants & Tok.Abjad) != 0 && token.Class is TokenClass.Word or TokenClass.Patronymic && token.Text.Length >= 2)
        {
            GatherLatinSpellings(token);
        }

        // In a name that reads as Korean, the listed words with the same syllables in another romanisation (jeong: jong,
        // eun: un).
        if ((token.Variants & Tok.Korean) != 0 && token.Class == TokenClass.Word)
        {
            GatherKoreanReadings(token.Text);
        }

        // A word in a German, Polish or French transliteration of Cyrillic: the listed words near each of its respellings
        // (jewgeni: yevgeni; prigoschin: prigoshin, prigozhin), by spelling and skeleton.
        if ((token.Variants & Tok.Cyrillic) != 0 && token.Class is TokenClass.Word or TokenClass.Patronymic)
        {
            GatherRespelled(token.Respellings, ownKeyLooked ? token.Key : null);
        }

        // A Latin word with a letter of Arabic that another language writes otherwise (ArabicConsonants: reza / redha,
        // nazir / nadhir, usman / uthman): the listed words spelt so.
        if (deep && token.InLatinLetters && token.Text.Length is >= TokenSimilarity.ShortestArabicSpelling and <= TokenSimilarity.LongestArabicSpelling
            && (token.Letters & (Tok.HasZ | Tok.HasTh | Tok.HasS | Tok.HasD)) != 0)
        {
            GatherArabicRespellings(token.Text);
        }

        // A French dj for a j (fadjr: FAJR, hadj: HAJ), whose listed spelling is often too short for the deletions to
        // find, and a ks for an x (ksiaohong, as Russian letters spell Xiaohong: XIAOHONG, whose phonetic key is
        // another); TokenSimilarity.TransliteratedEqual compares them.
        if (deep && token.InLatinLetters)
        {
            foreach (var (written, other) in TransliteratedLookups)
            {
                if (token.Text.Contains(written, StringComparison.Ordinal)
                    && data.VocabularyByText.TryGetValue(token.Text.Replace(written, other, StringComparison.Ordinal), out var respelt))
                {
                    Gather(respelt);
                }
            }
        }

        // A word the lists do not hold near a number word: the number the lists' names write it as (thri: the 3 of A THREE
        // ENERGY FZE). Not a listed word, most likely meant as written (ones, of THE NOBLE ONES, brought every name of a 1).
        if (deep && token.VocabId < 0 && token.Class is TokenClass.Word or TokenClass.Generic && token.Text.Length >= 3 && token.Script == 0)
        {
            GatherNumbers(token.Text);
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
            GatherSpelled(Hypocorisms.FullNamesOf(token.Text));
            GatherSpelled(MandarinReadings.Of(token.Text));

            // A given name's forms in other languages (Michael: Mikhail, Mykhailo, Miguel), by spelling only: by their
            // skeletons too, a name's first screen took about a fifth more (a common given name's forms have many
            // words of their skeletons), for one alias more.
            if ((token.Variants & Tok.OtherForms) != 0)
            {
                GatherSpelled(GivenNames.FormsOf(token.Text));
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
            // in full, and a particle weighs next to nothing in the name it stands in. The word itself does: a name of
            // particles alone has them as its words (أبو دعاء, abw da), and the vocabulary keeps the class it met first.
            if (token.Class == TokenClass.Word && word.Class == TokenClass.Particle && vocab != token.VocabId)
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

    /// <summary>Gathers the Latin name words that share a consonant skeleton with <paramref name="token"/>, a word
    /// transliterated from Arabic script (<see cref="AbjadSkeleton.OfAbjad"/>).</summary>
    private void GatherLatinSpellings(in Tok token)
    {
        var latin = data.LatinWordsBySkeleton;
        foreach (var skeleton in AbjadSkeleton.OfAbjad(token.Text))
        {
            if (latin.TryGetValue(skeleton.Key, out var words))
            {
                foreach (var v in words)
                {
                    Gather(v);
                }
            }
        }
    }

    /// <summary>Gathers the numbers the lists hold whose English words are one or two letters from <paramref name="text"/>
    /// (<see cref="WordLists.NumberSpellings"/>): compared by their spellings (<see cref="TokenSimilarity.Compare"/>).</summary>
    private void GatherNumbers(string text)
    {
        foreach (var (digits, spellings) in WordLists.NumberSpellings)
        {
            foreach (var (spelling, _) in spellings)
            {
                if (Math.Abs(spelling.Length - text.Length) <= 2 && (spelling[0] == text[0] || spelling[^1] == text[^1])
                    && TokenSimilarity.Distance(text, spelling, 2) <= 2 && data.VocabularyByText.TryGetValue(digits, out var number))
                {
                    Gather(number);
                    break;
                }
            }
        }
    }

    /// <summary>Gathers the listed words spelt as one of <paramref name="spellings"/>.</summary>
    private void GatherSpelled(string[] spellings)
    {
        foreach (var spelling in spellings)
        {
            if (data.VocabularyByText.TryGetValue(spelling, out var id))
            {
                Gather(id);
            }
        }
    }

    /// <summary>Gathers the listed words that share a reading with <paramref name="text"/> (<see cref="KoreanReadings"/>).</summary>
    private void GatherKoreanReadings(string text)
    {
        var byReading = data.WordsByKoreanReading;
        foreach (var reading in KoreanReadings.Of(text))
        {
            if (byReading.TryGetValue(reading, out var words))
            {
                foreach (var v in words)
                {
                    Gather(v);
                }
            }
        }
    }

    /// <summary>Gathers the listed words near a word's <paramref name="respellings"/> (<see cref="Tok.Respellings"/>):
    /// by their spellings, and by their skeletons of three symbols or more where they differ from the word's own
    /// (<paramref name="ownKey"/>, when it was looked up already) and from each other's (<c>w</c> and <c>v</c>, <c>cz</c> and
    /// <c>ch</c> have one). Not by the skeletons' deletions: a respelling is the lists' spelling or one letter from it, and
    /// looking up their deletions compared 8 % more words in a name's first screen and changed nothing the evaluation
    /// could tell.</summary>
    private void GatherRespelled((string Text, string Key)[] respellings, string? ownKey)
    {
        for (var r = 0; r < respellings.Length; r++)
        {
            var (respelled, key) = respellings[r];
            if (data.VocabularyByText.TryGetValue(respelled, out var id))
            {
                Gather(id);
            }

            if (key.Length < TokenSimilarity.ShortestRespelledKey || string.Equals(key, ownKey, StringComparison.Ordinal) || KeyAmongFirst(respellings, r, key))
            {
                continue;
            }

            if (data.VocabularyByKey.TryGetValue(key, out var sameKey))
            {
                foreach (var v in sameKey)
                {
                    Gather(v);
                }
            }
        }
    }

    /// <summary>Gathers the listed words spelt as <paramref name="text"/> is in another language's letters for Arabic
    /// (<see cref="ArabicConsonants.RespellingsOf"/>), as written only: by their skeletons too, a name's first screen
    /// took about a fifth more (most words hold an s, a d or a z, and a skeleton's words are many).</summary>
    private void GatherArabicRespellings(string text)
    {
        foreach (var respelled in ArabicConsonants.RespellingsOf(text))
        {
            if (data.VocabularyByText.TryGetValue(respelled, out var id))
            {
                Gather(id);
            }
        }
    }

    /// <summary>True when one of the first <paramref name="count"/> respellings has <paramref name="key"/>.</summary>
    private static bool KeyAmongFirst((string Text, string Key)[] respellings, int count, string key)
    {
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(respellings[i].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Letters that transliterations write one for the other (<c>Sina</c> / <c>Syna</c>, <c>Nur</c> / <c>Noor</c> /
    /// <c>Nour</c>, <c>Qasim</c> / <c>Kasim</c>, <c>Zia</c> / <c>Sia</c>): a short word is looked up, as written, with one
    /// of them replaced. Words of five letters or more meet these through their deletions and skeletons.
    /// </summary>
    private static readonly (string From, string To)[] Respellings =
    [
        ("y", "i"), ("i", "y"), ("ee", "i"), ("i", "ee"), ("u", "ou"), ("ou", "u"), ("u", "oo"), ("oo", "u"), ("c", "k"),
        ("k", "c"), ("q", "k"), ("k", "q"), ("ph", "f"), ("f", "ph"), ("s", "z"), ("z", "s"), ("v", "w"), ("w", "v"),
        ("j", "y"), ("y", "j"), ("kh", "h"), ("h", "kh"), ("e", "i"), ("i", "e"), ("o", "u"), ("u", "o"),
    ];

    /// <summary>Gathers the listed words that a short word is with one of <see cref="Respellings"/> made.</summary>
    private void GatherRespellings(string text)
    {
        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[text.Length + 2];
        foreach (var (from, to) in Respellings)
        {
            for (var at = text.IndexOf(from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(from, at + 1, StringComparison.Ordinal))
            {
                var length = text.Length - from.Length + to.Length;
                text.AsSpan(0, at).CopyTo(buffer);
                to.AsSpan().CopyTo(buffer[at..]);
                text.AsSpan(at + from.Length).CopyTo(buffer[(at + to.Length)..]);
                if (lookup.TryGetValue(buffer[..length], out var vocab))
                {
                    Gather(vocab);
                }
            }
        }
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
}
