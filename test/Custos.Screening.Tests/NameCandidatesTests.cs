using System.Globalization;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>A screen in two halves (a name's candidates found once, then weighed per query) gives exactly what one screen gives.</summary>
public sealed class NameCandidatesTests
{
    private static string Describe(IReadOnlyList<ScreeningHit> hits) =>
        string.Join(";", hits.Select(h => h.Entry.ListId + "/" + h.Entry.SourceId + "=" + h.Score.ToString("R", CultureInfo.InvariantCulture) + (h.RequiresReview ? "!" : "")));

    [SharedDataFact]
    public void Screen_FromCandidates_GivesTheSameHitsScoresAndOrderAsOneScreen()
    {
        var index = Lists.Full;
        var names = Lists.Sdn.Entries.Where((_, i) => i % 97 == 0).Select(e => e.PrimaryName)
            .Concat(["Vladimir Putin", "Владимир Путин", "Mohammed Ali", "Sergei Ivanov", "习近平", "Gazprom OAO", "Hossein Mousavi", "x"]).ToList();
        (BirthDate? Birth, string? Country, EntityKind Kind)[] facts =
        [
            (null, null, EntityKind.Unknown),
            (BirthDate.Parse("1952-10-07"), "RU", EntityKind.Person),
            (BirthDate.Parse("1990"), "Iran", EntityKind.Person),
            (null, "CN", EntityKind.Organization),
        ];
        var compared = 0;
        foreach (var name in names)
        {
            foreach (var kind in facts.Select(f => f.Kind).Distinct())
            {
                var candidates = index.FindCandidates(name, kind);
                foreach (var (birth, country, _) in facts.Where(f => f.Kind == kind || f.Kind == EntityKind.Unknown))
                {
                    var query = new ScreeningQuery(name) { BirthDate = birth, Country = country, Kind = kind };
                    var whole = index.Screen(query, 10);
                    var halves = index.Screen(candidates, query, 10);
                    Assert.Equal(Describe(whole), Describe(halves));
                    Assert.Equal(whole.Select(h => h.Explanation.ToText()), halves.Select(h => h.Explanation.ToText()));
                    compared++;
                }
            }
        }

        Assert.True(compared > 300, compared.ToString(CultureInfo.InvariantCulture));
    }

    [SharedDataFact]
    public void Screen_CandidatesOfAnotherNameOrKind_AreRefused()
    {
        var candidates = Lists.Full.FindCandidates("Vladimir Putin", EntityKind.Person);

        Assert.Throws<ArgumentException>(() => Lists.Full.Screen(candidates, new ScreeningQuery("Vladimir Putln") { Kind = EntityKind.Person }, 5));
        Assert.Throws<ArgumentException>(() => Lists.Full.Screen(candidates, new ScreeningQuery("Vladimir Putin"), 5));
        Assert.Throws<ArgumentException>(() => ScreeningIndex.Build([Lists.Un]).Screen(candidates, new ScreeningQuery("Vladimir Putin") { Kind = EntityKind.Person }, 5));
    }

    [SharedDataFact]
    public void FindCandidates_EmptyName_HasNoneAndScreensToNothing()
    {
        var candidates = Lists.Full.FindCandidates(" ,.- ");

        Assert.Equal(0, candidates.Count);
        Assert.Empty(Lists.Full.Screen(candidates, new ScreeningQuery(" ,.- "), 5));
    }
}
