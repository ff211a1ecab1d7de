using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>A token ready for matching: text, phonetic key, class, weight, how much identifying information it carries
/// (its weight, but a generic word's full rarity), (for indexed names) its vocabulary id, and whether it was
/// transliterated from a syllabic script (<see cref="NameToken.Syllabic"/>) and from which (<see cref="NameToken.Script"/>), with the characters it was written with (<see cref="NameToken.Written"/>).</summary>
internal readonly record struct Tok(string Text, string Key, TokenClass Class, float Weight, float Information, int VocabId, bool Syllabic = false, byte Script = 0,
    string? Written = null, byte KnownVariants = Tok.UnknownVariants)
{
    /// <summary>Passed as <c>KnownVariants</c> when the variant kinds are to be worked out from the text.</summary>
    public const byte UnknownVariants = 0xFF;

    /// <summary>The token is a pet form of given names (<see cref="Hypocorisms"/>).</summary>
    public const byte PetForm = 1;

    /// <summary>The token splits into Mandarin syllables (<see cref="MandarinReadings"/>).</summary>
    public const byte Mandarin = 2;

    /// <summary>The token ends a query and may have been cut short by a field of fixed length: an unknown word of five
    /// letters or more that begins words of the corpus one to three letters longer
    /// (<see cref="TokenSimilarity.IsCutShort"/>). Set on query tokens only.</summary>
    public const byte CutShort = 4;

    /// <summary>The token was transliterated from a name written in Arabic script (<see cref="NameToken.Abjad"/>): against
    /// a Latin spelling it is also compared by its consonants (<see cref="AbjadSkeleton"/>).</summary>
    public const byte Abjad = 8;

    /// <summary>The token splits into Korean syllables (<see cref="KoreanReadings"/>). A query's token keeps it only in a
    /// name that reads as Korean (<see cref="ScreeningIndex"/>): in another name a word that happens to split into
    /// syllables (Tom, Dina) is not read as Korean.</summary>
    public const byte Korean = 16;

    /// <summary>On a query's token: the word bears the mark of a German, Polish or French transliteration of Cyrillic (or a Russian passport's) and
    /// has respellings as the lists write such names (<see cref="CyrillicSpellings"/>). On a listed token: the word stands
    /// in a name of an entry of a country that writes Cyrillic (<see cref="IndexBuilder"/>), where those respellings are
    /// compared. In a pair scored alone (<see cref="ScreeningIndex.ScorePair"/>) a name's words have it by their letters,
    /// and all of them when the other name has a word with respellings.</summary>
    public const byte Cyrillic = 32;

    /// <summary>On a query's token (with <see cref="Cyrillic"/>): the word bears no mark of a European transliteration of
    /// Cyrillic of its own, but another word of its name does, and it is respelt by every system
    /// (<see cref="CyrillicSpellings.Of"/>): <c>Chocenko</c> beside <c>Pawlowicz</c> is the Polish spelling of KHOTSENKO.</summary>
    public const byte InMarkedName = 128;

    /// <summary>The token's respellings as the lists write Cyrillic (<see cref="CyrillicSpellings.Of"/>): by every system
    /// in a name marked as a whole (<see cref="InMarkedName"/>), else by the systems whose marks the word bears.</summary>
    public (string Text, string Key)[] Respellings => CyrillicSpellings.Of(Text, (Variants & InMarkedName) != 0);

    /// <summary>The token is a given name whose forms in other languages are known (<see cref="GivenNames"/>: <c>michael</c>,
    /// <c>mikhail</c>, <c>mykhailo</c>).</summary>
    public const byte OtherForms = 64;

    /// <summary>Which kinds of variant spelling the token may have (<see cref="PetForm"/>, <see cref="Mandarin"/>, <see cref="CutShort"/>,
    /// <see cref="Abjad"/>, <see cref="Korean"/>, <see cref="Cyrillic"/>, <see cref="OtherForms"/>, <see cref="InMarkedName"/>), worked
    /// out once so that comparing two tokens costs nothing when neither has any.</summary>
    public byte Variants { get; } = KnownVariants != UnknownVariants ? KnownVariants : VariantsOf(Text);

    /// <summary>The variant kinds a spelling has by its letters alone (<see cref="PetForm"/>, <see cref="Mandarin"/>,
    /// <see cref="Korean"/>, <see cref="Cyrillic"/>, <see cref="OtherForms"/>).</summary>
    /// <param name="text">A normalised token.</param>
    public static byte VariantsOf(string text) =>
        (byte)((Hypocorisms.FullNamesOf(text).Length > 0 ? PetForm : 0) | (MandarinReadings.Readable(text) ? Mandarin : 0)
            | (KoreanReadings.Readable(text) ? Korean : 0) | (CyrillicSpellings.Any(text) ? Cyrillic : 0) | (GivenNames.Has(text) ? OtherForms : 0));

    /// <summary>The same token with other variant kinds.</summary>
    /// <param name="variants">The variant kinds (<see cref="Variants"/>).</param>
    public Tok WithVariants(byte variants) => new(Text, Key, Class, Weight, Information, VocabId, Syllabic, Script, Written, variants);

    /// <summary>True for a name word in Latin letters as written: not read from Han, Hangul or kana, not syllabic, not
    /// transliterated from Arabic script (such a word writes the letters of its script, not a language's spelling of
    /// them).</summary>
    public bool InLatinLetters => Class is TokenClass.Word or TokenClass.Patronymic && !Syllabic && Script == 0 && (Variants & Abjad) == 0;

    /// <summary>True when the token is written (almost) without vowels, worked out once: a word transliterated from
    /// Arabic script by <see cref="TokenSimilarity.IsVowelless"/> (its long vowels are written), a Latin word only when it
    /// writes no vowel at all (<see cref="TokenSimilarity.IsVowellessLatin"/>).</summary>
    public bool Vowelless { get; } = KnownVariants != UnknownVariants && (KnownVariants & Abjad) != 0 ? TokenSimilarity.IsVowelless(Text) : TokenSimilarity.IsVowellessLatin(Text);

    /// <summary>Set in <see cref="Letters"/> when the spelling holds <c>rn</c>, which may be a misread <c>m</c>.</summary>
    public const byte HasRn = 1;

    /// <summary>Set in <see cref="Letters"/> when the spelling holds an <c>m</c>.</summary>
    public const byte HasM = 2;

    /// <summary>Set in <see cref="Letters"/> when the spelling holds a <c>z</c> (<see cref="ArabicConsonants"/>).</summary>
    public const byte HasZ = 4;

    /// <summary>Set in <see cref="Letters"/> when the spelling holds a <c>d</c>.</summary>
    public const byte HasD = 8;

    /// <summary>Set in <see cref="Letters"/> when the spelling holds <c>th</c>.</summary>
    public const byte HasTh = 16;

    /// <summary>Set in <see cref="Letters"/> when the spelling holds an <c>s</c>.</summary>
    public const byte HasS = 32;

    /// <summary>What the spelling holds of the letters a misreading confuses (<see cref="HasRn"/>, <see cref="HasM"/>) and of
    /// those Latin spellings of Arabic write in two ways (<see cref="HasZ"/>, <see cref="HasD"/>, <see cref="HasTh"/>,
    /// <see cref="HasS"/>), worked out once so that a comparison of two tokens that cannot be such spellings of each other
    /// looks no further.</summary>
    public byte Letters { get; } = LettersOf(Text);

    private static byte LettersOf(string text)
    {
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            letters |= text[i] switch
            {
                'm' => HasM,
                'z' => HasZ,
                'd' => HasD,
                's' => HasS,
                'r' when i + 1 < text.Length && text[i + 1] == 'n' => HasRn,
                't' when i + 1 < text.Length && text[i + 1] == 'h' => HasTh,
                _ => 0,
            };
        }

        return (byte)letters;
    }
}
