using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests.Agencies;

/// <summary>Four eyes on trust: nobody approves their own proposal, regional staff approve nothing, FIUs need a senior.</summary>
public class TrustRulesTests
{
    private static Actor Central(string id, params string[] roles) => Actor.StaffMember(id, roles, StaffRegion.Global);

    [Fact]
    public void CheckApprover_TheProposerThemselves_IsRefusedWhateverTheirRoles()
    {
        var proposer = Central("usr_a", StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation, StaffRole.Administrator);

        var error = TrustRules.CheckApprover(proposer.Id, proposer, seniorRequired: false);

        Assert.Equal("trust.own-proposal", error?.Code);
    }

    [Fact]
    public void CheckApprover_ASecondCentralPerson_Approves()
    {
        Assert.Null(TrustRules.CheckApprover("staff:usr_a", Central("usr_b", StaffRole.ComplianceOfficer), seniorRequired: false));
    }

    [Fact]
    public void CheckApprover_RegionalStaffOrARoleWithoutTrust_IsRefused()
    {
        var regional = Actor.StaffMember("usr_r", [StaffRole.ComplianceOfficer], "ru");
        var auditor = Central("usr_c", StaffRole.Auditor);

        Assert.NotNull(TrustRules.CheckApprover("staff:usr_a", regional, seniorRequired: false));
        Assert.NotNull(TrustRules.CheckApprover("staff:usr_a", auditor, seniorRequired: false));
        Assert.Equal(Common.ErrorKind.Forbidden, TrustRules.CheckApprover("staff:usr_a", regional, seniorRequired: false)!.Kind);
    }

    [Fact]
    public void CheckApprover_FinancialIntelligenceUnitOrHighRisk_NeedsSeniorEscalation()
    {
        Assert.True(TrustRules.NeedsSeniorApproval(AgencyType.Fiu, RiskTier.Low));
        Assert.True(TrustRules.NeedsSeniorApproval(AgencyType.Police, RiskTier.High));
        Assert.False(TrustRules.NeedsSeniorApproval(AgencyType.Police, RiskTier.Low));

        Assert.Equal("trust.senior-required", TrustRules.CheckApprover("staff:usr_a", Central("usr_b", StaffRole.ComplianceOfficer), seniorRequired: true)?.Code);
        Assert.Null(TrustRules.CheckApprover("staff:usr_a", Central("usr_s", StaffRole.SeniorEscalation), seniorRequired: true));
    }

    [Fact]
    public void ActsAlone_OnlyTheOperatorAndCustosItself()
    {
        Assert.True(TrustRules.ActsAlone(Actor.CommandLine));
        Assert.True(TrustRules.ActsAlone(Actor.System));
        Assert.False(TrustRules.ActsAlone(Central("usr_a", StaffRole.Administrator, StaffRole.SeniorEscalation)));
        Assert.False(TrustRules.ActsAlone(Actor.Officer("o1", "agy_1")));
    }
}
