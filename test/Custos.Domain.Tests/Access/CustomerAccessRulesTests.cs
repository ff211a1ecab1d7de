using Custos.Domain.Access;
using Custos.Domain.Lifecycle;
using Custos.Domain.Staff;
using static Custos.Domain.Access.CustomerAccessRules;

namespace Custos.Domain.Tests.Access;

public class CustomerAccessRulesTests
{
    private static readonly Actor Reviewer = Actor.StaffMember("staff:lena", [StaffRole.LegalReviewer], StaffRegion.Global);
    private static readonly RequestContext InReview = new("staff:analyst", RequestStatus.UnderReview, Informal: false, ReachesCustomer: true);

    public static TheoryData<RequestStatus, bool> Statuses()
    {
        var data = new TheoryData<RequestStatus, bool>();
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            data.Add(status, status is RequestStatus.UnderReview or RequestStatus.AwaitingClarification or RequestStatus.Decided or RequestStatus.Preserved);
        }

        return data;
    }

    [Theory, MemberData(nameof(Statuses))]
    public void CheckOpen_EachStatus_OpensOnlyInReviewOrDecided(RequestStatus status, bool opens)
    {
        var refused = CheckOpen(Reviewer, InReview with { Status = status }, CustomerAccessPurpose.ConfirmMatch);

        Assert.Equal(opens, refused is null);
        Assert.Equal(opens, OpensRecords(status));
        if (!opens)
        {
            Assert.Equal("customers.request-not-in-review", refused!.Code);
        }
    }

    [Fact]
    public void CheckOpen_ReviewerWithAReachingRequestAndAPurpose_Opens() =>
        Assert.Null(CheckOpen(Reviewer, InReview, CustomerAccessPurpose.AssessScope));

    [Fact]
    public void CheckOpen_NoRequest_AsksForOne() =>
        Assert.Equal("customers.request-required", CheckOpen(Reviewer, null, CustomerAccessPurpose.ConfirmMatch)!.Code);

    [Fact]
    public void CheckOpen_RequestThatDoesNotReachTheCustomer_IsRefused() =>
        Assert.Equal("customers.not-reached", CheckOpen(Reviewer, InReview with { ReachesCustomer = false }, CustomerAccessPurpose.ConfirmMatch)!.Code);

    [Fact]
    public void CheckOpen_InformalApproach_IsRefusedWhateverItsStatus() =>
        Assert.Equal("customers.request-not-in-review", CheckOpen(Reviewer, InReview with { Informal = true }, CustomerAccessPurpose.ConfirmMatch)!.Code);

    [Theory]
    [InlineData(null)]
    [InlineData((CustomerAccessPurpose)99)]
    public void CheckOpen_NoPurposeOrAnUnknownOne_AsksWhy(CustomerAccessPurpose? purpose)
    {
        var refused = CheckOpen(Reviewer, InReview, purpose)!;

        Assert.Equal("customers.purpose-required", refused.Code);
        Assert.Equal("purpose", refused.Field);
    }

    [Theory]
    [InlineData(StaffRole.Auditor)]
    [InlineData(StaffRole.Administrator)]
    public void CheckOpen_RoleWithoutNeedToKnow_IsDenied(string role) =>
        Assert.Equal("access.denied", CheckOpen(Actor.StaffMember("staff:x", [role], StaffRegion.Global), InReview, CustomerAccessPurpose.ConfirmMatch)!.Code);

    [Fact]
    public void CheckOpen_RegionalAnalystOnTheirOwnIntake_IsStillRefused()
    {
        var regional = Actor.StaffMember("staff:ivan", [StaffRole.IntakeAnalyst], "cis");

        Assert.Equal("access.regional", CheckOpen(regional, InReview with { SubmittedBy = "staff:ivan" }, CustomerAccessPurpose.ConfirmMatch)!.Code);
    }

    [Fact]
    public void CheckOpen_CentralAnalystOnAnotherPersonsIntake_Opens() =>
        Assert.Null(CheckOpen(Actor.StaffMember("staff:ana", [StaffRole.IntakeAnalyst], StaffRegion.Global), InReview, CustomerAccessPurpose.ConfirmMatch));

    [Fact]
    public void CheckOpen_OperatorAtTheCommandLine_MayOpen() =>
        Assert.Null(CheckOpen(Actor.CommandLine, InReview, CustomerAccessPurpose.PrepareProduction));

    [Fact]
    public void Purposes_EachOne_HasWords() =>
        Assert.All(CustomerAccessPurposes.All, p => Assert.NotEqual(p.ToString(), CustomerAccessPurposes.Describe(p)));
}
