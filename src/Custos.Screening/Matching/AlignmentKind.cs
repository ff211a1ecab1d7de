namespace Custos.Screening.Matching;

/// <summary>How a query token and a list token were paired, or that one of them stayed unpaired.</summary>
public enum AlignmentKind
{
    /// <summary>The same normalised token.</summary>
    Exact = 0,

    /// <summary>Different spellings with the same phonetic skeleton (<c>mohammed</c> / <c>muhammad</c>).</summary>
    Phonetic = 1,

    /// <summary>Close spellings (a typo, a transliteration variant), scored by edit distance.</summary>
    Fuzzy = 2,

    /// <summary>An initial and a name that starts with it.</summary>
    Initial = 3,

    /// <summary>Two tokens on one side written as one on the other (<c>jin ping</c> / <c>jinping</c>).</summary>
    Joined = 4,

    /// <summary>Two legal forms (equal, or different forms: weak either way).</summary>
    LegalForm = 5,

    /// <summary>A query token with no counterpart in the list name.</summary>
    QueryOnly = 6,

    /// <summary>A list-name token with no counterpart in the query.</summary>
    ListOnly = 7,

    /// <summary>An acronym and the words whose initials it is (<c>irgc</c> / <c>islamic revolutionary guard corps</c>).</summary>
    Acronym = 8,

    /// <summary>The same Mandarin syllables in two romanisations (<c>hsi</c> Wade-Giles / <c>xi</c> Pinyin, <c>tse tung</c> /
    /// <c>zedong</c>), see <see cref="Text.MandarinReadings"/>.</summary>
    Romanization = 9,

    /// <summary>A pet form of a given name and the name (<c>ted</c> / <c>theodore</c>, <c>volodya</c> / <c>vladimir</c>).</summary>
    PetName = 10,

    /// <summary>A word written backwards (<c>nitup</c> / <c>putin</c>).</summary>
    Reversed = 11,

    /// <summary>One particle in two spellings (<c>ibn</c> / <c>bin</c>, <c>abou</c> / <c>abu</c>, <c>bte</c> / <c>binti</c>).</summary>
    Particle = 12,

    /// <summary>The last word of a query cut short, and the listed word it begins (<c>kadenk</c> / <c>kadenkov</c>).</summary>
    CutShort = 13,

    /// <summary>An <c>m</c> read or typed as <c>rn</c> (<c>vadirn</c> / <c>vadim</c>, <c>kornpany</c> / <c>company</c>).</summary>
    Misread = 14,

    /// <summary>A word written in Arabic script and a Latin spelling with the same consonants and long vowels
    /// (<c>jmal</c> / <c>djamel</c>, <c>fdhl</c> / <c>fazal</c>), see <see cref="Text.AbjadSkeleton"/>.</summary>
    Abjad = 15,

    /// <summary>The same Korean syllables in two romanisations (<c>jeong eun</c> Revised / <c>jong un</c> as the DPRK
    /// writes it, <c>byeong</c> / <c>pyong</c>), see <see cref="Text.KoreanReadings"/>.</summary>
    KoreanReading = 16,

    /// <summary>A word in a German, Polish or French transliteration of a Cyrillic name (or a Russian passport's) and the lists' spelling of it
    /// (<c>jewgeni</c> / <c>yevgeniy</c>, <c>prigoschin</c> / <c>prigozhin</c>, <c>czajka</c> / <c>chaika</c>,
    /// <c>choigou</c> / <c>shoigu</c>), see <see cref="Text.CyrillicSpellings"/>.</summary>
    CyrillicSpelling = 17,

    /// <summary>A given name and its form in another language (<c>michael</c> / <c>mikhail</c>, <c>mykola</c> /
    /// <c>nikolai</c>, <c>elias</c> / <c>ilyas</c>), see <see cref="Text.GivenNames"/>.</summary>
    OtherLanguage = 18,

    /// <summary>A word made of the first letters or syllables of the other name's words, in order (<c>inhocar</c> /
    /// <c>inmobiliaria hotelera del caribe</c>, <c>vallecom</c> / <c>valle comunicaciones</c>), see
    /// <see cref="Acronyms.Syllables"/>.</summary>
    Syllables = 19,

    /// <summary>Two Latin spellings of one Arabic name that write a letter of Arabic in two ways: ض, ذ and ظ as <c>d</c>,
    /// <c>dh</c> or <c>z</c>, ث as <c>th</c> or <c>s</c> (<c>Fadl</c> / <c>Fazl</c>, <c>Ridha</c> / <c>Reza</c>,
    /// <c>Uthman</c> / <c>Usman</c>), see <see cref="Text.ArabicConsonants"/>.</summary>
    ArabicSpelling = 20,

    /// <summary>Two spellings with the same letters but for those transliterations write one for the other: <c>c</c>,
    /// <c>k</c> or <c>q</c>, <c>w</c> or <c>v</c>, <c>y</c> or <c>i</c>, <c>x</c> or <c>ks</c>, <c>dj</c> or <c>j</c>,
    /// <c>j</c> or <c>y</c> outside Mandarin and Korean (<c>okean</c> / <c>ocean</c>, <c>rei</c> / <c>rey</c>, <c>ksing</c> /
    /// <c>xing</c>, <c>fadjr</c> / <c>fajr</c>, <c>sajjad</c> / <c>sayyad</c>), see
    /// <see cref="TokenSimilarity"/>.</summary>
    Transliteration = 21,
}
