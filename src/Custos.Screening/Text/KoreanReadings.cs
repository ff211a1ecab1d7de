using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>
/// The Korean syllables a word in Latin letters may stand for, whichever of the romanisations that lists and customers
/// use wrote it: the DPRK's own (the lists' <c>KIM Jong Un</c>, <c>RI Pyong Chol</c>, <c>JANG Song Thaek</c>),
/// McCune–Reischauer without its breves and apostrophes (<c>Chong</c>, <c>P'yong</c> → <c>pyong</c>) and the South's
/// Revised Romanisation (<c>Gim Jeong-eun</c>, <c>Ri Byeong-cheol</c>, <c>Jang Seong-taek</c>). They disagree on the
/// letters of most initials (g / k / kh, b / p / ph, d / t / th, j / ch) and of the vowels the others write with a breve
/// (RR <c>eo</c> and <c>eu</c>, MR <c>o</c> and <c>u</c>), so the same name is far apart as spellings
/// (<c>jeong</c> / <c>jong</c>, <c>eun</c> / <c>un</c>, <c>byeong</c> / <c>pyong</c>). The French press's spellings
/// (<c>Kim Djong Oun</c>) and ISO's <c>c</c> (<c>Čong</c>, its mark dropped) are read too.
/// </summary>
/// <remarks>
/// A word is read only when it splits entirely into syllables (at most <see cref="MaxSyllables"/>); each syllable is
/// read as a class of its initial (the plain, aspirated and tense consonant of one place together, r and l together), a
/// class of its vowel (<c>o</c> with <c>eo</c>, <c>u</c> with <c>eu</c>, <c>yo</c> with <c>yeo</c>, <c>oe</c> with
/// <c>we</c> and <c>wae</c>) and a class of its final. Two words that share a reading may be the same syllables in two
/// systems. A few surnames have a spelling of their own that no system gives (<c>Park</c>, <c>Lee</c>, <c>Choi</c>,
/// <c>Chung</c>), read as the syllable they write. Whether a name is Korean at all is the caller's to say
/// (<see cref="IsSurname"/>): <c>tom</c> and <c>dom</c> read alike, and are not one name in English.
/// </remarks>
internal static class KoreanReadings
{
    private const int MaxSyllables = 4;
    private const int MaxReadings = 32;

    /// <summary>Initials as written → their class (plain, aspirated and tense consonants of one place are one class). An
    /// initial <c>l</c> is no system's (<c>Lee</c> and <c>Lim</c> are <see cref="Conventional"/>): Chinese names in Pinyin
    /// (<c>Li</c>, <c>Liu</c>, <c>Lin</c>) would otherwise read as Korean.</summary>
    private static readonly (string Written, char Class)[] Initials =
    [
        ("", '-'), ("g", 'k'), ("k", 'k'), ("kh", 'k'), ("kk", 'k'), ("gg", 'k'), ("n", 'n'), ("d", 't'), ("t", 't'),
        ("th", 't'), ("tt", 't'), ("r", 'r'), ("m", 'm'), ("b", 'p'), ("p", 'p'), ("ph", 'p'), ("pp", 'p'),
        ("s", 's'), ("ss", 's'), ("sh", 's'), ("j", 'c'), ("jj", 'c'), ("ch", 'c'), ("tch", 'c'), ("dj", 'c'), ("c", 'c'), ("h", 'h'),
    ];

    /// <summary>Vowels as written → their class (the vowels MR writes with a breve and RR with an e together).</summary>
    private static readonly (string Written, string Class)[] Vowels =
    [
        ("a", "a"), ("ae", "ae"), ("ya", "ya"), ("yae", "yae"), ("eo", "o"), ("o", "o"), ("e", "e"), ("yeo", "yo"),
        ("yo", "yo"), ("ye", "ye"), ("wa", "wa"), ("wae", "we"), ("oe", "we"), ("we", "we"), ("u", "u"), ("eu", "u"),
        ("oo", "u"), ("ou", "u"), ("wo", "wo"), ("weo", "wo"), ("wi", "wi"), ("yu", "yu"), ("yoo", "yu"), ("ui", "ui"), ("eui", "ui"),
        ("i", "i"), ("ee", "i"),
    ];

    /// <summary>Finals as written → their class.</summary>
    private static readonly (string Written, char Class)[] Finals =
    [
        ("", '-'), ("k", 'K'), ("g", 'K'), ("n", 'N'), ("l", 'L'), ("m", 'M'), ("p", 'P'), ("b", 'P'), ("t", 'T'),
        ("ng", 'G'),
    ];

    /// <summary>Surnames written as no system writes them, with the spelling of a system they stand for.</summary>
    private static readonly FrozenDictionary<string, string[]> Conventional = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["park"] = ["pak"], ["lee"] = ["ri", "i"], ["rhee"] = ["ri", "i"], ["yi"] = ["ri", "i"], ["choi"] = ["choe"],
        ["chung"] = ["jeong"], ["jung"] = ["jeong"], ["oh"] = ["o"], ["noh"] = ["no"], ["roh"] = ["no"], ["ahn"] = ["an"],
        ["suh"] = ["seo"], ["woo"] = ["u"], ["shim"] = ["sim"], ["youn"] = ["yun"], ["cho"] = ["jo"], ["lim"] = ["rim", "im"],
        ["hur"] = ["heo"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The most common Korean surnames as the DPRK, McCune–Reischauer, the Revised Romanisation and custom write them.
    /// Spellings, not readings: <c>joe</c> reads as <c>choe</c> does and is an English given name. Left out are those a
    /// Chinese name in Pinyin writes the same way and Korean names seldom (<c>wang</c>, <c>ma</c>).
    /// </summary>
    private static readonly FrozenSet<string> Surnames = FrozenSet.ToFrozenSet(
        """
        kim gim ri lee yi rhee i pak park bak choe choi jong jeong chung jung chong kang gang jo cho yun yoon jang chang im
        lim rim han o oh so seo suh sin shin kwon gwon hwang an ahn song jon jeon chon chun hong yu yoo ryu ko go mun moon
        yang ryang son pae bae paek baek ho heo hur nam sim shim no noh ro roh ha kwak gwak sung seong cha ju chu u woo ku gu
        koo goo min jin chin ji chi om eom chae won cheon pang bang kong gong hyon hyeon ham yom yeom pyon byeon yo yeo to do
        sok seok sol seol kil gil yon yeon wi pyo myong myeong ki gi pan ban ra kum geum ok yuk maeng je mo tak kuk guk kye
        tae thae
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>Every syllable as a system may write it → its readings (one class of initial, vowel and final each), and
    /// the readings of words made of them.</summary>
    private static readonly SyllableReadings Readings = new(BuildWritten(), MaxSyllables, MaxReadings, "|");

    /// <summary>The readings of <paramref name="word"/> (sorted), or none when it does not split into Korean syllables.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static string[] Of(string word) => Readings.Of(word, Conventional.GetValueOrDefault(word));

    /// <summary>True when <paramref name="word"/> splits into Korean syllables (<see cref="Of"/> is not empty), without
    /// working out its readings.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static bool Readable(string word) => Syllables(word) <= MaxSyllables;

    /// <summary>True when the word is one of the common Korean surnames as some romanisation or custom writes it
    /// (<c>kim</c>, <c>gim</c>, <c>ri</c>, <c>lee</c>, <c>pak</c>, <c>park</c>, <c>choe</c>, <c>jong</c>, <c>jeong</c> …).</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static bool IsSurname(string word) => Surnames.Contains(word);

    /// <summary>The fewest syllables <paramref name="word"/> splits into (a Korean name has two to four in all), or more
    /// than four when it does not split.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static int Syllables(string word) =>
        Conventional.ContainsKey(word) ? 1
        : word.Length == 0 || word.Length > Readings.MaxWordLength || !SyllableReadings.IsLetters(word) ? MaxSyllables + 1
        : Math.Min(Readings.Fewest(word), MaxSyllables + 1);

    /// <summary>True for a word that names Korea (<c>korea</c>, <c>korean</c>, <c>koryo</c>, <c>choson</c>, <c>joseon</c>):
    /// the other words of an organisation's name that holds it may be Korean.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    public static bool NamesKorea(string word) => word is "korea" or "korean" or "koryo" or "choson" or "chosun" or "joseon";

    /// <summary>True when the two words may be the same Korean syllables written in two systems (they share a reading)
    /// and are not written the same.</summary>
    public static bool Meet(string a, string b) => !string.Equals(a, b, StringComparison.Ordinal) && SyllableReadings.Share(Of(a), Of(b));

    private static FrozenDictionary<string, string[]> BuildWritten()
    {
        var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (initial, initialClass) in Initials)
        {
            foreach (var (vowel, vowelClass) in Vowels)
            {
                foreach (var (final, finalClass) in Finals)
                {
                    var text = string.Concat(initial, vowel, final);
                    if (!written.TryGetValue(text, out var classes))
                    {
                        written[text] = classes = new HashSet<string>(StringComparer.Ordinal);
                    }

                    classes.Add(string.Concat(initialClass.ToString(), vowelClass, finalClass.ToString()));
                }
            }
        }

        return written.ToFrozenDictionary(w => w.Key, w => w.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }
}
