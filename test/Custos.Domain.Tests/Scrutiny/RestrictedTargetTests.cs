using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Scrutiny.TestPolicy;

namespace Custos.Domain.Tests.Scrutiny;

/// <summary>A restriction under a sanctions regime is never a ground to disclose to the sanctioned state's authorities: scrutiny says so.</summary>
public class RestrictedTargetTests
{
    private static readonly ScrutinyContext s_aa = new() { AsOf = new DateOnly(2025, 3, 10), ProviderCountry = "AA" };

    private static readonly SanctionsRegime s_regime = new()
    {
        Id = "x-on-bb", Name = "Regulation X", ImposedBy = "x", Target = "BB",
        Measures = new([new DatedValue<string>("accounts restricted", new DateOnly(2024, 1, 1), null, "OJ 1")]),
    };

    private static readonly ScrutinyPolicy s_policy =
        With(Rule("restricted", RuleKind.SanctionsRestrictedTarget, message: "targets {targets} reach {accounts} account(s) restricted under {regime} since {since} against {country}")) with
        {
            SanctionsRegimes = [s_regime],
        };

    private static ScrutinyContext Restricted(string regime, params int[] positions) => s_aa with
    {
        RestrictedTargets = [.. positions.Select(p => new RestrictedTarget(p, regime, new DateOnly(2024, 5, 1), ["C-" + p.ToString(System.Globalization.CultureInfo.InvariantCulture)]))],
    };

    [Fact]
    public void Evaluate_SanctionedStateAsksAboutRestrictedCustomers_SaysTheRestrictionIsNoGround()
    {
        var result = ScrutinyEngine.Evaluate(Request("BB"), s_policy, Restricted("x-on-bb", 0, 2)).Value;

        var finding = Assert.Single(result.Findings);
        Assert.Equal("targets 1, 3 reach 2 account(s) restricted under Regulation X since 2024-05-01 against Borduria", finding.Message);
        Assert.Equal("restricted", finding.Rule);
        Assert.False(string.IsNullOrEmpty(finding.Source));
    }

    [Fact]
    public void Evaluate_NoRestrictedTarget_FindsNothing() =>
        Assert.Empty(ScrutinyEngine.Evaluate(Request("BB"), s_policy, s_aa).Value.Findings);

    [Fact]
    public void Evaluate_AnotherStateAsks_FindsNothing() =>
        Assert.Empty(ScrutinyEngine.Evaluate(Request("AA"), s_policy, Restricted("x-on-bb", 0)).Value.Findings);

    [Fact]
    public void Evaluate_RestrictedUnderAnotherRegime_FindsNothing() =>
        Assert.Empty(ScrutinyEngine.Evaluate(Request("BB"), s_policy, Restricted("y-on-cc", 0)).Value.Findings);

    [Fact]
    public void Evaluate_BeforeTheRegime_FindsNothing() =>
        Assert.Empty(ScrutinyEngine.Evaluate(Request("BB"), s_policy, Restricted("x-on-bb", 0) with { AsOf = new DateOnly(2023, 12, 31) }).Value.Findings);

    [Fact]
    public void Evaluate_RegimeOfAnotherLegalSystem_FindsNothing()
    {
        var policy = s_policy with { SanctionsRegimes = [s_regime with { ImposedBy = "y" }] };

        Assert.Empty(ScrutinyEngine.Evaluate(Request("BB"), policy, Restricted("x-on-bb", 0)).Value.Findings);
    }
}
