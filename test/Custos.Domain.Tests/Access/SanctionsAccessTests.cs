using Custos.Domain.Access;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests.Access;

/// <summary>Who sees and decides sanctions alerts and applies restrictions: the central compliance function, never regional staff.</summary>
public class SanctionsAccessTests
{
    [Theory]
    [InlineData(StaffRole.ComplianceOfficer, true, true, true)]
    [InlineData(StaffRole.SeniorEscalation, true, false, false)]
    [InlineData(StaffRole.LegalReviewer, false, false, false)]
    [InlineData(StaffRole.IntakeAnalyst, false, false, false)]
    [InlineData(StaffRole.Administrator, false, false, false)]
    [InlineData(StaffRole.Auditor, false, false, false)]
    public void May_CentralStaff_ByRole(string role, bool read, bool dispose, bool apply)
    {
        var actor = Actor.StaffMember("u1", [role], StaffRegion.Global);

        Assert.Equal(read, AccessRules.May(actor, StaffAction.ReadSanctionsAlerts));
        Assert.Equal(dispose, AccessRules.May(actor, StaffAction.DisposeSanctionsAlerts));
        Assert.Equal(apply, AccessRules.May(actor, StaffAction.ApplyRestrictions));
    }

    [Fact]
    public void May_RegionalComplianceOfficer_NeverSeesOrDecidesAlerts()
    {
        var actor = Actor.StaffMember("u1", [StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation], "cis");

        Assert.False(AccessRules.May(actor, StaffAction.ReadSanctionsAlerts));
        Assert.False(AccessRules.May(actor, StaffAction.DisposeSanctionsAlerts));
        Assert.False(AccessRules.May(actor, StaffAction.ApplyRestrictions));
        Assert.Equal("access.regional", AccessRules.Check(actor, StaffAction.DisposeSanctionsAlerts)?.Code);
    }

    [Fact]
    public void May_Operator_MayDoAll() =>
        Assert.True(AccessRules.May(Actor.CommandLine, StaffAction.DisposeSanctionsAlerts));
}
