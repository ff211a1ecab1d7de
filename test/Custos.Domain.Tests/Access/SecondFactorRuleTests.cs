using Custos.Domain.Access;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests.Access;

public class SecondFactorRuleTests
{
    [Theory]
    [InlineData(StaffRole.IntakeAnalyst, true)]
    [InlineData(StaffRole.LegalReviewer, true)]
    [InlineData(StaffRole.ComplianceOfficer, true)]
    [InlineData(StaffRole.PrivacyOfficer, true)]
    [InlineData(StaffRole.HumanRightsReviewer, true)]
    [InlineData(StaffRole.SeniorEscalation, true)]
    [InlineData(StaffRole.Administrator, true)]
    [InlineData(StaffRole.Auditor, false)]
    public void RequiredFor_EachRole_OnlyThoseThatApproveVerifyOrAdminister(string role, bool required) =>
        Assert.Equal(required, SecondFactorRule.RequiredFor([role]));

    [Fact]
    public void RequiredFor_EveryRoleThatMayVerifyOrAdministerOrIsAReviewer_IsRequired()
    {
        // Derived from the access rules, not restated: whoever may verify a requester or administer, and every reviewer.
        var deciders = AccessRules.RolesFor(StaffAction.VerifyRequester).Concat(AccessRules.RolesFor(StaffAction.Administer)).Concat(StaffRole.Reviewers);
        Assert.All(deciders, role => Assert.True(SecondFactorRule.RequiredFor([role]), role));
        Assert.False(SecondFactorRule.RequiredFor([]));
        Assert.True(SecondFactorRule.RequiredFor([StaffRole.Auditor, StaffRole.LegalReviewer]));
    }

    [Theory]
    [InlineData(false, false, false, SignInStage.Active)]
    [InlineData(false, true, false, SignInStage.Enrolment)]
    [InlineData(false, true, true, SignInStage.Active)]
    [InlineData(true, false, false, SignInStage.SecondFactor)]
    [InlineData(true, true, true, SignInStage.SecondFactor)]
    public void NextStep_EnrolledRequiredExempt_LeadsWhereTheRuleSays(bool enrolled, bool required, bool exempt, SignInStage expected) =>
        Assert.Equal(expected, SecondFactorRule.NextStep(enrolled, required, exempt));

    [Theory]
    [InlineData(null, 100L, null, CodeVerdict.Wrong)]
    [InlineData(100L, 100L, null, CodeVerdict.Accepted)]
    [InlineData(99L, 100L, null, CodeVerdict.Accepted)]
    [InlineData(101L, 100L, null, CodeVerdict.Accepted)]
    [InlineData(98L, 100L, null, CodeVerdict.Expired)]
    [InlineData(102L, 100L, null, CodeVerdict.Wrong)]
    [InlineData(100L, 100L, 100L, CodeVerdict.Reused)]
    [InlineData(99L, 100L, 100L, CodeVerdict.Reused)]
    [InlineData(101L, 100L, 100L, CodeVerdict.Accepted)]
    public void Judge_StepAgainstNowAndLastUsed_AcceptsOneStepOfDriftAndNoReplay(long? matched, long current, long? lastUsed, CodeVerdict expected) =>
        Assert.Equal(expected, SecondFactorRule.Judge(matched, current, lastUsed));
}
