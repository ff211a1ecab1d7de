using System.Globalization;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Bench;

/// <summary>
/// The review threshold swept over the public sets: each name pair, synthetic person and perturbed name is scored once,
/// then every threshold is applied to the scores (P / R / F1 on the pairs, the share of synthetic people with a hit at
/// or above it with and without their date of birth and nationality, and the perturbations found at rank 1 at or above it).
/// </summary>
internal static class Sweep
{
    public static void Run(ScreeningIndex full)
    {
        var pairs = Csv.Read(Path.Combine(Corpus.Sanctions, "eval", "name-pairs.csv"))
            .Select(p => (Match: p["is_match"] == "true", Score: full.ScorePair(p["name1"], p["name2"], p["schema"]).Score)).ToList();
        var negatives = new List<(double WithFacts, double NameOnly)>[2];
        var files = new[] { "negatives-global-synthetic.csv", "negatives-us-synthetic.csv" };
        for (var f = 0; f < files.Length; f++)
        {
            negatives[f] = [];
            foreach (var p in Csv.Read(Path.Combine(Corpus.Sanctions, "eval", files[f])))
            {
                var query = new ScreeningQuery(p["full_name"])
                {
                    Kind = EntityKind.Person,
                    BirthDate = BirthDate.Parse(p["date_of_birth"]),
                    Country = p["nationality"].Length > 0 ? p["nationality"] : null,
                };
                var withFacts = full.Screen(query, 1);
                var bare = full.Screen(new ScreeningQuery(p["full_name"]) { Kind = EntityKind.Person }, 1);
                negatives[f].Add((withFacts.Count > 0 ? withFacts[0].Score : 0, bare.Count > 0 ? bare[0].Score : 0));
            }
        }

        var perturbed = Perturbations.TopScores(full);
        Console.WriteLine("threshold | pairs P / R / F1 | FP global with facts / name only | FP US with facts / name only | perturbations rank 1 and >= T");
        for (var t = 0.62; t <= 0.801; t += 0.02)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (match, score) in pairs)
            {
                tp += match && score >= t ? 1 : 0;
                fp += !match && score >= t ? 1 : 0;
                fn += match && score < t ? 1 : 0;
            }

            var precision = tp / (double)Math.Max(1, tp + fp);
            var recall = tp / (double)Math.Max(1, tp + fn);
            var f1 = 2 * precision * recall / (precision + recall);
            var threshold = t;
            string Rate(int f, bool facts) => Evaluation.P(negatives[f].Count(n => (facts ? n.WithFacts : n.NameOnly) >= threshold) / (double)negatives[f].Count);
            var found = perturbed.Count(p => p.First && p.Score >= threshold) / (double)perturbed.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{t:0.00} | {precision:0.000} / {recall:0.000} / {f1:0.000} | {Rate(0, true)} / {Rate(0, false)} | {Rate(1, true)} / {Rate(1, false)} | {found:0.000}"));
        }
    }
}
