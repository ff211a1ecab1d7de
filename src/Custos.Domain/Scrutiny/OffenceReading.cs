using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>
/// What the request's own words say about the offence: the statutes of the requesting state it cites and the lexicon
/// terms its description and legal basis use. Read once per evaluation.
/// </summary>
internal sealed class OffenceReading
{
    private OffenceReading(List<Statute> statutes, List<(LexiconGroup Group, LexiconEntry Entry)> terms)
    {
        Statutes = statutes;
        Terms = terms;
    }

    /// <summary>Statutes of the agency's jurisdiction in force on the date that the text cites.</summary>
    public IReadOnlyList<Statute> Statutes { get; }

    /// <summary>Lexicon groups found, each with the first of its terms that was.</summary>
    public IReadOnlyList<(LexiconGroup Group, LexiconEntry Entry)> Terms { get; }

    public static OffenceReading Read(Evaluation e)
    {
        var text = FoldedText.Of(string.Concat(e.Request.LegalProcess?.LegalBasis, " \n ", e.Request.Offence?.Description));
        var statutes = new List<Statute>();
        foreach (var statute in e.Agency?.Statutes ?? [])
        {
            if (statute.InForceOn(e.AsOf) && statute.CitedIn(text))
            {
                statutes.Add(statute);
            }
        }

        var terms = new List<(LexiconGroup, LexiconEntry)>();
        foreach (var group in e.Policy.Lexicon)
        {
            if (group.FirstIn(text) is { } entry)
            {
                terms.Add((group, entry));
            }
        }

        return new OffenceReading(statutes, terms);
    }
}
