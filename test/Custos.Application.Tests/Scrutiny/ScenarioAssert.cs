using Custos.Application.Policy;
using Custos.Application.Scrutiny;
using Custos.Domain.Common;
using Custos.Domain.Scrutiny;

namespace Custos.Application.Tests.Scrutiny;

/// <summary>Evaluates a scenario file against the default policy and checks the scenario's expectation.</summary>
internal static class ScenarioAssert
{
    public static ScrutinyResult Evaluate(string path)
    {
        var file = RequestJson.Read(File.ReadAllText(path));
        Assert.True(file.IsSuccess, file.IsSuccess ? "" : file.Error.ToString());
        var result = ScrutinyRun.Evaluate(file.Value, PolicyReader.Default.Value);
        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.Error.ToString());
        return result.Value;
    }

    public static void MeetsExpectation(string path)
    {
        var expect = RequestJson.Read(File.ReadAllText(path)).Value.Expect;
        Assert.NotNull(expect);
        var result = Evaluate(path);
        var families = result.Findings.Select(f => f.Family).ToHashSet(StringComparer.Ordinal);
        var codes = result.Findings.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var summary = Path.GetFileName(path) + ": " + string.Join(" | ", result.Findings.Select(f => $"{f.Code}→{(f.Recommends is { } r ? KebabCase.Format(r) : "-")}"));
        Assert.True(expect.Recommendation == result.Recommendation, $"expected {KebabCase.Format(expect.Recommendation)}, got {KebabCase.Format(result.Recommendation)}. {summary}");
        Assert.All(expect.FindingFamiliesInclude, f => Assert.True(families.Contains(f), $"family {f} missing. {summary}"));
        Assert.All(expect.FindingFamiliesExclude, f => Assert.False(families.Contains(f), $"family {f} present. {summary}"));
        Assert.All(expect.FindingCodesInclude, c => Assert.True(codes.Contains(c), $"code {c} missing. {summary}"));
        Assert.All(expect.FindingCodesExclude, c => Assert.False(codes.Contains(c), $"code {c} present. {summary}"));
        Assert.All(expect.RequiredApprovalsInclude, a => Assert.True(result.RequiredApprovals.Contains(a), $"approval {a} missing. {summary}"));
        if (expect.RiskTier is { } tier)
        {
            Assert.True(tier == result.RiskTier, $"risk tier expected {KebabCase.Format(tier)}, got {KebabCase.Format(result.RiskTier)}. {summary}");
        }

        if (expect.Deadline is { } deadline)
        {
            Assert.Equal(deadline, result.Deadline);
        }

        if (expect.NotificationNotBefore is { } notBefore)
        {
            Assert.Equal(notBefore, result.Notification.NotBefore);
        }

        if (expect.NotificationAllowed is { } allowed)
        {
            Assert.True(allowed == result.Notification.Allowed, $"notification allowed expected {allowed}. {summary}");
        }
    }
}
