using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests.Access;

public class StaffAccountRulesTests
{
    private static readonly Actor Ada = Actor.StaffMember("usr_ada", [StaffRole.Administrator], StaffRegion.Global);

    private static StaffAccountState Admin(string id = "usr_ada") => new(id, [StaffRole.Administrator], StaffRegion.Global, false);

    [Theory]
    [InlineData(new[] { StaffRole.Administrator }, "global", false, true)]
    [InlineData(new[] { StaffRole.Auditor, StaffRole.Administrator }, "global", false, true)]
    [InlineData(new[] { StaffRole.Administrator }, "global", true, false)]
    [InlineData(new[] { StaffRole.Administrator }, "cis", false, false)]
    [InlineData(new[] { StaffRole.SeniorEscalation, StaffRole.LegalReviewer }, "global", false, false)]
    public void Administers_RolesRegionAndState_OnlyAnEnabledCentralAdministrator(string[] roles, string region, bool disabled, bool administers) =>
        Assert.Equal(administers, new StaffAccountState("usr_x", roles, region, disabled).Administers);

    [Fact]
    public void CheckChange_AdministratorDisablesThemselves_IsRefusedWhateverOthersThereAre()
    {
        var refused = StaffAccountRules.CheckChange(Ada, Admin(), Admin() with { IsDisabled = true }, otherAdministrators: 3);

        Assert.Equal("staff.own-administration", refused?.Code);
        Assert.Equal(ErrorKind.Forbidden, refused?.Kind);
        Assert.Contains("disable your own account", refused!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChange_AdministratorDropsTheirOwnAdministratorRole_IsRefused()
    {
        var refused = StaffAccountRules.CheckChange(Ada, Admin(), Admin().WithRoles([StaffRole.Auditor]), otherAdministrators: 3);

        Assert.Equal("staff.own-administration", refused?.Code);
        Assert.Contains("administrator role", refused!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChange_AdministratorMovesThemselvesToARegion_IsRefusedBecauseRegionalStaffAdministerNothing()
    {
        var refused = StaffAccountRules.CheckChange(Ada, Admin(), Admin() with { Region = "cis" }, otherAdministrators: 3);

        Assert.Equal("staff.own-administration", refused?.Code);
        Assert.Contains("region", refused!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChange_AdministratorChangesTheirOwnAccountButStaysAnAdministrator_IsAllowed()
    {
        Assert.Null(StaffAccountRules.CheckChange(Ada, Admin(), Admin().WithRoles([StaffRole.Administrator, StaffRole.Auditor]), otherAdministrators: 0));
        Assert.Null(StaffAccountRules.CheckChange(Ada, Admin(), Admin() with { Region = StaffRegion.Global }, otherAdministrators: 0));
    }

    [Fact]
    public void CheckChange_LastAdministrator_CannotBeDisabledDemotedOrMovedEvenByTheOperator()
    {
        var bea = Admin("usr_bea");

        var disabled = StaffAccountRules.CheckChange(Ada, bea, bea with { IsDisabled = true }, otherAdministrators: 0);
        var demoted = StaffAccountRules.CheckChange(Actor.CommandLine, bea, bea.WithRoles([StaffRole.LegalReviewer]), otherAdministrators: 0);
        var moved = StaffAccountRules.CheckChange(Actor.CommandLine, bea, bea with { Region = "eu" }, otherAdministrators: 0);

        Assert.All([disabled, demoted, moved], e => Assert.Equal(("staff.last-administrator", ErrorKind.Conflict), (e?.Code, e?.Kind)));
        Assert.Contains("may not be disabled", disabled!.Message, StringComparison.Ordinal);
        Assert.Contains("administrator role may not be taken away", demoted!.Message, StringComparison.Ordinal);
        Assert.Contains("moved to a region", moved!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckChange_AnotherAdministratorWhileOneRemains_IsAllowed()
    {
        var bea = Admin("usr_bea");

        Assert.Null(StaffAccountRules.CheckChange(Ada, bea, bea with { IsDisabled = true }, otherAdministrators: 1));
        Assert.Null(StaffAccountRules.CheckChange(Actor.CommandLine, bea, bea.WithRoles([StaffRole.Auditor]), otherAdministrators: 1));
    }

    [Fact]
    public void CheckChange_AccountThatDoesNotAdminister_IsNeverTheLastAdministrator()
    {
        var auditor = new StaffAccountState("usr_aude", [StaffRole.Auditor], StaffRegion.Global, false);
        var regionalAdmin = new StaffAccountState("usr_rex", [StaffRole.Administrator], "cis", false);

        Assert.Null(StaffAccountRules.CheckChange(Ada, auditor, auditor with { IsDisabled = true }, otherAdministrators: 0));
        Assert.Null(StaffAccountRules.CheckChange(Ada, regionalAdmin, regionalAdmin with { IsDisabled = true }, otherAdministrators: 0));
        // Granting, enabling or moving to the centre gives power; it never takes it away.
        Assert.Null(StaffAccountRules.CheckChange(Ada, regionalAdmin, regionalAdmin with { Region = StaffRegion.Global }, otherAdministrators: 0));
    }

    [Fact]
    public void CheckChange_BeforeAndAfterOfDifferentAccounts_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => StaffAccountRules.CheckChange(Ada, Admin(), Admin("usr_bea"), 0));

    [Fact]
    public void IsSameAs_RolesInAnotherOrder_IsTheSame()
    {
        var a = new StaffAccountState("usr_x", [StaffRole.Auditor, StaffRole.LegalReviewer], "global", false);

        Assert.True(a.IsSameAs(a.WithRoles([StaffRole.LegalReviewer, StaffRole.Auditor, StaffRole.Auditor])));
        Assert.False(a.IsSameAs(a.WithRoles([StaffRole.LegalReviewer])));
        Assert.False(a.IsSameAs(a with { Region = "eu" }));
        Assert.False(a.IsSameAs(a with { IsDisabled = true }));
    }
}
