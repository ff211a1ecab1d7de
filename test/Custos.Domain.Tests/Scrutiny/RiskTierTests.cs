using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestPolicy;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>The tier indicators added with the press-freedom band, and an agency country given as blanks.</summary>
public class RiskTierTests
{
    [Theory]
    [InlineData(2024, 12, 31, RiskTier.Low)]
    [InlineData(2025, 1, 1, RiskTier.Elevated)]
    public void Evaluate_PressFreedomBand_PutsTheCountryInItsTierFromItsDate(int year, int month, int day, RiskTier expected)
    {
        var policy = With();
        var band = policy.Jurisdictions["AA"] with
        {
            PressFreedom = new([new DatedValue<PressFreedomBand>(PressFreedomBand.VerySerious, new DateOnly(2025, 1, 1), null, "RSF 2025")]),
        };
        policy = policy with
        {
            Jurisdictions = new Dictionary<string, JurisdictionProfile>(policy.Jurisdictions, StringComparer.Ordinal) { ["CC"] = band with { Country = "CC", Name = "Carpania" } },
            RiskTiers = new Dictionary<RiskTier, RiskCriteria> { [RiskTier.Elevated] = new() { PressFreedom = [PressFreedomBand.VerySerious] } },
        };

        var result = ScrutinyEngine.Evaluate(Request("CC"), policy, new ScrutinyContext { AsOf = new DateOnly(year, month, day), ProviderCountry = "AA" }).Value;

        Assert.Equal(expected, result.RiskTier);
    }

    [Fact]
    public void Evaluate_AgencyCountryOfBlanks_IsMissing()
    {
        var policy = With(Rule("country", RuleKind.RequiredField, Recommendation.Incomplete, new RuleParameters { Field = RequiredField.AgencyCountry }));
        var request = Request() with { Agency = Request().Agency with { Country = "  " } };

        var result = ScrutinyEngine.Evaluate(request, policy, new ScrutinyContext { AsOf = new DateOnly(2025, 3, 10), ProviderCountry = "AA" }).Value;

        Assert.Equal(Recommendation.Incomplete, result.Recommendation);
    }
}
