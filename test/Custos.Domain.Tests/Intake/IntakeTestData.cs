using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Tests.Intake;

/// <summary>Small requests and scrutiny results for the intake rules' tests.</summary>
internal static class IntakeTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public static DataRequest Request(RequestChannel channel = RequestChannel.Post, DateTimeOffset? receivedAt = null) => new()
    {
        ReceivedAt = receivedAt ?? Now.AddDays(-1),
        Channel = channel,
        Kind = RequestKind.Production,
        Agency = new Agency { Name = "Typed-in agency", Country = "US", Type = AgencyType.Police, Email = "typed@agency.example" },
    };

    public static ScrutinyResult ScrutinyOf(Recommendation recommendation, params Finding[] findings) => new()
    {
        Recommendation = recommendation,
        RiskTier = RiskTier.Low,
        Findings = findings,
        RequiredApprovals = ["legal", "compliance"],
        Notification = new NotificationDecision(true, "allowed", null),
        SupportedDataCategories = [],
        PolicyVersion = "test",
        AsOf = DateOnly.FromDateTime(Now.UtcDateTime),
    };

    public static Finding Blocking(string code, string message) =>
        new(code, FindingSeverity.Blocking, message, "rule", "source", Recommendation.Incomplete);
}
