using System.Collections.Concurrent;

namespace Custos.Screening.Text;

/// <summary>
/// The spellings the lists would give a word written in a German, Polish or French transliteration of a name in
/// Cyrillic. The lists write Russian, Ukrainian and Belarusian names as English does (BGN/PCGN: <c>PRIGOZHIN,
/// Yevgeniy</c>, <c>CHAIKA, Yury</c>, <c>SHOIGU, Sergey</c>); the press and the registers of the rest of Europe write
/// them as their own languages sound them (<c>Jewgeni Prigoschin</c>, <c>Jurij Kowaltschuk</c>; <c>Jurij Czajka</c>,
/// <c>Siergiej Szojgu</c>; <c>Evgueni Prigojine</c>, <c>Sergueï Choïgou</c>), and Czech, Slovak and the South Slavic
/// languages write <c>j</c> for <c>y</c> (<c>Jevgenij</c>); Russian passports since 2013 write <c>Iurii</c> and
/// <c>Iana</c> (ICAO Doc 9303). A word is respelled by each system whose marks it bears,
/// and a respelling is then compared with the listed word as any spelling is (<see cref="Matching.TokenSimilarity"/>).
/// </summary>
/// <remarks>
/// The systems disagree with English and with each other on the same letters (German <c>ch</c> is the lists'
/// <c>kh</c>, French <c>ch</c> their <c>sh</c>, French <c>j</c> their <c>zh</c>, German <c>z</c> their <c>ts</c>), so a
/// word is respelled by a system only when it bears a mark of that system (German <c>sch</c>, <c>w</c> or <c>j</c>;
/// Polish <c>cz</c>, <c>sz</c>, <c>rz</c>, <c>w</c> or <c>j</c>, or a final <c>-iec</c> after a consonant, the Polish
/// <c>-ец</c> (<c>Koriniec</c>, <c>Golodiec</c>); French <c>ou</c>, <c>tch</c> or <c>j</c>), and whether the
/// name is Cyrillic at all is the caller's to say: the respellings are compared only with the words of names of
/// entries of countries that write Cyrillic (<see cref="Matching.Tok.Cyrillic"/>). German <c>sch</c> stands for both
/// <c>ш</c> and <c>ж</c> (<c>Schoigu</c>, <c>Prigoschin</c>): both respellings are given.
/// </remarks>
internal static class CyrillicSpellings
{
    private const int MaxRemembered = 200_000;
    private const int ShortestWord = 3;
    private const int LongestWord = 40;

    private static readonly ConcurrentDictionary<string, (string Text, string Key)[]> Remembered = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Text, string Key)[]> RememberedInMarkedNames = new(StringComparer.Ordinal);
    private static int rememberedCount;

    /// <summary>True when <paramref name="word"/> bears the mark of a system, so that <see cref="Of"/> gives a respelling
    /// (each mark changes the word), found without respelling it.</summary>
    /// <param name="word">A normalised token.</param>
    public static bool Any(string word) => Respellable(word) && (HasGermanMark(word) || HasPolishMark(word) || HasFrenchMark(word) || HasPassportMark(word));

    /// <summary>The respellings of <paramref name="word"/> as the lists would write it, each with its phonetic key; none
    /// when it bears no system's mark. Remembered (bounded).</summary>
    /// <param name="word">A normalised token (lower-case ASCII letters).</param>
    /// <param name="everySystem">True for a word of a name whose other words bear a system's mark: respelt by every
    /// system, whether or not it bears their marks (<c>Chocenko</c> beside <c>Pawlowicz</c>; see
    /// <see cref="Matching.Tok.InMarkedName"/>).</param>
    public static (string Text, string Key)[] Of(string word, bool everySystem = false)
    {
        if (!Respellable(word))
        {
            return [];
        }

        var remembered = everySystem ? RememberedInMarkedNames : Remembered;
        if (remembered.TryGetValue(word, out var known))
        {
            return known;
        }

        var spellings = new List<string>(4);
        if (everySystem || HasGermanMark(word))
        {
            Add(spellings, word, German(word, sch: "sh"));
            if (word.Contains("sch", StringComparison.Ordinal))
            {
                Add(spellings, word, German(word, sch: "zh"));
            }
        }

        if (everySystem || HasPolishMark(word))
        {
            Add(spellings, word, Polish(word));
        }

        if (everySystem || HasFrenchMark(word))
        {
            Add(spellings, word, French(word));
        }

        if (HasPassportMark(word))
        {
            Add(spellings, word, Passport(word));
        }

        (string Text, string Key)[] result = [.. spellings.Select(s => (s, PhoneticKey.Of(s)))];
        if (Volatile.Read(ref rememberedCount) < MaxRemembered && remembered.TryAdd(word, result))
        {
            Interlocked.Increment(ref rememberedCount);
        }

        return result;
    }

    /// <summary>True for a word of lower-case ASCII letters of a length a name word may have.</summary>
    private static bool Respellable(string word) => word.Length is >= ShortestWord and <= LongestWord && SyllableReadings.IsLetters(word);

    /// <summary>Adds a respelling, with its <c>dzh</c> written <c>j</c> as the normaliser writes every word's
    /// (<c>dschejchun</c>, German for Джейхун, is <c>jeykhun</c>, as the lists' DZHEYKHUN is).</summary>
    private static void Add(List<string> spellings, string word, string spelling)
    {
        spelling = spelling.Contains("dzh", StringComparison.Ordinal) ? spelling.Replace("dzh", "j", StringComparison.Ordinal) : spelling;
        if (!string.Equals(spelling, word, StringComparison.Ordinal) && !spellings.Contains(spelling, StringComparer.Ordinal))
        {
            spellings.Add(spelling);
        }
    }

    /// <summary>True when <paramref name="word"/> bears a mark that only a European transliteration of Cyrillic gives a
    /// name (Polish <c>cz</c>, <c>sz</c>, <c>rz</c>, or a patronymic's ending, <see cref="PatronymicEndings"/>), so that
    /// the name's other words are read in that transliteration too (<see cref="Matching.Tok.InMarkedName"/>). Not
    /// <c>w</c> or <c>j</c>, which English and Spanish names have (Edward, Julio), nor German <c>sch</c>, which German
    /// names have (Fischer, Schmidt).</summary>
    /// <param name="word">A normalised token.</param>
    public static bool MarksName(string word)
    {
        if (!Respellable(word))
        {
            return false;
        }

        if (word.Contains("cz", StringComparison.Ordinal) || word.Contains("sz", StringComparison.Ordinal) || word.Contains("rz", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var ending in PatronymicEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The endings of patronymics in a European transliteration (<see cref="MarksName"/>): Polish <c>-wicz</c>,
    /// German <c>-witsch</c>, French <c>-vitch</c>, the Ukrainian <c>-ovych</c> in German and French (<c>-ytsch</c>,
    /// <c>-vytch</c>), and the Polish women's <c>-owna</c>, <c>-ewna</c>.</summary>
    private static readonly string[] PatronymicEndings = ["wicz", "witsch", "vitch", "ytsch", "vytch", "owna", "ewna"];

    private static bool HasGermanMark(string w) =>
        w.Contains("sch", StringComparison.Ordinal) || w.Contains('w', StringComparison.Ordinal) || HasJ(w);

    /// <summary>True when <paramref name="w"/> bears a mark of the Polish transliteration of Cyrillic: <c>cz</c>, <c>sz</c>,
    /// <c>rz</c>, <c>w</c>, a <c>j</c> not after <c>d</c>, or a final <c>-iec</c> after a consonant (lower case; the
    /// normaliser asks it of a word still holding its Polish letters, <c>żydkow</c>).</summary>
    internal static bool HasPolishMark(string w) =>
        w.Contains("cz", StringComparison.Ordinal) || w.Contains("sz", StringComparison.Ordinal) || w.Contains("rz", StringComparison.Ordinal)
        || w.Contains('w', StringComparison.Ordinal) || HasJ(w) || (w.Length >= 5 && w.EndsWith("iec", StringComparison.Ordinal) && !IsVowel(w[^4]));

    private static bool HasFrenchMark(string w) =>
        w.Contains("ou", StringComparison.Ordinal) || w.Contains("tch", StringComparison.Ordinal) || HasJ(w);

    /// <summary>The marks of the transliteration of Russian passports since 2013 (ICAO Doc 9303): <c>iu</c> ю, <c>ia</c> я,
    /// and a final <c>ii</c> ий (<c>Iurii</c>, <c>Iana</c>, <c>Liudmila</c>, <c>Dmitrii</c>).</summary>
    private static bool HasPassportMark(string w) =>
        w.Contains("iu", StringComparison.Ordinal) || w.Contains("ia", StringComparison.Ordinal) || w.EndsWith("ii", StringComparison.Ordinal);

    /// <summary>The passports' transliteration (ICAO Doc 9303) as the lists write Russian (BGN/PCGN): <c>iu</c> yu,
    /// <c>ia</c> ya, a final <c>ii</c> iy (<c>Iurii</c> → <c>yuriy</c>, <c>Dmitrii</c> → <c>dmitriy</c>, <c>Liudmila</c> →
    /// <c>lyudmila</c>); its other letters are the lists' already (<c>kh</c>, <c>ts</c>, <c>shch</c>).</summary>
    private static string Passport(string w)
    {
        var respelled = Respell(w, PassportClusters, static (_, _) => null);
        return respelled.EndsWith("ii", StringComparison.Ordinal) ? string.Concat(respelled.AsSpan(0, respelled.Length - 1), "y") : respelled;
    }

    private static readonly (string From, string To)[] PassportClusters = [("iu", "yu"), ("ia", "ya")];

    /// <summary>True when <paramref name="w"/> holds a <c>j</c> that is not English's and French's <c>dj</c>
    /// (<c>Djamel</c>).</summary>
    private static bool HasJ(string w)
    {
        for (var i = w.IndexOf('j', StringComparison.Ordinal); i >= 0; i = w.IndexOf('j', i + 1))
        {
            if (i == 0 || w[i - 1] != 'd')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>German (Duden): <c>schtsch</c> щ, <c>tsch</c> ч, <c>sch</c> ш or ж, <c>ch</c> х, <c>w</c> в, <c>j</c> й
    /// (and the <c>y</c> of я, ю, е, ё), <c>z</c> ц, <c>ss</c> с and an <c>s</c> between vowels з.</summary>
    private static string German(string w, string sch) =>
        Respell(w, sch == "zh" ? GermanZh : GermanSh, static (w, i) => w[i] switch
        {
            'w' => "v",
            'j' => "y",
            'z' => "ts",
            's' when i > 0 && i + 1 < w.Length && IsVowel(w[i - 1]) && IsVowel(w[i + 1]) => "z",
            _ => null,
        });

    private static readonly (string From, string To)[] GermanSh = [("schtsch", "shch"), ("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("ss", "s")];
    private static readonly (string From, string To)[] GermanZh = [("schtsch", "shch"), ("tsch", "ch"), ("sch", "zh"), ("ch", "kh"), ("ss", "s")];

    /// <summary>Polish: <c>szcz</c> щ, <c>cz</c> ч, <c>sz</c> ш, <c>rz</c> ж (<c>ż</c>, the normaliser writes zh already),
    /// <c>ch</c> х, <c>w</c> в, <c>j</c> й, <c>c</c> ц, and the <c>i</c> that softens a consonant before <c>e</c>
    /// (<c>Siergiej</c>, <c>Miedwiediew</c>: Сергей, Медведев) left out.</summary>
    private static string Polish(string w) =>
        Respell(w, PolishClusters, static (w, i) => w[i] switch
        {
            'w' => "v",
            'j' => "y",
            'c' => "ts",
            'i' when i > 0 && i + 1 < w.Length && !IsVowel(w[i - 1]) && w[i + 1] == 'e' => string.Empty,
            _ => null,
        });

    private static readonly (string From, string To)[] PolishClusters = [("szcz", "shch"), ("cz", "ch"), ("sz", "sh"), ("rz", "zh"), ("ch", "kh")];

    /// <summary>French: <c>tch</c> ч, <c>ch</c> ш, <c>j</c> ж, <c>ou</c> у, <c>gu</c> before <c>e</c> or <c>i</c> г,
    /// <c>ss</c> с, and a final <c>e</c> after a consonant, which French adds to sound it (<c>Prigojine</c>,
    /// <c>Michoustine</c>), left out.</summary>
    private static string French(string w) =>
        Respell(w, FrenchClusters, static (w, i) => w[i] switch
        {
            'j' => "zh",
            'u' when i > 0 && w[i - 1] == 'g' && i + 1 < w.Length && w[i + 1] is 'e' or 'i' => string.Empty,
            'e' when i == w.Length - 1 && i >= 3 && !IsVowel(w[i - 1]) => string.Empty,
            _ => null,
        });

    private static readonly (string From, string To)[] FrenchClusters = [("tch", "ch"), ("ch", "sh"), ("ou", "u"), ("ss", "s")];

    /// <summary>The word with each of <paramref name="clusters"/> (the first that stands at a place, longest first)
    /// replaced, and each other letter as <paramref name="letter"/> writes it (null: as it is).</summary>
    private static string Respell(string w, (string From, string To)[] clusters, Func<string, int, string?> letter)
    {
        var respelled = new System.Text.StringBuilder(w.Length + 4);
        for (var i = 0; i < w.Length;)
        {
            var cluster = 0;
            while (cluster < clusters.Length && !At(w, i, clusters[cluster].From))
            {
                cluster++;
            }

            if (cluster < clusters.Length)
            {
                respelled.Append(clusters[cluster].To);
                i += clusters[cluster].From.Length;
                continue;
            }

            var written = letter(w, i);
            _ = written is null ? respelled.Append(w[i]) : respelled.Append(written);
            i++;
        }

        return respelled.ToString();
    }

    private static bool At(string w, int i, string cluster) => string.CompareOrdinal(w, i, cluster, 0, cluster.Length) == 0 && i + cluster.Length <= w.Length;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
