namespace Custos.Screening.Text;

/// <summary>One normalised token of a name.</summary>
/// <param name="Text">The token in lower-case ASCII after transliteration (<c>vladimir</c>).</param>
/// <param name="Key">Its phonetic skeleton (<see cref="PhoneticKey"/>), on which transliteration variants meet.</param>
/// <param name="Class">What the token is.</param>
public readonly record struct NameToken(string Text, string Key, TokenClass Class);
