namespace Custos.Screening.Text;

/// <summary>One normalised token of a name.</summary>
/// <param name="Text">The token in lower-case ASCII after transliteration (<c>vladimir</c>).</param>
/// <param name="Key">Its phonetic skeleton (<see cref="PhoneticKey"/>), on which transliteration variants meet.</param>
/// <param name="Class">What the token is.</param>
public readonly record struct NameToken(string Text, string Key, TokenClass Class)
{
    /// <summary>
    /// True when the token was transliterated from Chinese, Japanese or Korean script (<c>普京</c> → <c>pujing</c>,
    /// <c>プーチン</c> → <c>puchin</c>): a foreign name written through those syllables gains vowels and changes
    /// consonants (r for l, chi for ti, ng for n), so it is also compared on a looser skeleton (<see cref="PhoneticKey.Loose"/>).
    /// </summary>
    public bool Syllabic { get; init; }

    /// <summary>The script the token was transliterated from when it is Han (1), Hangul (2) or kana (3), else 0: two
    /// tokens of the same such script that romanise differently are different characters, not a typo.</summary>
    internal byte Script { get; init; }

    /// <summary>For a token transliterated from Han or Hangul, the characters it was written with: two tokens of the same
    /// script written with different characters are different names even when they romanise alike (高市 / 高石 are both
    /// <c>gaoshi</c>).</summary>
    internal string? Written { get; init; }

    /// <summary>True when the token was transliterated from a name written in Arabic script (<c>جمال</c> → <c>jmal</c>):
    /// an abjad spelling, which writes long vowels and leaves short ones out, compared with Latin spellings by its
    /// consonants (<see cref="AbjadSkeleton"/>).</summary>
    internal bool Abjad { get; init; }
}
