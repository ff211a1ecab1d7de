using Custos.Application.Access;
using Custos.Application.Staff;
using Custos.Application.Tests.Agencies;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Staff;

/// <summary>
/// What an administrator changes about staff accounts: disabling and enabling, roles, region, and the staff API keys —
/// allowed, refused (and ledgered) for others, refused for bad input, and never locking Custos out of its administration.
/// </summary>
public class StaffAdministrationTests
{
    private const string Password = "a long enough password";

    [Theory, SqliteData, PostgresData]
    public async Task DisableAsync_Administrator_EndsSessionsRevokesKeysAndLedgersEach(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var ada = await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        var bob = await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var keys = new ApiKeys(db, harness.Events, harness.Clock);
        var key = (await keys.CreateAsync("nightly", bob.Id, null, null, Actor.CommandLine)).Value;
        var signIn = harness.NewStaffSignIn(db);
        var session = (await signIn.SignInAsync("bob", Password)).Value.Session.Id;
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var disabled = await accounts.DisableAsync("bob", TestStaff.Administrator(ada.Id));

        Assert.True(disabled.Value.IsDisabled);
        Assert.Null(await signIn.ValidateSessionAsync(session));
        Assert.Null(await keys.AuthenticateAsync(key.Key));
        Assert.NotNull((await db.ApiKeys.AsNoTracking().SingleAsync()).RevokedAt);
        Assert.Equal("staff.sign-in-failed", (await signIn.SignInAsync("bob", Password)).Error.Code);
        var events = await harness.EventsAsync();
        var revoked = Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.ApiKeyRevoked.Id);
        Assert.Equal(("staff:" + ada.Id, "apikey:" + key.Record.Id), (revoked.Actor, revoked.Subject));
        Assert.Contains("owner-disabled", revoked.Details, StringComparison.Ordinal);
        var record = events[^1];
        Assert.Equal((LedgerEventTypes.StaffUserDisabled.Name, "staff:" + bob.Id), (record.EventType, record.Subject));
        Assert.Contains("\"sessionsEnded\":1", record.Details, StringComparison.Ordinal);
        Assert.Contains(key.Record.Id, record.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Changes_NotAnAdministrator_AreRefusedLedgeredAndChangeNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        await CreateAsync(harness, db, "gone", StaffRole.Auditor);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        await accounts.DisableAsync("gone", Actor.CommandLine);
        var before = (await harness.EventsAsync()).Count;
        // A reviewer of the central function, and a regional administrator (regional staff administer nothing).
        Actor[] refusedActors = [TestStaff.LegalReviewer(), Actor.StaffMember("usr_rex", [StaffRole.Administrator], "cis")];

        foreach (var actor in refusedActors)
        {
            var results = new[]
            {
                await accounts.DisableAsync("bob", actor),
                await accounts.EnableAsync("gone", actor),
                await accounts.SetRolesAsync("bob", [StaffRole.Administrator], actor),
                await accounts.SetRegionAsync("bob", "eu", actor),
                await accounts.GetAsync("bob", actor),
            };
            Assert.All(results, r => Assert.StartsWith("access.", r.Error.Code, StringComparison.Ordinal));
            var listed = await new ApiKeys(db, harness.Events, harness.Clock).ListStaffKeysAsync(actor);
            Assert.StartsWith("access.", listed.Error.Code, StringComparison.Ordinal);
        }

        var bob = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().SingleAsync(u => u.Username == "bob");
        Assert.Equal((false, "global"), (bob.IsDisabled, bob.Region));
        Assert.Equal([StaffRole.Auditor], bob.Roles.Select(r => r.Role));
        Assert.True((await db.StaffUsers.AsNoTracking().SingleAsync(u => u.Username == "gone")).IsDisabled);
        var after = (await harness.EventsAsync()).Skip(before).ToList();
        Assert.Equal(12, after.Count);
        Assert.All(after, e => Assert.Equal(LedgerEventTypes.AccessRefused.Name, e.EventType));
        Assert.Contains(after, e => e.Actor == "staff:usr_rex" && e.Details!.Contains("access.regional", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task DisableAsync_Themselves_IsRefusedLedgeredAndChangesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var ada = await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        await CreateAsync(harness, db, "bea", StaffRole.Administrator);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        var self = TestStaff.Administrator(ada.Id);

        var disabled = await accounts.DisableAsync("ada", self);
        var demoted = await accounts.SetRolesAsync("ada", [StaffRole.Auditor], self);
        var moved = await accounts.SetRegionAsync("ada", "cis", self);
        var kept = await accounts.SetRolesAsync("ada", [StaffRole.Administrator, StaffRole.Auditor], self);

        Assert.All([disabled, demoted, moved], r => Assert.Equal("staff.own-administration", r.Error.Code));
        Assert.True(kept.IsSuccess);
        var stored = await db.StaffUsers.AsNoTracking().SingleAsync(u => u.Id == ada.Id);
        Assert.Equal((false, "global"), (stored.IsDisabled, stored.Region));
        var refusals = (await harness.EventsAsync()).Where(e => e.EventTypeId == LedgerEventTypes.AccessRefused.Id).ToList();
        Assert.Equal(3, refusals.Count);
        Assert.All(refusals, e => Assert.Equal(("staff:" + ada.Id, "staff:" + ada.Id), (e.Actor, e.Subject)));
        Assert.All(refusals, e => Assert.Contains("staff.own-administration", e.Details, StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Changes_LastAdministrator_AreRefusedEvenForTheOperatorUntilThereIsAnother(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        await CreateAsync(harness, db, "rex", StaffRole.Administrator, region: "cis");
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        // rex holds the role but, being regional, administers nothing: ada is the last one who does.
        var disabled = await accounts.DisableAsync("ada", Actor.CommandLine);
        var demoted = await accounts.SetRolesAsync("ada", [StaffRole.Auditor], Actor.CommandLine);
        var moved = await accounts.SetRegionAsync("ada", "eu", Actor.CommandLine);
        Assert.All([disabled, demoted, moved], r => Assert.Equal("staff.last-administrator", r.Error.Code));
        Assert.False((await db.StaffUsers.AsNoTracking().SingleAsync(u => u.Username == "ada")).IsDisabled);

        Assert.True((await accounts.SetRegionAsync("rex", "global", Actor.CommandLine)).IsSuccess);
        Assert.True((await accounts.DisableAsync("ada", Actor.CommandLine)).IsSuccess);
        Assert.Equal("staff.last-administrator", (await accounts.DisableAsync("rex", Actor.CommandLine)).Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DisableAsync_TwoAdministratorsDisableEachOtherAtOnce_OneOfThemRemains(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using (var setup = harness.NewContext())
        {
            await CreateAsync(harness, setup, "ada", StaffRole.Administrator);
            await CreateAsync(harness, setup, "bea", StaffRole.Administrator);
        }

        for (var round = 0; round < 5; round++)
        {
            await using var adaDb = harness.NewContext();
            await using var beaDb = harness.NewContext();
            var ids = await adaDb.StaffUsers.AsNoTracking().ToDictionaryAsync(u => u.Username, u => u.Id);
            var byAda = Task.Run(() => new StaffAccounts(adaDb, harness.Events, harness.Clock).DisableAsync("bea", TestStaff.Administrator(ids["ada"])));
            var byBea = Task.Run(() => new StaffAccounts(beaDb, harness.Events, harness.Clock).DisableAsync("ada", TestStaff.Administrator(ids["bea"])));
            var results = await Task.WhenAll(byAda, byBea);

            Assert.True(results.Count(r => r.IsSuccess) <= 1, string.Join("; ", results.Select(r => r.IsSuccess ? "disabled" : r.Error.Code)));
            Assert.All(results.Where(r => !r.IsSuccess), r => Assert.Contains(r.Error.Code, (string[])["staff.changed-meanwhile", "staff.last-administrator"]));
            await using var check = harness.NewContext();
            Assert.Equal(results.Any(r => r.IsSuccess) ? 1 : 2, await check.StaffUsers.CountAsync(u => !u.IsDisabled));
            await check.StaffUsers.ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, false));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task EnableAsync_DisabledAccount_SignsInAgainKeysStayRevokedAndIsLedgeredOnce(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var ada = await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        var bob = await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var keys = new ApiKeys(db, harness.Events, harness.Clock);
        var key = (await keys.CreateAsync("nightly", bob.Id, null, null, Actor.CommandLine)).Value;
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        var admin = TestStaff.Administrator(ada.Id);
        await accounts.DisableAsync("bob", admin);

        var enabled = await accounts.EnableAsync("BOB", admin);
        var again = await accounts.EnableAsync("bob", admin);

        Assert.False(enabled.Value.IsDisabled);
        Assert.True(again.IsSuccess);
        Assert.True((await harness.NewStaffSignIn(db).SignInAsync("bob", Password)).IsSuccess);
        Assert.Null(await keys.AuthenticateAsync(key.Key));
        var enabledEvents = (await harness.EventsAsync()).Where(e => e.EventTypeId == LedgerEventTypes.StaffUserEnabled.Id).ToList();
        Assert.Equal(("staff:" + ada.Id, "staff:" + bob.Id), (Assert.Single(enabledEvents).Actor, enabledEvents[0].Subject));
        Assert.Equal("staff.not-found", (await accounts.EnableAsync("nobody", admin)).Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SetRegionAsync_ValidRegion_MovesThemEndsSessionsAndRecordsBeforeAndAfter(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var bob = await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var signIn = harness.NewStaffSignIn(db);
        var session = (await signIn.SignInAsync("bob", Password)).Value.Session.Id;
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var moved = await accounts.SetRegionAsync("bob", " cis ", TestStaff.Administrator());

        Assert.Equal(("cis", true), (moved.Value.Region, moved.Value.IsRegional));
        Assert.Null(await signIn.ValidateSessionAsync(session));
        var changed = (await harness.EventsAsync())[^1];
        Assert.Equal((LedgerEventTypes.StaffRegionChanged.Id, "staff:" + bob.Id), (changed.EventTypeId, changed.Subject));
        Assert.Contains("\"before\":\"global\",\"after\":\"cis\"", changed.Details, StringComparison.Ordinal);
        Assert.Contains("\"sessionsEnded\":1", changed.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task SetRegionAndRoles_BadInputOrNoChange_WriteNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        var admin = TestStaff.Administrator();
        var before = (await harness.EventsAsync()).Count;

        var badRegion = await accounts.SetRegionAsync("bob", "Moscow Office", admin);
        var emptyRegion = await accounts.SetRegionAsync("bob", "", admin);
        var badRole = await accounts.SetRolesAsync("bob", ["boss", StaffRole.Auditor], admin);
        var noRoles = await accounts.SetRolesAsync("bob", [], admin);
        var sameRegion = await accounts.SetRegionAsync("bob", "global", admin);
        var sameRoles = await accounts.SetRolesAsync("bob", [StaffRole.Auditor, StaffRole.Auditor], admin);
        var unknown = await accounts.SetRegionAsync("nobody", "eu", admin);

        Assert.Equal(("staff.region-invalid", "region"), (badRegion.Error.Code, badRegion.Error.Field));
        Assert.Equal("staff.region-invalid", emptyRegion.Error.Code);
        Assert.Equal(("staff.role-unknown", "role"), (badRole.Error.Code, badRole.Error.Field));
        Assert.Contains("'boss'", badRole.Error.Message, StringComparison.Ordinal);
        Assert.Equal("staff.no-roles", noRoles.Error.Code);
        Assert.True(sameRegion.IsSuccess && sameRoles.IsSuccess);
        Assert.Equal("staff.not-found", unknown.Error.Code);
        var bob = await db.StaffUsers.Include(u => u.Roles).AsNoTracking().SingleAsync();
        Assert.Equal("global", bob.Region);
        Assert.Equal([StaffRole.Auditor], bob.Roles.Select(r => r.Role));
        Assert.Equal(before, (await harness.EventsAsync()).Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SetRolesAsync_AnotherAdministratorWhileOneRemains_ReplacesTheRolesAndEndsTheirSessions(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var ada = await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        var bea = await CreateAsync(harness, db, "bea", StaffRole.Administrator);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var result = await accounts.SetRolesAsync("bea", [StaffRole.Auditor], TestStaff.Administrator(ada.Id));

        Assert.Equal([StaffRole.Auditor], result.Value.Roles);
        var changed = (await harness.EventsAsync())[^1];
        Assert.Equal((LedgerEventTypes.StaffRolesChanged.Name, "staff:" + bea.Id), (changed.EventType, changed.Subject));
        Assert.Contains("\"before\":[\"administrator\"],\"after\":[\"auditor\"]", changed.Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListStaffKeysAsync_Administrator_SeesStaffKeysOnlyNeverAgencyKeys(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var ada = await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        var bob = await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        await services.Keys.CreateForAgencyAsync(fbi.Id, "case system", Actor.CommandLine);
        var adaKey = (await services.Keys.CreateAsync("ada's", ada.Id, null, null, Actor.CommandLine)).Value.Record;
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var bobKey = (await services.Keys.CreateAsync("bob's", bob.Id, null, null, Actor.CommandLine)).Value.Record;

        var all = await services.Keys.ListStaffKeysAsync(TestStaff.Administrator(ada.Id));
        var bobs = await services.Keys.ListStaffKeysAsync(Actor.CommandLine, bob.Id);

        Assert.Equal([bobKey.Id, adaKey.Id], all.Value.Select(k => k.Id));
        Assert.Equal([bobKey.Id], bobs.Value.Select(k => k.Id));
        Assert.All(all.Value, k => Assert.Null(k.AgencyId));
    }

    [Theory, SqliteData]
    public async Task AuthenticateAsync_KeyOfADisabledOwnerNotRevoked_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var bob = await CreateAsync(harness, db, "bob", StaffRole.Auditor);
        var keys = new ApiKeys(db, harness.Events, harness.Clock);
        var key = (await keys.CreateAsync("nightly", bob.Id, null, null, Actor.CommandLine)).Value;
        Assert.NotNull(await keys.AuthenticateAsync(key.Key));

        // An account disabled some other way than DisableAsync (which revokes the keys), such as an older version of Custos.
        await db.StaffUsers.ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));

        Assert.Null(await keys.AuthenticateAsync(key.Key));
    }

    private static async Task<StaffMember> CreateAsync(Harness harness, Storage.CustosDbContext db, string username, string role, string region = "global") =>
        (await new StaffAccounts(db, harness.Events, harness.Clock).CreateAsync(
            new NewStaffMember(username, username, null, region, [role], Password), Actor.System)).Value;
}
