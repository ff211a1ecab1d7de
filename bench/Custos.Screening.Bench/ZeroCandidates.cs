using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>
/// The candidates the scoring rates 0: for 3,000 synthetic people and every fifth listed entry's last name, how many of
/// the names the candidate search brings to scoring score nothing, and the queries whose candidates were full (25) with
/// such names, most first. A name the search credits and the scoring never pairs takes the place of one it might; each
/// pattern here is a rule of the scoring the search does not know (an abbreviation met by sound, a joined spelling
/// against a much shorter word were two).
/// </summary>
internal static class ZeroCandidates
{
    public static void Run(ScreeningIndex index)
    {
        var data = index.Data;
        var queries = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "negatives-global-synthetic.csv")).Take(3000).Select(p => (Name: p["full_name"], Kind: EntityKind.Person))
            .Concat(data.Entries.Where((_, i) => i % 5 == 0).Select(e => (Name: e.Names[^1].Text, e.Kind))).ToList();
        int candidates = 0, zeros = 0, full = 0, fullWithZeros = 0;
        var examples = new List<(int Zeros, string Text)>();
        foreach (var (name, kind) in queries)
        {
            var tokens = index.TokensOf(NameNormalizer.Normalize(name, kind));
            if (tokens.Length == 0)
            {
                continue;
            }

            // As a screen of a query of a known kind scores (ScreeningIndex.Find).
            var personal = kind == EntityKind.Person;
            var found = CandidateSearch.For(data).Find(tokens, SimilarityCache.Begin(), index.Options.CandidateLimit, -1, personal);
            var scoredZero = new List<string>();
            foreach (var n in found)
            {
                var listed = data.NameKinds[n];
                if (NameAligner.Score(tokens, data.NameTokens[n], null, null, true, personal || listed == EntityKind.Person, IndexData.IsOrganisation(listed)) <= 1e-4f)
                {
                    scoredZero.Add(data.NameSource[n].Text);
                }
            }

            candidates += found.Count;
            zeros += scoredZero.Count;
            if (found.Count >= index.Options.CandidateLimit)
            {
                full++;
                if (scoredZero.Count > 0)
                {
                    fullWithZeros++;
                    examples.Add((scoredZero.Count, $"{name} [{kind}] -> {string.Join(" | ", scoredZero.Take(6))}"));
                }
            }
        }

        Console.WriteLine($"{queries.Count} queries, {candidates} candidates, {zeros} scored 0; {full} queries with {index.Options.CandidateLimit} candidates, {fullWithZeros} of them with some scored 0");
        foreach (var (count, text) in examples.OrderByDescending(e => e.Zeros).Take(60))
        {
            Console.WriteLine($"{count,3} {text}");
        }
    }
}
