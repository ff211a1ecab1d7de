using Custos.TestSupport;

namespace Custos.Application.Tests.Scrutiny;

/// <summary>The eight shared scenarios reach the recommendation a careful reviewer reached, for the right families of reasons.</summary>
public class SharedScenarioTests
{
    public static IEnumerable<object[]> Files() => SharedScenarios.Files();

    [SharedScenariosTheory]
    [MemberData(nameof(Files))]
    public void Evaluate_SharedScenario_MeetsItsExpectation(string file) =>
        ScenarioAssert.MeetsExpectation(Path.Combine(SharedScenarios.Directory!, file));

    [SharedScenariosTheory]
    [InlineData("03-rosfinmonitoring-navalny-donors.json", "political.offence-rests-on-abused-designation")]
    [InlineData("05-free-mail-police.json", "authenticity.free-mail-domain")]
    [InlineData("07-foreign-fiu-direct.json", "channel.foreign-fiu-direct")]
    [InlineData("08-phone-call-no-process.json", "channel.informal-approach")]
    [InlineData("02-us-subpoena-overreach.json", "legal-sufficiency.process-insufficient")]
    [InlineData("06-us-preservation.json", "preservation.snapshot")]
    public void Evaluate_SharedScenario_RecommendationComesFromTheExpectedRule(string file, string code)
    {
        var result = ScenarioAssert.Evaluate(Path.Combine(SharedScenarios.Directory!, file));

        Assert.Contains(result.Findings, f => f.Code == code && f.Recommends == result.Recommendation);
    }
}
