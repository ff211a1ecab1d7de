using Custos.TestSupport;

namespace Custos.Application.Tests.Scrutiny;

/// <summary>
/// This project's scenarios (Scrutiny/Scenarios): each rule of the default policy firing and not firing, and the
/// effect of dates (Egmont suspension, Brexit, e-Evidence, Freedom House changes, a list becoming abused).
/// </summary>
public class OwnScenarioTests
{
    public static string Folder => Path.Combine(TestEnvironment.RepositoryRoot, "test", "Custos.Application.Tests", "Scrutiny", "Scenarios");

    public static IEnumerable<object[]> Files() =>
        Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(f => new object[] { f! });

    [Theory]
    [MemberData(nameof(Files))]
    public void Evaluate_OwnScenario_MeetsItsExpectation(string file) =>
        ScenarioAssert.MeetsExpectation(Path.Combine(Folder, file));

    [Fact]
    public void Scenarios_AtLeastOneHundredTwenty_Exist() => Assert.True(Files().Count() >= 120);
}
