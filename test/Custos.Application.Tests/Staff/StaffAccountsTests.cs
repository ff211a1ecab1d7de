using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Staff;

public class StaffAccountsTests
{
    private const string Password = "a long enough password";

    [Theory, SqliteData, PostgresData]
    public async Task CreateAsync_ValidMember_StoresAHashNotThePasswordAndRecordsAnEvent(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var result = await accounts.CreateAsync(new NewStaffMember("Lena.Legal", "Lena", null, "global", [StaffRole.LegalReviewer], Password), Actor.CommandLine);

        Assert.True(result.IsSuccess);
        Assert.Equal("lena.legal", result.Value.Username);
        var stored = await db.StaffUsers.AsNoTracking().SingleAsync();
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", stored.PasswordHash, StringComparison.Ordinal); // PasswordHasher v3 format marker
        var events = await harness.EventsAsync();
        var created = Assert.Single(events);
        Assert.Equal(LedgerEventTypes.StaffUserCreated.Id, created.EventTypeId);
        Assert.Equal("cli", created.Actor);
        Assert.DoesNotContain(Password, created.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task CreateAsync_EverythingWrong_ListsEveryProblemAndWritesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var result = await accounts.CreateAsync(new NewStaffMember("x", " ", null, "Moscow Office", ["boss"], "short"), Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["staff.username-invalid", "staff.display-name-missing", "staff.region-invalid", "staff.role-unknown", "staff.password-too-short"],
            result.Errors.Select(e => e.Code));
        Assert.Equal(0, await db.StaffUsers.CountAsync());
        Assert.Empty(await harness.EventsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task CreateAsync_TakenUsername_IsAConflict(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        await accounts.CreateAsync(new NewStaffMember("sam", "Sam", null, "global", [StaffRole.Auditor], Password), Actor.System);

        var again = await accounts.CreateAsync(new NewStaffMember("SAM", "Sam Two", null, "global", [StaffRole.Auditor], Password), Actor.System);

        Assert.Equal("staff.username-taken", again.Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SetRolesAsync_NewRoles_ReplaceTheOldAndRecordBeforeAndAfter(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        await accounts.CreateAsync(new NewStaffMember("colm", "Colm", null, "global", [StaffRole.ComplianceOfficer], Password), Actor.System);

        var result = await accounts.SetRolesAsync("colm", [StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation], Actor.CommandLine);

        Assert.Equal([StaffRole.ComplianceOfficer, StaffRole.SeniorEscalation], result.Value.Roles);
        var changed = (await harness.EventsAsync())[^1];
        Assert.Equal(LedgerEventTypes.StaffRolesChanged.Name, changed.EventType);
        Assert.Contains("senior-escalation", changed.Details, StringComparison.Ordinal);
        Assert.Equal("staff.not-found", (await accounts.SetRolesAsync("nobody", [StaffRole.Auditor], Actor.System)).Error.Code);
        Assert.Equal("staff.no-roles", (await accounts.SetRolesAsync("colm", [], Actor.System)).Error.Code);
    }
}
