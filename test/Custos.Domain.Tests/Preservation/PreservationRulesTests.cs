using Custos.Domain.Policy;
using Custos.Domain.Preservation;
using Custos.Domain.Scrutiny;
using Custos.Domain.Tests.Scrutiny;

namespace Custos.Domain.Tests.Preservation;

public class PreservationRulesTests
{
    private static readonly DateOnly Start = new(2026, 1, 10);

    [Theory]
    [InlineData(0, PreservationState.Active, 90)]
    [InlineData(89, PreservationState.Active, 1)]
    [InlineData(90, PreservationState.Expired, 0)]
    [InlineData(400, PreservationState.Expired, 0)]
    public void On_UnitedStates_Ninety_DaysThenReleased(int day, PreservationState state, int left)
    {
        var period = PreservationRules.Start(PreservationTerms.UnitedStates, Start);

        var status = PreservationRules.On(period, Start.AddDays(day));

        Assert.Equal(new DateOnly(2026, 4, 10), period.Expires);
        Assert.Equal(state, status.State);
        Assert.Equal(left, status.DaysLeft);
        Assert.Equal(state == PreservationState.Active, status.CanExtend);
    }

    [Fact]
    public void Extend_UnitedStates_OnceForNinetyMore_ThenNoMore()
    {
        var period = PreservationRules.Start(PreservationTerms.UnitedStates, Start);

        var extended = PreservationRules.Extend(period, Start.AddDays(85));
        var again = PreservationRules.Extend(extended.Value, Start.AddDays(120));

        Assert.Equal(Start.AddDays(180), extended.Value.Expires);
        Assert.Equal([Start.AddDays(85)], extended.Value.Extensions);
        Assert.Equal(PreservationState.Active, PreservationRules.On(extended.Value, Start.AddDays(179)).State);
        Assert.Equal(PreservationState.Expired, PreservationRules.On(extended.Value, Start.AddDays(180)).State);
        Assert.False(PreservationRules.On(extended.Value, Start.AddDays(100)).CanExtend);
        Assert.Equal("preservation.extension-limit", again.Error.Code);
    }

    [Theory]
    [InlineData(0, 90)]
    [InlineData(59, 90)]
    public void Extend_EEvidence_SixtyDaysPlusThirty(int onDay, int expiresAfter)
    {
        var period = PreservationRules.Start(PreservationTerms.EEvidence, Start);

        var extended = PreservationRules.Extend(period, Start.AddDays(onDay));

        Assert.Equal(Start.AddDays(60), period.Expires);
        Assert.Equal(Start.AddDays(expiresAfter), extended.Value.Expires);
    }

    [Theory]
    [InlineData(60, "preservation.expired")]
    [InlineData(61, "preservation.expired")]
    [InlineData(-1, "preservation.before-start")]
    public void Extend_OutsideThePeriod_Refused(int onDay, string code)
    {
        var period = PreservationRules.Start(PreservationTerms.EEvidence, Start);

        Assert.Equal(code, PreservationRules.Extend(period, Start.AddDays(onDay)).Error.Code);
    }

    [Theory]
    [InlineData(30, 40, PreservationState.Converted)]
    [InlineData(30, 20, PreservationState.Active)]
    [InlineData(89, 95, PreservationState.Converted)]
    [InlineData(90, 95, PreservationState.Expired)]
    [InlineData(120, 95, PreservationState.Expired)]
    public void On_FormalProcess_ConvertsOnlyWhileActive(int processOnDay, int today, PreservationState state)
    {
        var period = PreservationRules.Start(PreservationTerms.UnitedStates, Start);

        Assert.Equal(state, PreservationRules.On(period, Start.AddDays(today), Start.AddDays(processOnDay)).State);
    }

    [Fact]
    public void FromRule_ThePolicysPreservationRule_GivesItsDaysAndRenewal()
    {
        var rule = new PolicyRule
        {
            Id = "preservation.e-evidence", Kind = RuleKind.Preservation, Code = "preservation.snapshot", Severity = FindingSeverity.Info,
            Message = "m", Source = "Regulation (EU) 2023/1543 Art. 11(1)", Parameters = new RuleParameters { Days = 60, RenewalDays = 30 },
        };

        var terms = PreservationTerms.FromRule(rule).Value;

        Assert.Equal(new PreservationTerms(60, 30, 1, "Regulation (EU) 2023/1543 Art. 11(1)"), terms);
        Assert.Equal("preservation.no-terms", PreservationTerms.FromRule(rule with { Kind = RuleKind.TippingOff }).Error.Code);
        Assert.Equal(0, PreservationTerms.FromRule(rule with { Parameters = new RuleParameters { Days = 90 } }).Value.MaxExtensions);
    }

    [Fact]
    public void FromScrutiny_TheRuleThatFired_IsFoundInThePolicy()
    {
        var rule = new PolicyRule
        {
            Id = "preservation.us", Kind = RuleKind.Preservation, Code = "preservation.snapshot", Severity = FindingSeverity.Info,
            Message = "m", Source = "18 U.S.C. 2703(f)", Parameters = new RuleParameters { Days = 90, RenewalDays = 90 },
        };
        var policy = TestPolicy.With(rule);
        var fired = Tests.Intake.IntakeTestData.ScrutinyOf(Recommendation.Preserve) with
        {
            Findings = [new Finding("preservation.snapshot", FindingSeverity.Info, "m", "preservation.us", "s", Recommendation.Preserve)],
        };

        Assert.Equal(90, PreservationTerms.FromScrutiny(fired, policy).Value.Days);
        Assert.Equal("preservation.no-terms", PreservationTerms.FromScrutiny(fired with { Findings = [] }, policy).Error.Code);
    }
}
