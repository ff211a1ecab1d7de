using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>A token ready for matching: text, phonetic key, class, weight, how much identifying information it carries
/// (its weight, but a generic word's full rarity), (for indexed names) its vocabulary id, and whether it was
/// transliterated from a syllabic script (<see cref="NameToken.Syllabic"/>) and from which (<see cref="NameToken.Script"/>), with the characters it was written with (<see cref="NameToken.Written"/>).</summary>
internal readonly record struct Tok(string Text, string Key, TokenClass Class, float Weight, float Information, int VocabId, bool Syllabic = false, byte Script = 0,
    string? Written = null)
{
    /// <summary>True when the token is written (almost) without vowels (<see cref="TokenSimilarity.IsVowelless"/>), worked out once.</summary>
    public bool Vowelless { get; } = TokenSimilarity.IsVowelless(Text);
}
