using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Token weights from the corpus: the inverse document frequency of the token over all indexed names, times a
/// factor for the token's class. A spelling the corpus does not have is weighed by the frequency of its phonetic key
/// (a variant of a common name is common), and a token whose key is unknown too weighs the most; a given name on
/// thousands of entries (<c>Mohammed</c>) weighs little.
/// </summary>
internal sealed class TokenRarity
{
    /// <summary>The most a common given name or surname weighs (<see cref="WordLists.CommonNames"/>).</summary>
    public const float CommonNameCap = 4f;

    private readonly Dictionary<string, int> textFrequency;
    private readonly Dictionary<string, int> keyFrequency;
    private readonly int documents;

    public TokenRarity(Dictionary<string, int> textFrequency, Dictionary<string, int> keyFrequency, int documents)
    {
        this.textFrequency = textFrequency;
        this.keyFrequency = keyFrequency;
        this.documents = documents;
    }

    /// <summary>True when the weights come from a corpus (an index with names).</summary>
    public bool HasCorpus => documents > 0;

    /// <summary>How many names hold each spelling (for the stored index).</summary>
    internal IReadOnlyDictionary<string, int> TextFrequency => textFrequency;

    /// <summary>How many names hold each phonetic key (for the stored index).</summary>
    internal IReadOnlyDictionary<string, int> KeyFrequency => keyFrequency;

    /// <summary>How many names were counted (for the stored index).</summary>
    internal int Documents => documents;

    public float InverseFrequency(in NameToken token)
    {
        if (documents == 0)
        {
            return 1f;
        }

        return InverseFrequency(textFrequency.TryGetValue(token.Text, out var text) ? text : keyFrequency.GetValueOrDefault(token.Key));
    }

    /// <summary>The inverse frequency of a token that <paramref name="frequency"/> names hold.</summary>
    public float InverseFrequency(int frequency) => documents == 0 ? 1f : (float)(Math.Log((documents + 1.0) / (frequency + 1.0)) + 1.0);

    /// <summary>How much identifying information a token carries: its weight, except that a generic word of an
    /// organisation name (<c>World</c>, <c>Bank</c>) counts its full rarity — a name made only of such words is still
    /// that organisation's name — and so does a number of three digits or more (<c>11420 CORP.</c>, a firm named by its
    /// number, met itself at 0.648), while a common given name stays capped.</summary>
    public float Information(in NameToken token) =>
        token.Class == TokenClass.Generic || (token.Class == TokenClass.Number && token.Text.Length >= 3 && char.IsAsciiDigit(token.Text[0])) ? InverseFrequency(token) : Weight(token);

    public float Weight(in NameToken token) => Weight(token, InverseFrequency(token));

    /// <summary>The weight of a token of the given inverse frequency (worked out otherwise than from its spelling or
    /// key, <see cref="CandidateSearch.LatinSpellingFrequency"/>).</summary>
    public static float Weight(in NameToken token, float inverseFrequency) => token.Class switch
    {
        TokenClass.Word when WordLists.CommonNames.Contains(token.Text) => Math.Min(inverseFrequency, CommonNameCap),
        TokenClass.Word or TokenClass.Patronymic => inverseFrequency,
        TokenClass.Generic => 0.35f * inverseFrequency,
        TokenClass.Particle => 0.15f * inverseFrequency,
        TokenClass.LegalForm => 0.2f * inverseFrequency,
        TokenClass.Number => 0.3f * inverseFrequency,
        TokenClass.Initial => 0.35f * Math.Min(inverseFrequency, 4f),
        TokenClass.Title => 0.1f,
        _ => 0.05f,
    };
}
