using Custos.Domain.Customers;
using Custos.Domain.Policy;
using Custos.Domain.Restrictions;

namespace Custos.Domain.Tests.Restrictions;

/// <summary>
/// EU Reg. 833/2014 Art. 5b as the policy records it: EUR 10,000 from 2022-04-08 (Reg. 2022/576), no threshold from
/// 2022-10-06 (Reg. 2022/1904); nationals and residents of Russia; exempt nationals of the EU, the EEA and Switzerland
/// and holders of a residence permit there. Each side of each condition, and each day a stage begins.
/// </summary>
public class RestrictionRulesTests
{
    private static readonly DateOnly ThresholdDay = new(2022, 4, 8);
    private static readonly DateOnly BanDay = new(2022, 10, 6);
    private static readonly DateOnly InThresholdStage = new(2022, 6, 1);
    private static readonly DateOnly InBanStage = new(2023, 6, 1);

    internal static SanctionsRegime Regime() => new()
    {
        Id = "eu-833-2014-art-5b",
        Name = "Council Regulation (EU) No 833/2014 Art. 5b",
        ImposedBy = "eu",
        Target = "RU",
        Restriction = new SanctionsRestriction
        {
            Code = "eu-833-5b",
            Thresholds = new Timeline<decimal?>([
                new DatedValue<decimal?>(10_000m, ThresholdDay, null, "Reg. 2022/576"),
                new DatedValue<decimal?>(null, BanDay, null, "Reg. 2022/1904"),
            ]),
            ExemptNationals = ["DE", "FR", "IS", "LI", "NO", "CH"],
            ExemptPermitCountries = ["DE", "FR", "IS", "LI", "NO", "CH"],
            Action = "Close the account and return the crypto-assets.",
        },
    };

    private static RestrictionSubject Russian(string? nationality = "RU", string residence = "RU", string[]? documents = null, ResidencePermit[]? permits = null) => new()
    {
        AccountId = "A1",
        Nationality = nationality,
        ResidenceCountry = residence,
        DocumentCountries = documents ?? [],
        Permits = permits ?? [],
    };

    private static HoldingsValuation Worth(decimal eur, params string[] unpriced) => new()
    {
        PricedEur = eur,
        Valued = [],
        Unpriced = [.. unpriced.Select(a => new UnpricedHolding(a, 1m, InThresholdStage))],
    };

    private static RestrictionOutcome Evaluate(RestrictionSubject subject, decimal eur, DateOnly day, params string[] unpriced) =>
        RestrictionRules.Evaluate(Regime(), subject, Worth(eur, unpriced), day);

    [Fact]
    public void Evaluate_DayBeforeTheThresholdStage_IsNotInForce()
    {
        var outcome = Evaluate(Russian(), 1_000_000m, ThresholdDay.AddDays(-1));

        Assert.Equal(RestrictionOutcomeKind.NotInForce, outcome.Kind);
        Assert.Null(outcome.ReasonCode);
    }

    [Fact]
    public void Evaluate_FirstDayOfTheThresholdStage_RestrictsAboveTenThousand()
    {
        var outcome = Evaluate(Russian(), 10_000.01m, ThresholdDay);

        Assert.Equal(RestrictionOutcomeKind.Restrict, outcome.Kind);
        Assert.Equal("eu-833-5b-threshold", outcome.ReasonCode);
        Assert.Equal(ThresholdDay, outcome.Since);
        Assert.Equal("Reg. 2022/576", outcome.Source);
    }

    [Fact]
    public void Evaluate_ExactlyTheThreshold_IsBelowIt() =>
        Assert.Equal(RestrictionOutcomeKind.BelowThreshold, Evaluate(Russian(), 10_000m, InThresholdStage).Kind);

    [Fact]
    public void Evaluate_LastDayOfTheThresholdStage_StillSparesSmallHoldings() =>
        Assert.Equal(RestrictionOutcomeKind.BelowThreshold, Evaluate(Russian(), 50m, BanDay.AddDays(-1)).Kind);

    [Fact]
    public void Evaluate_FirstDayOfTheBan_RestrictsWhateverTheValue()
    {
        var outcome = Evaluate(Russian(), 50m, BanDay);

        Assert.Equal(RestrictionOutcomeKind.Restrict, outcome.Kind);
        Assert.Equal("eu-833-5b-ban", outcome.ReasonCode);
        Assert.Equal(BanDay, outcome.Since);
        Assert.Equal("Reg. 2022/1904", outcome.Source);
    }

    [Fact]
    public void Evaluate_BanWithNothingHeld_StillRestricts() =>
        Assert.Equal("eu-833-5b-ban", Evaluate(Russian(), 0m, InBanStage).ReasonCode);

    [Theory]
    [InlineData("RU", "DE", true)]   // a national living abroad
    [InlineData("UA", "RU", true)]   // a resident of another nationality
    [InlineData("RU", "RU", true)]
    [InlineData("UA", "PL", false)]  // neither
    [InlineData(null, "PL", false)]  // no nationality recorded, not resident
    public void Evaluate_NationalOrResident_IsCovered(string? nationality, string residence, bool covered)
    {
        var outcome = Evaluate(Russian(nationality, residence), 20_000m, InThresholdStage);

        Assert.Equal(covered ? RestrictionOutcomeKind.Restrict : RestrictionOutcomeKind.NotCovered, outcome.Kind);
    }

    [Fact]
    public void Evaluate_RussianPassportOnly_MakesANational() =>
        Assert.Equal(RestrictionOutcomeKind.Restrict, Evaluate(Russian("UA", "PL", documents: ["RU"]), 20_000m, InThresholdStage).Kind);

    [Fact]
    public void Evaluate_ResidenceAndNationalityInLowerCase_AreStillRussian() =>
        Assert.Equal(RestrictionOutcomeKind.Restrict, Evaluate(Russian("ru", "ru"), 20_000m, InThresholdStage).Kind);

    [Theory]
    [InlineData("DE", true)]   // EU member state
    [InlineData("NO", true)]   // EEA
    [InlineData("CH", true)]   // Switzerland
    [InlineData("UA", false)]  // none of them
    [InlineData("GB", false)]  // left the EU, not EEA
    public void Evaluate_SecondNationality_ExemptsOnlyEuEeaOrSwiss(string second, bool exempt)
    {
        var outcome = Evaluate(Russian(documents: [second]), 20_000m, InBanStage);

        Assert.Equal(exempt ? RestrictionOutcomeKind.Exempt : RestrictionOutcomeKind.Restrict, outcome.Kind);
    }

    [Fact]
    public void Evaluate_RecordedNationalityExemptWhileResidentInRussia_IsExempt() =>
        Assert.Equal(RestrictionOutcomeKind.Exempt, Evaluate(Russian("FR", "RU"), 20_000m, InBanStage).Kind);

    [Theory]
    [InlineData("DE", ResidencePermitKind.Temporary, "2022-01-01", "2024-01-01", true)]
    [InlineData("DE", ResidencePermitKind.Permanent, "2015-01-01", null, true)]
    [InlineData("CH", ResidencePermitKind.Temporary, "2023-06-01", "2023-06-02", true)]  // valid from its first day
    [InlineData("DE", ResidencePermitKind.Temporary, "2021-01-01", "2023-06-01", false)] // ended: the end is exclusive
    [InlineData("DE", ResidencePermitKind.Temporary, "2023-06-02", null, false)]         // not yet valid
    [InlineData("UA", ResidencePermitKind.Permanent, "2015-01-01", null, false)]         // not an exempt country
    [InlineData("GB", ResidencePermitKind.Permanent, "2015-01-01", null, false)]
    public void Evaluate_ResidencePermit_ExemptsWhenValidOnTheDayInAnExemptCountry(string country, ResidencePermitKind kind, string from, string? until, bool exempt)
    {
        var permit = new ResidencePermit
        {
            AccountId = "A1", Country = country, Kind = kind, ValidFrom = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            ValidUntil = until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture),
        };

        var outcome = Evaluate(Russian(permits: [permit]), 20_000m, InBanStage);

        Assert.Equal(exempt ? RestrictionOutcomeKind.Exempt : RestrictionOutcomeKind.Restrict, outcome.Kind);
    }

    [Fact]
    public void Evaluate_UnpricedHoldingBelowTheThreshold_IsUndetermined()
    {
        var outcome = Evaluate(Russian(), 5_000m, InThresholdStage, "XMR");

        Assert.Equal(RestrictionOutcomeKind.Undetermined, outcome.Kind);
        Assert.Contains("XMR", outcome.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnpricedHoldingWhenPricedAlreadyExceed_Restricts() =>
        Assert.Equal("eu-833-5b-threshold", Evaluate(Russian(), 15_000m, InThresholdStage, "XMR").ReasonCode);

    [Fact]
    public void Evaluate_UnpricedHoldingUnderTheBan_DoesNotMatter() =>
        Assert.Equal("eu-833-5b-ban", Evaluate(Russian(), 0m, InBanStage, "XMR").ReasonCode);

    [Fact]
    public void Evaluate_RegimeWithoutRestriction_Throws() =>
        Assert.Throws<ArgumentException>(() => RestrictionRules.Evaluate(Regime() with { Restriction = null }, Russian(), HoldingsValuation.None, InBanStage));

    [Fact]
    public void Evaluate_Restrict_ExplainsTheActionToCloseAndReturn() =>
        Assert.Contains("Close the account and return", Evaluate(Russian(), 20_000m, InThresholdStage).Explanation, StringComparison.Ordinal);
}
