namespace Custos.Screening.Text;

/// <summary>
/// Collapses legal forms written in words into one canonical token (<c>limited liability company</c> → <c>llc</c>).
/// Phrases are compared on the phonetic keys of their words, so transliterations meet; in any order (a reordered
/// name keeps its legal form); and a word of five or more key symbols one edit away from a legal-form word counts as
/// that word (<c>obshchescvo</c>), so a typo does not turn a legal form into rare name words.
/// </summary>
internal static class LegalForms
{
    private const int MinimumCorrectedKey = 5;
    private const int LongestPhrase = 6;

    /// <summary>Sorted, space-joined word keys of each phrase → its canonical form.</summary>
    private static readonly Dictionary<string, string> Phrases = BuildPhrases();

    /// <summary>Keys of legal-form words (five symbols or more) and their one-symbol deletions → the word's key.</summary>
    private static readonly Dictionary<string, string> Corrections = BuildCorrections();

    private static readonly (string Synonym, string Canonical)[] LongSynonyms =
        [.. WordLists.LegalFormSynonyms.Where(s => s.Key.Length >= 7).Select(s => (s.Key, s.Value))];

    private static readonly HashSet<string> PhraseWordKeys =
        [.. WordLists.LegalFormPhrases.SelectMany(p => p.Phrase.Split(' ')).Select(MatchKey)];

    /// <summary>Words shorter than this match a legal-form phrase only as written: on phonetic keys <c>Sophia Souza</c>
    /// would be <c>sp zoo</c> and <c>Shaykh Sahib</c> too.</summary>
    private const int MinimumKeyedWord = 4;

    private static string MatchKey(string word) => word.Length < MinimumKeyedWord ? Literal(word) : PhoneticKey.Of(word);

    /// <summary>A short word as itself, marked so that it never equals a phonetic key (keys are upper case).</summary>
    private static string Literal(string word) => "=" + word;

    /// <summary>The words with legal-form phrases collapsed, and the phonetic key of each word kept (null for a
    /// canonical legal form).</summary>
    public static (List<string> Words, List<string?> Keys) Collapse(List<string> words)
    {
        var keys = words.Select(PhoneticKey.Of).ToArray();
        var corrected = words.Select((w, i) => w.Length < MinimumKeyedWord ? Literal(w) : Correct(keys[i])).ToArray();
        var result = new List<string>(words.Count);
        var resultKeys = new List<string?>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var length = Longest(words, corrected, i);
            if (length > 0)
            {
                result.Add(Phrases[Signature(corrected, i, length)]);
                resultKeys.Add(null);
                i += length - 1;
                continue;
            }

            var synonym = WordLists.LegalFormSynonyms.TryGetValue(words[i], out var canonical)
                || (words[i].Length >= 6 && (canonical = MisspeltSynonym(words[i])) is not null);
            result.Add(synonym ? canonical! : words[i]);
            resultKeys.Add(synonym ? null : keys[i]);
        }

        return (result, resultKeys);
    }

    /// <summary>The canonical form of a long legal-form word (<c>limited</c>, <c>company</c>, <c>corporation</c> …)
    /// that <paramref name="word"/> is one edit away from, or null.</summary>
    private static string? MisspeltSynonym(string word)
    {
        foreach (var (synonym, canonical) in LongSynonyms)
        {
            if (Math.Abs(synonym.Length - word.Length) <= 1 && Matching.TokenSimilarity.Distance(word, synonym, 1) <= 1)
            {
                return canonical;
            }
        }

        return null;
    }

    private static int Longest(List<string> words, string[] keys, int start)
    {
        if (!PhraseWordKeys.Contains(keys[start]))
        {
            return 0;
        }

        for (var length = Math.Min(LongestPhrase, words.Count - start); length >= 1; length--)
        {
            if ((length > 1 || words[start].Length > 6) && Phrases.ContainsKey(Signature(keys, start, length)))
            {
                return length;
            }
        }

        return 0;
    }

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

    private static Dictionary<string, string> BuildCorrections()
    {
        var corrections = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in WordLists.LegalFormPhrases.SelectMany(p => p.Phrase.Split(' ')).Where(w => w.Length >= MinimumKeyedWord)
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
