namespace Custos.Screening.Text;

/// <summary>
/// Collapses legal forms written in words into one canonical token (<c>limited liability company</c> → <c>llc</c>).
/// Phrases are compared on the phonetic keys of their words, so transliterations meet; in any order (a reordered
/// name keeps its legal form); and a word of five or more key symbols one edit away from a legal-form word counts as
/// that word (<c>obshchescvo</c>), so a typo does not turn a legal form into rare name words. A phrase of three words
/// or more with one word left out still counts (<c>limited liability</c>, <c>obshchestvo s otvetstvennostyu</c>): the
/// words left would otherwise be rare words of names, since the lists only ever write them in the whole phrase.
/// </summary>
internal static class LegalForms
{
    private const int MinimumCorrectedKey = 5;
    private const int LongestPhrase = 6;

    /// <summary>The words of the legal-form phrases, distinct, as written.</summary>
    private static readonly string[] PhraseWords = [.. WordLists.LegalFormPhrases.SelectMany(p => p.Phrase.Split(' ')).Distinct()];

    /// <summary>Sorted, space-joined word keys of each phrase → its canonical form.</summary>
    private static readonly Dictionary<string, string> Phrases = BuildPhrases();

    /// <summary>The same for the phrases of three words or more with one word left out (<see cref="BuildPartialPhrases"/>).</summary>
    private static readonly Dictionary<string, string> PartialPhrases = BuildPartialPhrases();

    /// <summary>Keys of legal-form words (five symbols or more) and their one-symbol deletions → the word's key.</summary>
    private static readonly Dictionary<string, string> Corrections = BuildCorrections();

    private static readonly (string Synonym, string Canonical)[] LongSynonyms =
        [.. WordLists.LegalFormSynonyms.Where(s => s.Key.Length >= 7).Select(s => (s.Key, s.Value))];

    private static readonly HashSet<string> PhraseWordKeys =
        [.. PhraseWords.Select(MatchKey)];

    /// <summary>Legal-form words long enough to be told apart inside a word they were run into (<c>companytrimix</c>,
    /// <c>sininlimited</c>, <c>obshchestvoelektron</c>), with at least three other letters.</summary>
    private static readonly string[] RunInWords =
        ["company", "limited", "liability", "corporation", "incorporated", "obshchestvo", "aktsionernoe", "otvetstvennostyu"];

    /// <summary>Legal forms that end no word of a name, told apart at the end of one (<c>gaviotasltda</c>,
    /// <c>raizooo</c>, <c>dhawipvt</c>, <c>azotoao</c>, <c>oiljv</c>, a Bulgarian <c>eood</c>), with at least two other letters. Not those that end words of the
    /// lists' names: <c>sa</c> (Aqsa), <c>ag</c> (Predrag), <c>sas</c> (Casas), <c>sal</c> (Faisal), <c>sro</c> (Khosro),
    /// <c>doo</c>, <c>zao</c>, <c>corp</c> (Fincorp); nor <c>pte</c>, the end of a name cut short (KOPTE for KOPTEV).</summary>
    private static readonly string[] RunInEndings =
        ["ltda", "ltd", "llc", "ooo", "gmbh", "pjsc", "ojsc", "cjsc", "jsc", "oao", "pvt", "plc", "srl", "sarl", "fze", "fzco", "kft", "zrt", "dmcc",
            "eood", "jv"];

    /// <summary>Legal forms that begin no word of a name, told apart at the start of one (<c>ooosolar</c>,
    /// <c>jscvostok</c>), with at least three other letters. Not those that begin words of the lists' names: <c>ao</c>
    /// (Aoun), <c>pao</c>, <c>zao</c> (Zaozhuang), <c>too</c>, <c>tov</c> (Tovar), <c>oao</c>.</summary>
    private static readonly string[] RunInStarts = ["ooo", "llc", "ltd", "gmbh", "pjsc", "ojsc", "cjsc", "jsc"];

    /// <summary>Legal-form words as written: canonical forms, one-word synonyms and the words of phrases.</summary>
    private static readonly HashSet<string> LegalWords = new(
        [.. WordLists.LegalForms, .. WordLists.LegalFormSynonyms.Keys, .. PhraseWords],
        StringComparer.Ordinal);

    /// <summary>The phonetic keys of six symbols or more of the words of phrases of eight letters or more, on which
    /// spellings of them meet (<c>ogranichennoi</c>, <c>ogranichennoy</c>). Shorter keys are met by too many joined
    /// words (<c>obshchestvo avia</c> has the key of <c>obshchestvo</c>).</summary>
    private static readonly HashSet<string> LongPhraseWordKeys =
        [.. PhraseWords.Where(w => w.Length >= 8).Select(PhoneticKey.Of).Where(k => k.Length >= 6)];

    /// <summary>The first three letters of the legal-form words of six letters or more (<see cref="StartsLikeALongLegalWord"/>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LongLegalWordStarts =
        new HashSet<string>(LegalWords.Where(w => w.Length >= 6).Select(w => w[..3]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first three letters of the legal-form words of four letters or more, and the last two of those of
    /// three or more (<see cref="SplitRunIn"/>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalWordStarts =
        new HashSet<string>(LegalWords.Where(w => w.Length >= 4).Select(w => w[..3]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalWordEnds =
        new HashSet<string>(LegalWords.Where(w => w.Length >= 3).Concat(RunInEndings).Select(w => w[^2..]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary><see cref="LegalWords"/> looked up by a part of a word, without making a string of it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LegalWordParts = LegalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words shorter than this match a legal-form phrase only as written: on phonetic keys <c>Sophia Souza</c>
    /// would be <c>sp zoo</c> and <c>Shaykh Sahib</c> too.</summary>
    private const int MinimumKeyedWord = 4;

    private static string MatchKey(string word) => word.Length < MinimumKeyedWord ? Literal(word) : PhoneticKey.Of(word);

    /// <summary>The words of phrases of four or five letters (<c>joint</c>, <c>stock</c>, <c>open</c>).</summary>
    private static readonly string[] ShortPhraseWords =
        [.. PhraseWords.Where(w => w.Length is >= MinimumKeyedWord and < MinimumPartialKeyedWord)];

    /// <summary>
    /// How a word of four or five letters is matched against phrases: as the phrase word it is or is one edit from
    /// (<c>stok</c>, <c>joitn</c>), otherwise not at all. Its phonetic key would be too loose: <c>black</c> has the key
    /// of <c>public</c> (<c>joint stock company black sea bank</c> lost <c>black</c> to a public joint-stock company) and
    /// <c>city</c> that of <c>sociedad</c> (<c>city limited</c> was a <c>sociedad limitada</c>).
    /// </summary>
    private static string ShortWordKey(string word, string key)
    {
        if (IsLegalWord(word))
        {
            return key;
        }

        foreach (var phraseWord in ShortPhraseWords)
        {
            // One edit keeps the first letter or the last.
            if (Math.Abs(phraseWord.Length - word.Length) <= 1 && (word[0] == phraseWord[0] || word[^1] == phraseWord[^1])
                && Matching.TokenSimilarity.Distance(word, phraseWord, 1) <= 1)
            {
                return PhoneticKey.Of(phraseWord);
            }
        }

        return LiteralOf(word);
    }

    /// <summary>Words shorter than this match a phrase with a word left out only as written.</summary>
    private const int MinimumPartialKeyedWord = 6;

    /// <summary>How a word of a phrase with a word left out is matched: on its phonetic key from six letters, as written
    /// below.</summary>
    private static string PartialKey(string word) => word.Length < MinimumPartialKeyedWord ? Literal(word) : PhoneticKey.Of(word);

    /// <summary>A short word as itself, marked so that it never equals a phonetic key (keys are upper case).</summary>
    private static string Literal(string word) => "=" + word;

    /// <summary>A word of a name as <see cref="Literal"/>, without making a string: the phrase word it is, or one that
    /// matches no phrase. A w is read as a v, a k as a c and a z as an s, as one transliteration or a hearing writes the other's letter (the
    /// <c>C.W.</c> of <c>S. DE R.L. DE C.W.</c>, a Mexican <c>S. de R.L. de C.V.</c> written as it sounds, was two rare
    /// words of the name, and the name met itself at 0.59): a short word alone is never read so, only a whole phrase.</summary>
    private static string LiteralOf(string word) =>
        PhraseWordLiterals.TryGetValue(word, out var literal)
        || (word.AsSpan().IndexOfAny('w', 'k', 'z') >= 0 && PhraseWordLiterals.TryGetValue(word.Replace('w', 'v').Replace('k', 'c').Replace('z', 's'), out literal))
            ? literal
            : Unmatched;

    /// <summary>A key no phrase word has.</summary>
    private const string Unmatched = "=";

    private static readonly Dictionary<string, string> PhraseWordLiterals =
        PhraseWords.ToDictionary(w => w, Literal, StringComparer.Ordinal);

    /// <summary>The words with legal-form phrases collapsed, and the phonetic key of each word kept (null for a
    /// canonical legal form).</summary>
    /// <summary>
    /// True for a word of eight letters or more of a legal-form phrase, as written or in another spelling of it
    /// (<c>aktsionernoe</c>, <c>ogranichennoi</c>, <c>liability</c>, <c>gesellschaft</c>): no name word, even left
    /// alone when the rest of its phrase was dropped or misspelt (<c>AKTSIONERNOE IRKUTSKKABEL</c>).
    /// </summary>
    /// <param name="word">A word in lower-case ASCII.</param>
    public static bool IsLongPhraseWord(string word) =>
        word.Length >= 8 && LongPhraseWordStarts.Contains(word.AsSpan(0, 3))
        && (PhraseWordSet.Contains(word) || LongPhraseWordKeys.Contains(PhoneticKey.Of(word)));

    private static readonly HashSet<string> PhraseWordSet = new(PhraseWords, StringComparer.Ordinal);

    /// <summary>The first three letters of the phrase words of eight letters or more: a word that starts otherwise is
    /// none of them (spellings of one differ later in the word), and its key need not be worked out.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LongPhraseWordStarts =
        new HashSet<string>(PhraseWords.Where(w => w.Length >= 8).Select(w => w[..3]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static (List<string> Words, List<string?> Keys) Collapse(List<string> words)
    {
        words = Respace(words);
        var keys = words.Select(PhoneticKey.Of).ToArray();
        var corrected = words.Select((w, i) => w.Length < MinimumKeyedWord ? LiteralOf(w) : w.Length < MinimumPartialKeyedWord ? ShortWordKey(w, keys[i]) : Correct(keys[i]))
            .ToArray();
        CorrectSpellings(words, keys, corrected);
        var partialKeys = corrected.Any(PhraseWordKeys.Contains)
            ? words.Select((w, i) => w.Length < MinimumPartialKeyedWord ? LiteralOf(w) : keys[i]).ToArray()
            : corrected;
        var result = new List<string>(words.Count);
        var resultKeys = new List<string?>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var (length, phrase) = Longest(words, partialKeys, corrected, i);
            if (length > 0)
            {
                result.Add(phrase!);
                resultKeys.Add(null);
                i += length - 1;
                continue;
            }

            var (around, intruder, aroundPhrase) = AroundOneWord(words, corrected, i);
            if (around > 0)
            {
                result.Add(aroundPhrase!);
                resultKeys.Add(null);
                result.Add(words[intruder]);
                resultKeys.Add(keys[intruder]);
                i += around - 1;
                continue;
            }

            var synonym = WordLists.LegalFormSynonyms.TryGetValue(words[i], out var canonical)
                || (words[i].Length >= 6 && (canonical = MisspeltSynonym(words[i])) is not null);
            result.Add(synonym ? canonical! : words[i]);
            resultKeys.Add(synonym ? null : keys[i]);
        }

        return (result, resultKeys);
    }

    /// <summary>
    /// Legal-form words run into their neighbour or split in two, put right: a legal form weighs little, but run in or
    /// split it would be rare words of a name that no other spelling has. Two adjacent words that make one legal-form
    /// word of six letters or more, as written (<c>liab ility</c>, <c>obs hchestvo</c>, <c>public hnoe</c>) or, neither
    /// being a legal-form word, on a long phonetic key (<c>ogra nichennoi</c>) are joined, unless both
    /// are legal-form words already; a word made of two legal-form words of four letters or more (<c>stockcompany</c>), or that
    /// starts or ends with a long one (<see cref="RunInWords"/>, followed by another word or by a legal form of any
    /// length: <c>liabilityco</c>), ends with a legal form (<see cref="RunInEndings"/>) or starts with one
    /// (<see cref="RunInStarts"/>), is split; again until nothing
    /// changes (<c>liab ilitycompany</c>, <c>jointstockcompany</c>).
    /// </summary>
    private static List<string> Respace(List<string> words)
    {
        // Until nothing changes (a few passes at most): a split can make a word that then joins its neighbour (liab
        // ilitycompany: liab ility company, then liability company), and a word split off can split again
        // (jointstockcompany: jointstock company, then joint stock company).
        for (var pass = 0; pass < MaxRespacings; pass++)
        {
            var respaced = RespaceOnce(words);
            if (ReferenceEquals(respaced, words))
            {
                break;
            }

            words = respaced;
        }

        return words;
    }

    /// <summary>The most passes of <see cref="RespaceOnce"/> over one name.</summary>
    private const int MaxRespacings = 4;

    /// <summary>One pass of <see cref="Respace"/>: the same list when nothing changed.</summary>
    private static List<string> RespaceOnce(List<string> words)
    {
        List<string>? result = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i + 1 < words.Count && word.Length + words[i + 1].Length >= 6 && StartsLikeALongLegalWord(word, words[i + 1])
                && IsPlainWord(word) && IsPlainWord(words[i + 1]) && !(IsLegalWord(word) && IsLegalWord(words[i + 1])))
            {
                var together = word + words[i + 1];
                if (IsLegalWord(together)
                    || (together.Length >= 7 && !IsLegalWord(word) && !IsLegalWord(words[i + 1]) && LongPhraseWordKeys.Contains(PhoneticKey.Of(together))))
                {
                    (result ??= words[..i]).Add(together);
                    i++;
                    continue;
                }
            }

            var plain = IsPlainWord(word) && !IsLegalWord(word);
            var split = plain ? SplitRunIn(word) : -1;
            if (split < 0 && plain && word.Length >= ShortestPhraseRunIn)
            {
                split = SplitAtPhrase(words, i);
            }

            if (split > 0)
            {
                (result ??= words[..i]).Add(word[..split]);
                result.Add(word[split..]);
                continue;
            }

            result?.Add(word);
        }

        return result ?? words;
    }

    /// <summary>The words of each legal-form phrase of two words or more, in order.</summary>
    private static readonly string[][] PhraseWordLists =
        [.. WordLists.LegalFormPhrases.Select(p => p.Phrase.Split(' ')).Where(w => w.Length >= 2)];

    /// <summary>The shortest word looked at for a phrase's word run into it (<see cref="SplitAtPhrase"/>): four letters of
    /// the phrase's word and three of the other.</summary>
    private const int ShortestPhraseRunIn = 7;

    /// <summary>
    /// Where to split a word that runs a word of a legal-form phrase into another word, the phrase going on around it, or
    /// -1: a word that ends with a phrase's first word, the next words going on with the phrase (<c>EXPOBANKJOINT STOCK
    /// COMPANY</c>, which met nothing), or that starts with a phrase's later word, the words before it beginning the
    /// phrase (<c>JOINT STOCKCOMMERCIAL BANK</c>). Only a phrase's word of four letters or more, beside three or more
    /// other letters.
    /// </summary>
    private static int SplitAtPhrase(List<string> words, int at)
    {
        var word = words[at];
        foreach (var phrase in PhraseWordLists)
        {
            var first = phrase[0];
            if (first.Length >= 4 && word.Length >= first.Length + 3 && at + 1 < words.Count
                && string.Equals(words[at + 1], phrase[1], StringComparison.Ordinal) && word.EndsWith(first, StringComparison.Ordinal))
            {
                return word.Length - first.Length;
            }

            for (var k = 1; k < phrase.Length && k <= at; k++)
            {
                if (phrase[k].Length >= 4 && word.Length >= phrase[k].Length + 3 && word.StartsWith(phrase[k], StringComparison.Ordinal)
                    && Begins(words, at - k, phrase, k))
                {
                    return phrase[k].Length;
                }
            }
        }

        return -1;

        static bool Begins(List<string> words, int from, string[] phrase, int count)
        {
            for (var j = 0; j < count; j++)
            {
                if (!string.Equals(words[from + j], phrase[j], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Whether two words written as one would start as a legal-form word of six letters or more does: most pairs of
    /// words do not, and are ruled out before they are joined and keyed.</summary>
    private static bool StartsLikeALongLegalWord(string first, string second)
    {
        Span<char> start = stackalloc char[3];
        for (var k = 0; k < 3; k++)
        {
            start[k] = k < first.Length ? first[k] : second[k - first.Length];
        }

        return LongLegalWordStarts.Contains(start);
    }

    /// <summary>Where to split a word that runs a legal form into another word, or -1.</summary>
    private static int SplitRunIn(string word)
    {
        // The s or z that parts a phrase's long words (obshchestvo s ogranichennoy, spolka z ograniczona, tovarystvo z
        // obmezhenoyu) run into the word before it or the word after it (obshchestvos, sogranichennoi, spolkaz), in any
        // spelling of the word: the phrase was lost (0.600, 0.670).
        if (word.Length >= 6 && (word[0] is 's' or 'z' || word[^1] is 's' or 'z'))
        {
            foreach (var (letter, before, beforeKey, after, afterKey) in LetterJoins)
            {
                // The words' first two letters, which their spellings keep, before their keys.
                if (word[^1] == letter && word.StartsWith(before[..2], StringComparison.Ordinal) && PhoneticKey.Of(word[..^1]) == beforeKey)
                {
                    return word.Length - 1;
                }

                if (word[0] == letter && word.AsSpan(1).StartsWith(after.AsSpan(0, 2), StringComparison.Ordinal) && PhoneticKey.Of(word[1..]) == afterKey)
                {
                    return 1;
                }
            }
        }

        foreach (var start in RunInStarts)
        {
            if (word.Length >= start.Length + 3 && word.StartsWith(start, StringComparison.Ordinal))
            {
                return start.Length;
            }
        }

        // Most words neither start nor end as a legal-form word: ruled out on their first three and last two letters.
        var legalStart = word.Length >= 7 && LegalWordStarts.Contains(word.AsSpan(0, 3));
        var legalEnd = word.Length >= 4 && LegalWordEnds.Contains(word.AsSpan(word.Length - 2));
        if (!legalStart && !legalEnd)
        {
            return -1;
        }

        for (var at = 4; legalStart && legalEnd && at <= word.Length - 4; at++)
        {
            if (LegalWordParts.Contains(word.AsSpan(0, at)) && LegalWordParts.Contains(word.AsSpan(at)))
            {
                return at;
            }
        }

        foreach (var form in RunInWords)
        {
            // A long legal-form word and another word, or a legal-form word of any length (liabilityco, companyltd).
            if (legalStart && word.Length >= form.Length + 2 && word.StartsWith(form, StringComparison.Ordinal)
                && (word.Length >= form.Length + 3 || LegalWordParts.Contains(word.AsSpan(form.Length))))
            {
                return form.Length;
            }

            if (legalEnd && word.Length >= form.Length + 3 && word.EndsWith(form, StringComparison.Ordinal))
            {
                return word.Length - form.Length;
            }
        }

        foreach (var ending in RunInEndings)
        {
            if (legalEnd && word.Length >= ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return -1;
    }

    /// <summary>The s or z of a phrase between two words of five letters or more, with those words and their keys
    /// (<see cref="SplitRunIn"/>).</summary>
    private static readonly (char Letter, string Before, string BeforeKey, string After, string AfterKey)[] LetterJoins =
    [
        .. WordLists.LegalFormPhrases.Select(p => p.Phrase.Split(' '))
            .SelectMany(w => Enumerable.Range(1, Math.Max(0, w.Length - 2))
                .Where(i => w[i] is "s" or "z" && w[i - 1].Length >= 5 && w[i + 1].Length >= 5)
                .Select(i => (w[i][0], w[i - 1], PhoneticKey.Of(w[i - 1]), w[i + 1], PhoneticKey.Of(w[i + 1]))))
            .Distinct(),
    ];

    /// <summary>A legal-form word as written (<see cref="LegalWords"/>).</summary>
    private static bool IsLegalWord(string word) => LegalWords.Contains(word);

    private static bool IsPlainWord(string word) => word.Length > 0 && char.IsAsciiLetterLower(word[0]) && !word.Contains('.', StringComparison.Ordinal);

    /// <summary>The canonical form of a long legal-form word (<c>limited</c>, <c>company</c>, <c>corporation</c> …)
    /// that <paramref name="word"/> is one edit away from, or null; in a word that writes k, z, y or w, letters a
    /// transliteration or a hearing writes for one another (c and k, s and z, i and y, v and w) count as one
    /// (<c>korporakion</c>).</summary>
    private static string? MisspeltSynonym(string word)
    {
        // Only a word that writes one of the letters folded is read as a respelling (not compania, which the fold would
        // make one edit from company's compani).
        var respelt = word.AsSpan().IndexOfAny(FoldedLetters) >= 0;
        string? folded = null;
        for (var k = 0; k < LongSynonyms.Length; k++)
        {
            var (synonym, canonical) = LongSynonyms[k];
            if (Math.Abs(synonym.Length - word.Length) > 1)
            {
                continue;
            }

            if (Matching.TokenSimilarity.Distance(word, synonym, 1) <= 1
                || (respelt && Matching.TokenSimilarity.Distance(folded ??= FoldRespellings(word), FoldedSynonyms[k], 1) <= 1))
            {
                return canonical;
            }
        }

        return null;
    }

    /// <summary><see cref="LongSynonyms"/> with their respelt letters folded (<see cref="FoldRespellings"/>), in the same order.</summary>
    private static readonly string[] FoldedSynonyms = [.. LongSynonyms.Select(s => FoldRespellings(s.Synonym))];

    /// <summary>
    /// The letter a transliteration or a hearing writes for <paramref name="letter"/> in a legal form (c and k, s and z,
    /// i and y, v and w: <c>LLK</c>, <c>Z.R.L.</c>, <c>YNC</c>, <c>KORPORAKION</c>), or <c>'\0'</c> when it has none.
    /// </summary>
    internal static char RespeltLetter(char letter) =>
        letter switch { 'c' => 'k', 'k' => 'c', 's' => 'z', 'z' => 's', 'i' => 'y', 'y' => 'i', 'v' => 'w', 'w' => 'v', _ => '\0' };

    /// <summary>The letters <see cref="FoldRespellings"/> writes as the other of their pair (<see cref="RespeltLetter"/>).</summary>
    private static readonly System.Buffers.SearchValues<char> FoldedLetters = System.Buffers.SearchValues.Create("kzyw");

    /// <summary>A word with each letter of a pair (<see cref="RespeltLetter"/>) written as the first of it in the
    /// alphabet: k written c, z written s, y written i and w written v.</summary>
    private static string FoldRespellings(string word) =>
        string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                var other = RespeltLetter(w[i]);
                span[i] = other != '\0' && other < w[i] ? other : w[i];
            }
        });

    /// <summary>The longest legal-form phrase, whole or with a word left out, that starts at <paramref name="start"/>: its
    /// length in words and its canonical form; a whole phrase before a partial one of the same length. A whole phrase is
    /// matched on the corrected keys, a partial one on the keys as spelt of words of six letters or more and on the
    /// others as written: a correction forgives an edit, and two words each an edit from a phrase's are common
    /// (<c>innovative education</c> would be <c>obshchestvo otkrytoe</c>), and so are short words with the skeleton of
    /// one (<c>south asian</c> would be <c>societa azioni</c>).
    /// </summary>
    private static (int Length, string? Canonical) Longest(List<string> words, string[] partialKeys, string[] keys, int start)
    {
        if (!PhraseWordKeys.Contains(keys[start]))
        {
            return (0, null);
        }

        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 1; length--)
        {
            if (length == 1 && words[start].Length <= 6)
            {
                break;
            }

            if (Phrases.TryGetValue(Signature(keys, start, length), out var canonical)
                || (length > 1 && PartialPhrases.TryGetValue(Signature(partialKeys, start, length), out canonical)))
            {
                return (length, canonical);
            }
        }

        return (0, null);
    }

    /// <summary>
    /// A legal-form phrase of three words or more written whole but for one other word inside it (<c>open joint
    /// UNITED stock company</c>, <c>s.a. UNITED de c.v.</c>, <c>obshchestvo s INTERNATIONAL ogranichennoi
    /// otvetstvennostyu</c>): its length with that word, where that word stands, and the phrase's canonical form; (0, -1,
    /// null) when none starts at <paramref name="start"/>. Cut in two, the phrase's words were rare words of a name that
    /// the lists, which write them only in the whole phrase, never hold. The word inside is no phrase word, and the
    /// phrase must be whole: with a word left out as well, too little of it is left to tell.
    /// </summary>
    private static (int Length, int Intruder, string? Canonical) AroundOneWord(List<string> words, string[] keys, int start)
    {
        if (!PhraseWordKeys.Contains(keys[start]))
        {
            return (0, -1, null);
        }

        var rest = new string[LongestPhrase];
        for (var length = Math.Min(LongestPhrase + 1, words.Count - start); length >= 4; length--)
        {
            if (!PhraseWordKeys.Contains(keys[start + length - 1]))
            {
                continue;
            }

            for (var intruder = start + 1; intruder < start + length - 1; intruder++)
            {
                if (PhraseWordKeys.Contains(keys[intruder]) || words[intruder].Contains('.', StringComparison.Ordinal))
                {
                    continue;
                }

                for (int k = start, r = 0; k < start + length; k++)
                {
                    if (k != intruder)
                    {
                        rest[r++] = keys[k];
                    }
                }

                if (Phrases.TryGetValue(Signature(rest, 0, length - 1), out var canonical))
                {
                    return (length, intruder, canonical);
                }
            }
        }

        return (0, -1, null);
    }

    /// <summary>
    /// A word of five letters or more beside a legal-form word, that its key does not match to a phrase word, is matched
    /// on the key of the phrase word of six letters or more it is one edit from as spelt (<c>liabiliy</c>,
    /// <c>aktsionerwoe</c>, <c>obshhchestvo</c>, <c>cmpany</c>, <c>publzc</c>, <c>pulic</c>): a typo the keys do not forgive (a key too short to be
    /// corrected, a letter of another class) would otherwise leave the legal form as rare words. Only beside a word of
    /// the phrase, which a legal form has: the other words of a name are not compared with the phrase words at all. A key
    /// corrected to another phrase word's is spelt out too: a letter of another class than the one it replaces makes a
    /// key one deletion from a third word's (<c>liabzlity</c>, LBSLT, was corrected to the key BSLTN).
    /// </summary>
    private static void CorrectSpellings(List<string> words, string[] keys, string[] corrected)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length >= MinimumPartialKeyedWord - 1
                && (!PhraseWordKeys.Contains(corrected[i]) || (word.Length >= MinimumPartialKeyedWord && !string.Equals(corrected[i], keys[i], StringComparison.Ordinal)))
                && ((i > 0 && PhraseWordKeys.Contains(corrected[i - 1])) || (i + 1 < words.Count && PhraseWordKeys.Contains(corrected[i + 1]))))
            {
                // One edit keeps the first letter or the last.
                corrected[i] = SpeltOneEditOff(word, LongPhraseWordsByFirst, word[0]) ?? SpeltOneEditOff(word, LongPhraseWordsByLast, word[^1]) ?? corrected[i];
            }
        }
    }

    /// <summary>The key of the phrase word of <paramref name="byLetter"/>'s list for <paramref name="letter"/> that is
    /// one edit from <paramref name="word"/>, or null.</summary>
    private static string? SpeltOneEditOff(string word, (string Word, string Key)[][] byLetter, char letter)
    {
        if (letter is < 'a' or > 'z')
        {
            return null;
        }

        foreach (var (phraseWord, phraseKey) in byLetter[letter - 'a'])
        {
            if (Math.Abs(phraseWord.Length - word.Length) <= 1 && Matching.TokenSimilarity.Distance(word, phraseWord, 1) <= 1)
            {
                return phraseKey;
            }
        }

        return null;
    }

    /// <summary>The words of phrases of six letters or more, with their keys, by first letter (<see cref="CorrectSpellings"/>).</summary>
    private static readonly (string Word, string Key)[][] LongPhraseWordsByFirst = ByLetter(static w => w[0]);

    /// <summary>The same by last letter.</summary>
    private static readonly (string Word, string Key)[][] LongPhraseWordsByLast = ByLetter(static w => w[^1]);

    private static (string Word, string Key)[][] ByLetter(Func<string, char> letter) =>
        [.. Enumerable.Range('a', 26).Select(c => PhraseWords.Where(w => w.Length >= MinimumPartialKeyedWord && letter(w) == c).Select(w => (w, PhoneticKey.Of(w))).ToArray())];

    private static string Correct(string key)
    {
        if (key.Length < MinimumCorrectedKey || PhraseWordKeys.Contains(key))
        {
            return key;
        }

        if (Corrections.TryGetValue(key, out var word))
        {
            return word;
        }

        var lookup = Corrections.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> deletion = stackalloc char[64];
        if (key.Length > deletion.Length)
        {
            return key;
        }

        for (var i = 0; i < key.Length; i++)
        {
            key.AsSpan(0, i).CopyTo(deletion);
            key.AsSpan(i + 1).CopyTo(deletion[i..]);
            if (lookup.TryGetValue(deletion[..(key.Length - 1)], out word))
            {
                return word;
            }
        }

        return key;
    }

    private static string Signature(string[] keys, int start, int length)
    {
        if (length == 1)
        {
            return keys[start];
        }

        var window = keys.AsSpan(start, length).ToArray();
        Array.Sort(window, StringComparer.Ordinal);
        return string.Join(' ', window);
    }

    private static Dictionary<string, string> BuildPhrases()
    {
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, canonical) in WordLists.LegalFormPhrases)
        {
            var keys = phrase.Split(' ').Select(MatchKey).ToArray();
            phrases.TryAdd(Signature(keys, 0, keys.Length), canonical);
        }

        return phrases;
    }

    /// <summary>
    /// Each phrase of three words or more with one word left out, where at least two words of four letters or more are
    /// left (<c>sa de</c> of <c>sa de cv</c> is not a legal form) and the words left are not a whole phrase themselves,
    /// keyed on <see cref="PartialKey"/>. The free-zone forms are left out: <c>free zone</c> names zones and their
    /// authorities as often as it is a legal form, and <c>zone company</c> or <c>free company</c> is none.
    /// </summary>
    private static Dictionary<string, string> BuildPartialPhrases()
    {
        var partials = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (phrase, canonical) in WordLists.LegalFormPhrases)
        {
            var words = phrase.Split(' ');
            if (words.Length < 3 || words.Contains("zone"))
            {
                continue;
            }

            for (var left = 0; left < words.Length; left++)
            {
                var kept = words.Where((_, i) => i != left).ToArray();
                if (kept.Count(w => w.Length >= MinimumKeyedWord) < 2)
                {
                    continue;
                }

                var signature = Signature([.. kept.Select(PartialKey)], 0, kept.Length);
                if (!Phrases.ContainsKey(Signature([.. kept.Select(MatchKey)], 0, kept.Length)))
                {
                    partials.TryAdd(signature, canonical);
                }
            }
        }

        return partials;
    }

    private static Dictionary<string, string> BuildCorrections()
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in PhraseWords.Where(w => w.Length >= MinimumKeyedWord)
            .Select(PhoneticKey.Of).Where(k => k.Length >= MinimumCorrectedKey))
        {
            corrections.TryAdd(key, key);
            for (var i = 0; i < key.Length; i++)
            {
                corrections.TryAdd(string.Concat(key.AsSpan(0, i), key.AsSpan(i + 1)), key);
            }
        }

        return corrections;
    }
}
