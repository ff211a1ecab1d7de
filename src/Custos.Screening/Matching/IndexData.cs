using System.Collections.Concurrent;
using Custos.Screening.Lists;
using Custos.Screening.Text;
using Custos.Screening.Wallets;

namespace Custos.Screening.Matching;

/// <summary>The arrays of a built index: entries, names as weighted tokens, the token vocabulary and its lookups.</summary>
internal sealed class IndexData
{
    public required ListEntry[] Entries { get; init; }

    /// <summary>For each name: the index of its entry.</summary>
    public required int[] NameEntry { get; init; }

    /// <summary>For each name: the list's name.</summary>
    public required ListName[] NameSource { get; init; }

    /// <summary>For each name: its tokens with weights and vocabulary ids.</summary>
    public required Tok[][] NameTokens { get; init; }

    /// <summary>For each name: its adjacent tokens written as one (<see cref="NameAligner.JoinedOf"/>), worked out the
    /// first time the name is scored (<see cref="JoinedOf"/>).</summary>
    public required (string Text, string Key)?[]?[] NameJoined { get; init; }

    /// <summary>The joined spellings of a name, worked out once and kept (a race works them out twice, alike).</summary>
    public (string Text, string Key)?[] JoinedOf(int name)
    {
        var joined = Volatile.Read(ref NameJoined[name]);
        if (joined is null)
        {
            joined = NameAligner.JoinedOf(NameTokens[name]);
            Interlocked.CompareExchange(ref NameJoined[name], joined, null);
        }

        return joined;
    }

    /// <summary>
    /// Reads where the candidates' tokens, spellings, keys, list names and entries are before they are scored. They lie
    /// all over the heap, and scoring one candidate after the other waited for each one's memory in turn; these loads
    /// do not depend on each other, so the processor fetches many at once (as the neighbour search does for the words it
    /// compares).
    /// </summary>
    /// <param name="names">The names about to be scored.</param>
    public void Touch(List<int> names)
    {
        var sum = 0;
        foreach (var name in names)
        {
            foreach (var token in NameTokens[name])
            {
                sum += token.Text.Length + token.Key.Length;
            }

            sum += (int)NameSource[name].Strength + (int)Entries[NameEntry[name]].Kind;
        }

        touchedSum = sum;
    }

    /// <summary>What <see cref="Touch"/> read (kept so that the reads are not optimised away).</summary>
    private int touchedSum;

    /// <summary>For each name, its tokens' letter sets (<see cref="TokenSimilarity.LetterSet"/>), each worked out the first
    /// time the name is scored (<see cref="LettersOf"/>); null until a name is.</summary>
    private TokenSimilarity.LetterSet[]?[]? nameLetters;

    /// <summary>The letter sets of a name's tokens, in their order, worked out once and kept (a race works them out twice,
    /// alike): a screen's comparison bound reads them instead of every candidate token's spelling and key.</summary>
    public TokenSimilarity.LetterSet[] LettersOf(int name)
    {
        var all = Volatile.Read(ref nameLetters);
        if (all is null)
        {
            Interlocked.CompareExchange(ref nameLetters, new TokenSimilarity.LetterSet[]?[NameTokens.Length], null);
            all = nameLetters!;
        }

        var letters = Volatile.Read(ref all[name]);
        if (letters is null)
        {
            var tokens = NameTokens[name];
            letters = new TokenSimilarity.LetterSet[tokens.Length];
            for (var i = 0; i < tokens.Length; i++)
            {
                letters[i] = TokenSimilarity.LetterSet.Of(tokens[i]);
            }

            Interlocked.CompareExchange(ref all[name], letters, null);
        }

        return letters;
    }

    /// <summary>For each name, the kind of its entry (worked out on first use; a race works it out twice, alike).</summary>
    private EntityKind[]? nameKinds;

    /// <summary>For each name, the kind of its entry: read for every name a token posts to in the candidate search, in
    /// one array instead of each name's entry.</summary>
    public EntityKind[] NameKinds
    {
        get
        {
            if (Volatile.Read(ref nameKinds) is { } known)
            {
                return known;
            }

            var kinds = new EntityKind[NameEntry.Length];
            for (var name = 0; name < kinds.Length; name++)
            {
                kinds[name] = Entries[NameEntry[name]].Kind;
            }

            Volatile.Write(ref nameKinds, kinds);
            return kinds;
        }
    }

    /// <summary>True when a name is an organisation's, a vessel's or an aircraft's.</summary>
    public static bool IsOrganisation(EntityKind kind) => kind is EntityKind.Organization or EntityKind.Vessel or EntityKind.Aircraft;

    /// <summary>For each name: the sum of its token weights.</summary>
    public required float[] NameWeight { get; init; }

    /// <summary>For each vocabulary token (distinct text): the token as it first appeared (text, key, class).</summary>
    public required Tok[] Vocabulary { get; init; }

    /// <summary>For each vocabulary token: the names holding it, ascending.</summary>
    public required int[][] Postings { get; init; }

    public required Dictionary<string, int> VocabularyByText { get; init; }

    public required Dictionary<string, int[]> VocabularyByKey { get; init; }

    /// <summary>The loose skeletons of name words (<see cref="Text.PhoneticKey.Loose"/>) → vocabulary ids, for query tokens
    /// transliterated from a syllabic script.</summary>
    public required Dictionary<string, int[]> VocabularyByLooseKey { get; init; }

    /// <summary>Phonetic keys of four or more symbols and their one-symbol deletions → vocabulary ids (a SymSpell index).</summary>
    public required DeletionIndex VocabularyByDeletion { get; init; }

    /// <summary>Spellings of five or more letters and their one-letter deletions → vocabulary ids (typos).</summary>
    public required DeletionIndex VocabularyBySpellingDeletion { get; init; }

    /// <summary>Set once, on first use; threads that race build the same order (a reference is written whole).</summary>
    private VocabularyInOrder? vocabularyInOrder;

    /// <summary>The vocabulary words that begin with <paramref name="prefix"/> (the word itself included when it is
    /// one): a range of the vocabulary ids in ordinal order of their spellings, sorted on first use.</summary>
    /// <param name="prefix">The beginning of a word, in lower-case ASCII.</param>
    public ReadOnlySpan<int> WordsBeginning(string prefix)
    {
        var (heads, texts, ids) = vocabularyInOrder ??= VocabularyInOrder.Of(Vocabulary);

        // The range of words whose first eight letters begin with the prefix's, searched on the packed letters (an
        // array of numbers: a search through the spellings themselves waited on memory at every step), then narrowed
        // on the spellings for a longer prefix.
        var start = Search(heads, Head(prefix, 0), past: false);
        var end = Search(heads, Head(prefix, 0xFF), past: true);
        if (prefix.Length > sizeof(ulong))
        {
            while (start < end && !texts[start].StartsWith(prefix, StringComparison.Ordinal))
            {
                start++;
            }

            var last = start;
            while (last < end && texts[last].StartsWith(prefix, StringComparison.Ordinal))
            {
                last++;
            }

            end = last;
        }

        return ids.AsSpan(start, end - start);
    }

    /// <summary>The first eight characters of <paramref name="text"/> (each below 256), one byte each, first character
    /// highest, the bytes past its end set to <paramref name="fill"/>: in the order of ordinal comparison.</summary>
    private static ulong Head(string text, byte fill)
    {
        var head = 0UL;
        for (var i = 0; i < sizeof(ulong); i++)
        {
            head = (head << 8) | (i < text.Length ? Math.Min(text[i], (char)0xFF) : fill);
        }

        return head;
    }

    /// <summary>In ascending <paramref name="values"/>, the first index whose value is at least <paramref name="value"/>,
    /// or (<paramref name="past"/>) above it.</summary>
    private static int Search(ulong[] values, ulong value, bool past)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (values[middle] < value || (past && values[middle] == value))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The vocabulary's spellings in ordinal order, with their ids and their first eight letters packed
    /// (<see cref="Head"/>).</summary>
    private sealed record VocabularyInOrder(ulong[] Heads, string[] Texts, int[] Ids)
    {
        public static VocabularyInOrder Of(Tok[] vocabulary)
        {
            var texts = new string[vocabulary.Length];
            var ids = new int[vocabulary.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                texts[i] = vocabulary[i].Text;
                ids[i] = i;
            }

            Array.Sort(texts, ids, StringComparer.Ordinal);
            return new VocabularyInOrder([.. texts.Select(t => Head(t, 0))], texts, ids);
        }
    }

    /// <summary>Set on first use (<see cref="LatinWordsBySkeleton"/>).</summary>
    private Dictionary<string, int[]>? latinWordsBySkeleton;

    /// <summary>The name words not written in Arabic script by their consonant skeleton (<see cref="AbjadSkeleton.OfLatin"/>),
    /// for a query word written in Arabic script; built on first use, by the first such query (a race builds it twice,
    /// alike).</summary>
    public Dictionary<string, int[]> LatinWordsBySkeleton => latinWordsBySkeleton ??= LatinSkeletons();

    private Dictionary<string, int[]> LatinSkeletons() => IndexBuilder.Group(Vocabulary
        .Where(w => w.Class is TokenClass.Word or TokenClass.Patronymic && w.Text.Length >= 2 && (w.Variants & Tok.Abjad) == 0)
        .Select(w => (AbjadSkeleton.OfLatin(w.Text).Key, w.VocabId))
        .Where(w => w.Key.Length > 0));

    /// <summary>Set on first use (<see cref="WordsByKoreanReading"/>).</summary>
    private Dictionary<string, int[]>? wordsByKoreanReading;

    /// <summary>The name words that split into Korean syllables by their readings (<see cref="KoreanReadings.Of"/>), for
    /// a query word in a name that reads as Korean; built on first use, by the first such query (a race builds it twice,
    /// alike).</summary>
    public Dictionary<string, int[]> WordsByKoreanReading => wordsByKoreanReading ??= KoreanWords();

    private Dictionary<string, int[]> KoreanWords() => IndexBuilder.Group(Vocabulary
        .Where(w => w.Class == TokenClass.Word && (w.Variants & Tok.Korean) != 0)
        .SelectMany(w => KoreanReadings.Of(w.Text).Select(reading => (reading, w.VocabId))));

    /// <summary>Set on first use (<see cref="NamesBySyllables"/>).</summary>
    private Dictionary<string, int[]>? namesBySyllables;

    /// <summary>The names not of persons by the beginnings of their adjacent words (<see cref="Acronyms.SyllableKeys"/>),
    /// for a query word that may be made of them (<see cref="Acronyms.Syllables"/>); built on first use, by the first
    /// such query (a race builds it twice, alike).</summary>
    public Dictionary<string, int[]> NamesBySyllables => namesBySyllables ??= IndexBuilder.Group(Enumerable.Range(0, NameTokens.Length)
        .Where(n => Entries[NameEntry[n]].Kind != EntityKind.Person)
        .SelectMany(n => Acronyms.SyllableKeys(NameTokens[n]).Select(key => (key, n))));

    /// <summary>The acronyms the names of organisations, vessels and aircraft could be written as (see
    /// <see cref="Acronyms.Of"/>) → the names.</summary>
    public required Dictionary<string, int[]> NamesByAcronym { get; init; }

    /// <summary>For each entry: its countries (nationality, citizenship; addresses for non-persons), normalised.</summary>
    public required string[][] EntryCountries { get; init; }

    public required TokenRarity Rarity { get; init; }

    /// <summary>
    /// The vocabulary neighbours of query tokens already seen (token text → vocabulary ids with their similarity),
    /// filled as queries arrive and shared by all threads: names repeat across customers, so most query tokens are
    /// looked up once. Bounded: past <see cref="MaxRemembered"/> tokens new ones are computed and not kept.
    /// </summary>
    public ConcurrentDictionary<(string Text, int Variant), (int Vocab, float Similarity, AlignmentKind Kind)[]> Neighbours { get; } = new();

    public const int MaxRemembered = 500_000;

    private int remembered;

    /// <summary>Remembers a query token's neighbours unless <see cref="MaxRemembered"/> are already kept (counted
    /// without taking the dictionary's locks).</summary>
    public void Remember((string Text, int Variant) token, (int Vocab, float Similarity, AlignmentKind Kind)[] neighbours)
    {
        if (Volatile.Read(ref remembered) < MaxRemembered && Neighbours.TryAdd(token, neighbours))
        {
            Interlocked.Increment(ref remembered);
        }
    }

    public required Dictionary<string, WalletHit[]> Wallets { get; init; }
}
