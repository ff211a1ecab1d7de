using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>
/// The evidence sections on top of <see cref="TestPolicy"/>: Borduria (BB, Free until 2022, then Not Free) has one statute
/// used against speech from 2021; the lexicon has a speech term and a protected-person term; Aland (AA, the provider)
/// records insulting the head of state as no offence from 2020.
/// </summary>
internal static class TestEvidence
{
    public static readonly DateOnly Before = new(2020, 6, 1);
    public static readonly DateOnly Partly = new(2021, 6, 1);
    public static readonly DateOnly After = new(2022, 6, 1);

    public static ScrutinyPolicy With(params PolicyRule[] rules)
    {
        var policy = TestPolicy.With(rules);
        var jurisdictions = new Dictionary<string, JurisdictionProfile>(policy.Jurisdictions, StringComparer.Ordinal)
        {
            ["AA"] = policy.Jurisdictions["AA"] with
            {
                ConductNotCriminal = new Dictionary<string, Timeline<bool>>(StringComparer.Ordinal)
                {
                    ["insulting-head-of-state"] = new([new DatedValue<bool>(true, new DateOnly(2020, 1, 1), null, "Aland Act 7 of 2019")]),
                },
            },
            ["BB"] = policy.Jurisdictions["BB"] with
            {
                Statutes =
                [
                    new Statute
                    {
                        Id = "bb-pc-99", Name = "Penal Code Art. 99 (insulting the Chancellor)", Codes = [SearchTerm.Phrase("Penal Code")],
                        Articles = [SearchTerm.Article("99")], Themes = [PoliticalTheme.Speech], Conduct = "insulting-head-of-state",
                        From = new DateOnly(2021, 1, 1), Source = "Borduria Watch 2021",
                    },
                ],
            },
        };
        return policy with
        {
            Jurisdictions = jurisdictions,
            Conducts = new Dictionary<string, string>(StringComparer.Ordinal) { ["insulting-head-of-state"] = "insulting the head of state" },
            Lexicon =
            [
                Group("speech.head-of-state", PoliticalTheme.Speech, "insulting-head-of-state", "insulting the chancellor"),
                Group("persons", PoliticalTheme.ProtectedPerson, null, "journalist"),
            ],
            Predominance = new PredominanceSettings
            {
                Source = "INTERPOL Art. 3",
                Weights = new Dictionary<PoliticalSignal, int>
                {
                    [PoliticalSignal.Statute] = 3, [PoliticalSignal.Lexicon] = 2, [PoliticalSignal.ProtectedStatus] = 2, [PoliticalSignal.GroupReach] = 2,
                    [PoliticalSignal.NoSuspect] = 1, [PoliticalSignal.OffenceCategory] = 1, [PoliticalSignal.OrdinaryOffence] = -3,
                },
                JurisdictionWeights = new Dictionary<FreedomHouseStatus, int> { [FreedomHouseStatus.NotFree] = 2 },
                PoliticalOffences = [OffenceCategory.Extremism],
                OrdinaryOffences = [OffenceCategory.Fraud],
                GroupTargetTypes = [TargetType.CounterpartyOfWallet],
                Levels = new Dictionary<PredominanceLevel, PredominanceThreshold>
                {
                    [PredominanceLevel.Possible] = new(3, 1, 1),
                    [PredominanceLevel.Predominant] = new(6, 2, 1),
                },
            },
        };
    }

    public static PolicyRule Predominance(PredominanceLevel level) => TestPolicy.Rule(
        level == PredominanceLevel.Predominant ? "predominant" : "possible", RuleKind.PoliticalPredominance,
        level == PredominanceLevel.Predominant ? Recommendation.Deny : Recommendation.Escalate, new RuleParameters { Level = level },
        message: "{score}/{threshold}: {evidence}");

    /// <summary>A Bordurian court order to Aland for the given offence, about one suspect's account.</summary>
    public static DataRequest Request(string description, string legalBasis = "Criminal Procedure Code", params OffenceCategory[] categories) =>
        TestPolicy.Request("BB") with
        {
            LegalProcess = new LegalProcess { Type = LegalProcessType.CourtOrder, Signed = true, LegalBasis = legalBasis },
            Offence = new Offence { Description = description, Categories = categories.Length == 0 ? [OffenceCategory.Other] : categories },
            Targets = [new Target { Type = TargetType.Account, Value = "C-1", Role = TargetRole.Suspect }],
        };

    private static LexiconGroup Group(string id, PoliticalTheme theme, string? conduct, string term) => new()
    {
        Id = id, Theme = theme, Conduct = conduct, Source = "source of " + id, Entries = [new LexiconEntry(SearchTerm.Phrase(term), "en")],
    };
}
