using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests.Decisions;

/// <summary>Staff, requests and scrutiny results for the decision rules' tests.</summary>
internal static class DecisionTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly DateRange Requested = new() { From = new DateOnly(2021, 1, 1), To = new DateOnly(2021, 3, 31) };

    public static readonly Actor Legal = Person("legal", StaffRole.LegalReviewer);
    public static readonly Actor Legal2 = Person("legal2", StaffRole.LegalReviewer);
    public static readonly Actor Compliance = Person("compliance", StaffRole.ComplianceOfficer);
    public static readonly Actor Privacy = Person("privacy", StaffRole.PrivacyOfficer);
    public static readonly Actor Privacy2 = Person("privacy2", StaffRole.PrivacyOfficer);
    public static readonly Actor HumanRights = Person("rights", StaffRole.HumanRightsReviewer);
    public static readonly Actor Senior = Person("senior", StaffRole.SeniorEscalation);
    public static readonly Actor LegalAndCompliance = Person("both", StaffRole.LegalReviewer, StaffRole.ComplianceOfficer);
    public static readonly Actor RightsAndSenior = Person("rights-senior", StaffRole.HumanRightsReviewer, StaffRole.SeniorEscalation);
    public static readonly Actor Analyst = Person("analyst", StaffRole.IntakeAnalyst);
    public static readonly Actor RegionalAnalyst = PersonIn("ru-analyst", "cis", StaffRole.IntakeAnalyst);
    public static readonly Actor RegionalLegal = PersonIn("ru-legal", "cis", StaffRole.LegalReviewer);

    public static Actor Person(string id, params string[] roles) => Actor.StaffMember(id, roles, StaffRegion.Global);

    public static Actor PersonIn(string id, string region, params string[] roles) => Actor.StaffMember(id, roles, region);

    public static DataRequest Request(RequestKind kind = RequestKind.Production, DateRange? range = null, int targets = 2, params DataCategory[] categories) => new()
    {
        Reference = "case-42",
        ReceivedAt = Now.AddDays(-3),
        Channel = RequestChannel.Portal,
        Kind = kind,
        Agency = new Agency { Name = "Federal Bureau of Investigation", Country = "US", Type = AgencyType.Police },
        Officer = new Officer { Name = "Special Agent", Phone = "+1 555 0100 999" },
        LegalProcess = new LegalProcess { Type = LegalProcessType.CourtOrder, Reference = "2:21-mj-0042", Signed = true },
        Targets = [.. Enumerable.Range(0, targets).Select(i => new Target { Type = TargetType.Account, Value = $"C{i}" })],
        DataCategories = categories.Length == 0 ? [DataCategory.Subscriber, DataCategory.Transactions] : categories,
        DateRange = range ?? Requested,
    };

    public static ScrutinyResult ScrutinyOf(
        Recommendation recommendation = Recommendation.Produce, RiskTier tier = RiskTier.Low, string[]? approvals = null,
        DataCategory[]? supported = null, params string[] findingCodes) => new()
        {
            Recommendation = recommendation,
            RiskTier = tier,
            Findings = [.. findingCodes.Select(c => new Finding(c, FindingSeverity.Warning, "finding " + c, "rule." + c, "source", null))],
            RequiredApprovals = approvals ?? [ApprovalFunction.Legal, ApprovalFunction.Compliance],
            Notification = new NotificationDecision(true, "allowed", null),
            SupportedDataCategories = supported ?? [.. Enum.GetValues<DataCategory>()],
            PolicyVersion = "test-policy",
            AsOf = DateOnly.FromDateTime(Now.UtcDateTime),
        };

    public static DecisionContext Context(
        ScrutinyResult? scrutiny = null, DataRequest? request = null, RequestStatus status = RequestStatus.UnderReview,
        bool informal = false, string submittedBy = "officer:o1", EmergencyConfirmation? confirmation = null) => new()
        {
            RequestId = "req_test",
            Request = request ?? Request(),
            Status = status,
            Informal = informal,
            SubmittedBy = submittedBy,
            Scrutiny = scrutiny ?? ScrutinyOf(),
            EmergencyConfirmation = confirmation,
        };

    public static Ballot Produce(params ItemChoice[] items) => new(items, "The order is lawful and specific.");

    public static Ballot Withhold(params ItemChoice[] items) => new(items, "Not supported by the order.");

    public static ItemChoice Yes(int target, DataCategory category, DateOnly? from = null, DateOnly? to = null) => new(target, category, true, from, to);

    public static ItemChoice No(int target, DataCategory category) => new(target, category, false);

    /// <summary>Casts the ballot and returns the vote; fails the test if the rules refuse it.</summary>
    public static Vote Cast(DecisionContext context, Actor actor, Ballot ballot, int minute = 0)
    {
        var vote = DecisionRules.CastVote(context, actor, ballot, $"vot_{actor.Id}_{minute}", Now.AddMinutes(minute));
        Assert.True(vote.IsSuccess, vote.IsSuccess ? "" : string.Join("; ", vote.Errors));
        return vote.Value;
    }

    /// <summary>Every item of the context, to produce over the request's range.</summary>
    public static ItemChoice[] All(DecisionContext context, bool produce = true) =>
        [.. context.Items.Select(i => new ItemChoice(i.Target, i.Category, produce))];

    public static IReadOnlyList<string> Codes<T>(Custos.Domain.Common.Result<T> result) => [.. result.Errors.Select(e => e.Code)];
}
