using System.Globalization;
using System.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Why a score is what it is: the names compared (as given and after normalisation), how their tokens were paired
/// and weighed, the name score, and each piece of evidence that moved it to the final score.
/// </summary>
/// <param name="QueryName">The query name as given.</param>
/// <param name="QueryNormalized">The query name after normalisation (tokens joined by spaces).</param>
/// <param name="ListName">The list name as published.</param>
/// <param name="ListNormalized">The list name after normalisation.</param>
/// <param name="Alignments">The token pairs and unpaired tokens.</param>
/// <param name="NameScore">The score of the names alone, in [0, 1].</param>
/// <param name="Evidence">Evidence beside the name, in the order applied.</param>
/// <param name="Score">The final score, in [0, 1].</param>
public sealed record MatchExplanation(
    string QueryName,
    string QueryNormalized,
    string ListName,
    string ListNormalized,
    IReadOnlyList<TokenAlignment> Alignments,
    double NameScore,
    IReadOnlyList<EvidenceItem> Evidence,
    double Score)
{
    /// <summary>How a name in Cyrillic was read when the score is that of its second reading, as Russian writes a name of
    /// another language (<c>Ху Лианхе</c> read <c>hu lianhe</c>); null for the name as transliterated.</summary>
    public string? Reading { get; init; }

    /// <summary>The explanation as a few lines of text for a reviewer.</summary>
    public string ToText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"score {Score:0.000}: query \"{QueryName}\" [{QueryNormalized}] against list name \"{ListName}\" [{ListNormalized}]\n");
        if (Reading is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Reading}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  name score {NameScore:0.000} from tokens:\n");
        foreach (var a in Alignments)
        {
            text.Append(a.Kind switch
            {
                AlignmentKind.QueryOnly => string.Create(CultureInfo.InvariantCulture, $"    {a.QueryToken} — only in the query (weight {a.Weight:0.00})\n"),
                AlignmentKind.ListOnly => string.Create(CultureInfo.InvariantCulture, $"    {a.ListToken} — only in the list name (weight {a.Weight:0.00})\n"),
                _ => string.Create(CultureInfo.InvariantCulture, $"    {a.QueryToken} ~ {a.ListToken}: {Describe(a.Kind)}, similarity {a.Similarity:0.00} (weight {a.Weight:0.00})\n"),
            });
        }

        foreach (var e in Evidence)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {e.Kind}: {e.Description} ({e.Delta:+0.000;-0.000;0})\n");
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToText();

    private static string Describe(AlignmentKind kind) => kind switch
    {
        AlignmentKind.Exact => "same",
        AlignmentKind.Phonetic => "same sound (phonetic key)",
        AlignmentKind.Fuzzy => "close spelling",
        AlignmentKind.Initial => "initial",
        AlignmentKind.Joined => "written as one word",
        AlignmentKind.LegalForm => "legal form",
        AlignmentKind.Acronym => "acronym",
        AlignmentKind.Romanization => "same Mandarin syllables in another romanisation",
        AlignmentKind.PetName => "pet form of the name",
        AlignmentKind.Reversed => "written backwards",
        AlignmentKind.Particle => "the same particle",
        AlignmentKind.CutShort => "cut short at the end of the query",
        AlignmentKind.Misread => "m misread as rn",
        AlignmentKind.Abjad => "same consonants and long vowels as written in Arabic script",
        AlignmentKind.KoreanReading => "same Korean syllables in another romanisation",
        AlignmentKind.CyrillicSpelling => "same Cyrillic name in another transliteration (German, Polish, French, a passport's)",
        AlignmentKind.OtherLanguage => "same given name in another language",
        AlignmentKind.Syllables => "made of the first syllables of the other's words",
        AlignmentKind.ArabicSpelling => "same Arabic name, its letters written as another language writes them (d, dh or z; th or s)",
        AlignmentKind.Transliteration => "same letters as another transliteration writes them (c, k or q; w or v; y or i; x or ks; dj or j; j or y)",
        _ => kind.ToString(),
    };
}
