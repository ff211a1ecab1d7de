using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Token weights from the corpus: the inverse document frequency of the token's phonetic key over all indexed
/// names (so that spelling variants share their counts), times a factor for the token's class. A token the corpus
/// has never seen weighs the most; a given name on thousands of entries (<c>Mohammed</c>) little.
/// </summary>
internal sealed class TokenRarity
{
    private readonly Dictionary<string, int> documentFrequency;
    private readonly int documents;

    public TokenRarity(Dictionary<string, int> documentFrequency, int documents)
    {
        this.documentFrequency = documentFrequency;
        this.documents = documents;
    }

    /// <summary>No corpus: every word weighs the same (only the class factors differ).</summary>
    public static TokenRarity Uniform { get; } = new([], 0);

    public float InverseFrequency(string key) =>
        documents == 0 ? 1f : (float)(Math.Log((documents + 1.0) / (documentFrequency.GetValueOrDefault(key) + 1.0)) + 1.0);

    public int Frequency(string key) => documentFrequency.GetValueOrDefault(key);

    public float Weight(in NameToken token) => token.Class switch
    {
        TokenClass.Word or TokenClass.Patronymic => InverseFrequency(token.Key),
        TokenClass.Generic => 0.35f * InverseFrequency(token.Key),
        TokenClass.Particle => 0.15f * InverseFrequency(token.Key),
        TokenClass.LegalForm => 0.2f * InverseFrequency(token.Key),
        TokenClass.Number => 0.3f * InverseFrequency(token.Key),
        TokenClass.Initial => 0.35f * Math.Min(InverseFrequency(token.Key), 4f),
        TokenClass.Title => 0.1f,
        _ => 0.05f,
    };
}
