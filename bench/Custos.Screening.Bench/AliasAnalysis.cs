using System.Globalization;
using System.Text;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Screening.Text;

namespace Custos.Screening.Bench;

/// <summary>
/// Where alias recall is lost: for each strong alias of the coherent 2021 set missed at rank 10 (leave-one-out), whether
/// the entry's other names were among the candidates the index retrieved (retrieval) or were retrieved and outranked
/// (ranking), and the best score any other name of the entry reaches against the alias. Writes one line per miss.
/// </summary>
internal static class AliasAnalysis
{
    public static void Run(string output)
    {
        var snapshot = Corpus.Read(Corpus.Sdn2021Files);
        var index = ScreeningIndex.Build([snapshot]);
        var lines = new StringBuilder();
        int total = 0, misses = 0, retrievalMisses = 0, retrievalMissesWide = 0;
        var categories = new Dictionary<(string Category, string Stage), int>();
        foreach (var entry in snapshot.Entries)
        {
            var names = index.NamesOf(entry).ToList();
            foreach (var alias in entry.Names.Where(n => n.Kind == NameKind.Alias && n.Strength == NameStrength.Strong))
            {
                total++;
                var excluded = Excluded(entry, names, alias);
                var hits = index.Screen(new ScreeningQuery(alias.Text), 10, excluded);
                if (hits.Any(h => ReferenceEquals(h.Entry, entry)))
                {
                    continue;
                }

                misses++;
                var retrieved = Retrieved(index, alias, names, excluded, index.Options.CandidateLimit);
                var wide = Retrieved(index, alias, names, excluded, 5000);
                retrievalMisses += retrieved ? 0 : 1;
                retrievalMissesWide += wide ? 0 : 1;
                var best = entry.Names.Where(o => !ReferenceEquals(o, alias))
                    .Select(o => (o.Text, Score: index.ScorePair(alias.Text, o.Text).Score)).MaxBy(x => x.Score);
                var category = Categorise(entry, alias, best.Score);
                categories[(category, retrieved ? "outranked" : "not retrieved")] = categories.GetValueOrDefault((category, retrieved ? "outranked" : "not retrieved")) + 1;
                lines.Append(CultureInfo.InvariantCulture, $"{(retrieved ? "RANK" : wide ? "RETR25" : "RETR")}\t{best.Score:0.000}\t{entry.Kind}\t{alias.Text}\t{best.Text}\t{string.Join(" | ", entry.Names.Where(o => !ReferenceEquals(o, alias)).Select(o => o.Text))}\ttop: {(hits.Count > 0 ? hits[0].MatchedName.Text + " " + hits[0].Score.ToString("0.000", CultureInfo.InvariantCulture) : "-")}\n");
            }
        }

        File.WriteAllText(output, lines.ToString());
        foreach (var ((category, stage), count) in categories.OrderBy(c => c.Key.Category, StringComparer.Ordinal).ThenBy(c => c.Key.Stage, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {category} ({stage}): {count}");
        }

        Console.WriteLine($"{total} aliases, {misses} missed at 10: not retrieved among {index.Options.CandidateLimit} candidates {retrievalMisses}, not among 5000 {retrievalMissesWide}; ranking {misses - retrievalMisses}");
    }

    /// <summary>
    /// Why a missed alias was missed, by what it has in common with the entry's other names: an acronym of one of
    /// them; a best score of 0.5 or more; a name word in common; a four-letter prefix in common; a best score of 0.25 or
    /// more; or nothing (by the entry's kind).
    /// </summary>
    private static string Categorise(ListEntry entry, ListName alias, double best)
    {
        var own = Words(alias.Text, entry.Kind);
        var others = entry.Names.Where(o => !ReferenceEquals(o, alias)).Select(o => Words(o.Text, entry.Kind)).ToList();
        if (others.Any(o => IsAcronymOf(own, o) || IsAcronymOf(o, own)))
        {
            return "acronym of another name";
        }

        if (best >= 0.5)
        {
            return "another name scores >= 0.5";
        }

        var significant = own.Where(w => w.Text.Length > 2 && w.Class is TokenClass.Word or TokenClass.Generic or TokenClass.Patronymic).ToList();
        var otherWords = others.SelectMany(o => o).Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        if (significant.Any(w => otherWords.Contains(w.Text)))
        {
            return "a word in common (a generic word or a common name)";
        }

        var prefixes = otherWords.Where(w => w.Length >= 4).Select(w => w[..4]).ToHashSet(StringComparer.Ordinal);
        if (significant.Any(w => w.Text.Length >= 4 && prefixes.Contains(w.Text[..4])))
        {
            return "a four-letter prefix in common";
        }

        return best >= 0.25 ? "another name scores 0.25-0.5" : "nothing in common (" + entry.Kind + ")";
    }

    private static List<NameToken> Words(string name, EntityKind kind) => [.. NameNormalizer.Normalize(name, kind).Tokens];

    private static bool IsAcronymOf(List<NameToken> acronym, List<NameToken> words)
    {
        var initials = new string([.. words.Where(w => w.Class is TokenClass.Word or TokenClass.Generic or TokenClass.Patronymic or TokenClass.Initial).Select(w => w.Text[0])]);
        var withStop = new string([.. words.Where(w => w.Class is not (TokenClass.Particle or TokenClass.Title)).Select(w => w.Text[0])]);
        var joined = string.Concat(acronym.Select(a => a.Text));
        return initials.Length >= 2 && (acronym.Any(a => a.Text == initials || a.Text == withStop) || joined == initials || joined == withStop);
    }

    /// <summary>
    /// The name to leave out of the index for an alias: the alias's own indexed name, unless another name of the entry
    /// normalises to the same tokens (<c>MEDIASINTEZ LLC</c> and <c>MEDIASINTEZ, OOO</c>), which the index keeps once —
    /// leaving that out would take away a name the entry still has.
    /// </summary>
    public static int Excluded(ListEntry entry, List<(int Name, ListName Source)> names, ListName alias)
    {
        var own = names.Where(n => ReferenceEquals(n.Source, alias)).Select(n => n.Name).DefaultIfEmpty(-1).First();
        if (own < 0)
        {
            return -1;
        }

        var normalized = NameNormalizer.Normalize(alias.Text, entry.Kind).Display;
        return entry.Names.Any(o => !ReferenceEquals(o, alias) && NameNormalizer.Normalize(o.Text, entry.Kind).Display == normalized) ? -1 : own;
    }

    /// <summary>True when the candidate search for the alias returns another name of its entry among <paramref name="limit"/>.</summary>
    public static bool Retrieved(ScreeningIndex index, ListName alias, List<(int Name, ListName Source)> names, int excluded, int limit)
    {
        var tokens = index.TokensOf(NameNormalizer.Normalize(alias.Text));
        var others = names.Where(n => n.Name != excluded).Select(n => n.Name).ToHashSet();
        return CandidateSearch.For(index.Data).Find(tokens, SimilarityCache.Begin(), limit, excluded).Any(others.Contains);
    }
}

/// <summary>The candidates the index retrieves for one alias of the 2021 set (leave-one-out), for debugging.</summary>
internal static class AliasDebug
{
    public static void Run(string aliasText)
    {
        var snapshot = Corpus.Read(Corpus.Sdn2021Files);
        var index = ScreeningIndex.Build([snapshot]);
        var entry = snapshot.Entries.First(e => e.Names.Any(n => n.Text == aliasText));
        var alias = entry.Names.First(n => n.Text == aliasText);
        var names = index.NamesOf(entry).ToList();
        var excluded = AliasAnalysis.Excluded(entry, names, alias);
        var tokens = index.TokensOf(NameNormalizer.Normalize(alias.Text));
        Console.WriteLine("query tokens: " + string.Join(", ", tokens.Select(t => $"{t.Text}/{t.Key}/{t.Class}/{t.Weight:0.0}")));
        Console.WriteLine("entry names: " + string.Join(" | ", names.Select(n => n.Source.Text)));
        foreach (var n in CandidateSearch.For(index.Data).Find(tokens, SimilarityCache.Begin(), 25, excluded))
        {
            Console.WriteLine($"  {(names.Any(x => x.Name == n) ? "*" : " ")} {index.Data.NameSource[n].Text}  score {NameAligner.Score(tokens, index.Data.NameTokens[n], null, null):0.000}");
        }
    }
}
