using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Agencies;

public class OfficerAccountsTests
{
    private const string Password = AgencyServices.Password;

    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_FreeMailSubdomainInMixedCase_IsRefusedAndTheRefusalIsLedgeredWithoutThePassword(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);

        var result = await services.Officers.RegisterAsync(new NewOfficer(
            "Ivan Petrov", "Major", "I.Petrov@Mail.Yahoo.CO.UK", null, Password, NewAgency: new NewOfficerAgency("Some Police", "GB", AgencyType.Police)));

        Assert.False(result.IsSuccess);
        Assert.Equal(("officer.free-mail", "email"), (result.Error.Code, result.Error.Field));
        Assert.Equal(0, await db.Officers.CountAsync());
        Assert.Equal(0, await db.Agencies.CountAsync());
        var refused = Assert.Single(await harness.EventsAsync());
        Assert.Equal(LedgerEventTypes.OfficerRegistrationRefused.Id, refused.EventTypeId);
        Assert.Equal("email-domain:mail.yahoo.co.uk", refused.Subject);
        Assert.DoesNotContain(Password, refused.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("petrov", refused.Details, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_NewAgency_RegistersItWithTheEmailDomainUnverifiedAndTheOfficerPending(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);

        var result = await services.Officers.RegisterAsync(new NewOfficer(
            "Klaus Becker", "Kriminalhauptkommissar", "K.Becker@BKA.de", "+49 611 55-0", Password,
            NewAgency: new NewOfficerAgency("Bundeskriminalamt", "de", AgencyType.Police)));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.True(result.Value.AgencyCreated);
        Assert.Equal(("k.becker@bka.de", OfficerStatus.Pending), (result.Value.Officer.Email, result.Value.Officer.Status));
        Assert.Equal((AgencyVerification.None, "DE"), (result.Value.Agency.Verification, result.Value.Agency.Country));
        Assert.Equal(["bka.de"], result.Value.Agency.Domains);
        await using var check = harness.NewContext();
        var stored = await check.Officers.AsNoTracking().SingleAsync();
        Assert.DoesNotContain(Password, stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal("officer:" + stored.Id, (await check.Agencies.AsNoTracking().SingleAsync()).CreatedBy);
        var events = await harness.EventsAsync();
        Assert.Equal([LedgerEventTypes.AgencyRegistered.Id, LedgerEventTypes.OfficerRegistered.Id], events.Select(e => e.EventTypeId));
        Assert.Equal("officer:" + stored.Id, events[1].Subject);
        Assert.Equal("agency:" + stored.AgencyId, events[1].References);
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_DomainNotTheChosenAgencys_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();

        var wrongAgency = await services.Officers.RegisterAsync(new NewOfficer("Eve", null, "eve@fbi-gov.example", null, Password, AgencyId: fbi.Id));
        var newButOwned = await services.Officers.RegisterAsync(new NewOfficer(
            "Eve", null, "eve@fbi.gov", null, Password, NewAgency: new NewOfficerAgency("FBI (really)", "US", AgencyType.Police)));
        var noSuchAgency = await services.Officers.RegisterAsync(new NewOfficer("Eve", null, "eve@fbi.gov", null, Password, AgencyId: "agy_missing"));
        var noAgency = await services.Officers.RegisterAsync(new NewOfficer("Eve", null, "eve@fbi.gov", null, Password));

        Assert.Equal(("officer.domain-not-agency", "email"), (wrongAgency.Error.Code, wrongAgency.Error.Field));
        Assert.Equal(("officer.agency-registered", "email"), (newButOwned.Error.Code, newButOwned.Error.Field));
        Assert.Equal("officer.agency-not-found", noSuchAgency.Error.Code);
        Assert.Equal("officer.agency-missing", noAgency.Error.Code);
        Assert.Equal(0, await db.Officers.CountAsync());
        Assert.Equal(1, await db.Agencies.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task RegisterAsync_DuplicateEmailInOtherCase_IsAConflict(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");

        var again = await services.Officers.RegisterAsync(new NewOfficer("Dana Two", null, "DANA@FBI.GOV", null, Password, AgencyId: fbi.Id));

        Assert.Equal(("officer.email-taken", "email"), (again.Error.Code, again.Error.Field));
        Assert.Equal(1, await db.Officers.CountAsync());
    }

    [Theory, SqliteData]
    public async Task RegisterAsync_EverythingWrong_ListsEveryProblem(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);

        var result = await services.Officers.RegisterAsync(new NewOfficer(" ", null, "not-an-address", null, "short"));
        var newAgency = await services.Officers.RegisterAsync(new NewOfficer(
            "Eve", null, "eve@police.example", null, Password, NewAgency: new NewOfficerAgency("", "Ruritania", AgencyType.Police)));

        Assert.Equal(["officer.name-missing", "officer.email-invalid", "officer.password-too-short", "officer.agency-missing"], result.Errors.Select(e => e.Code));
        Assert.Equal([("agency.name-missing", "agency.name"), ("agency.country-invalid", "agency.country")], newAgency.Errors.Select(e => (e.Code, e.Field)));
        Assert.Empty(await harness.EventsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task SignInAsync_PendingThenVerified_OnlyTheActiveOfficerGetsInAndOnlyTheSignInIsLedgered(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var dana = await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");

        var pending = await services.SignIn.SignInAsync("dana@fbi.gov", Password);
        await services.VerifyAsync(fbi.Id);
        var wrong = await services.SignIn.SignInAsync("dana@fbi.gov", "not the password at all");
        var unknown = await services.SignIn.SignInAsync("nobody@fbi.gov", Password);
        var right = await services.SignIn.SignInAsync(" Dana@FBI.gov ", Password);

        Assert.Equal("officer.sign-in-failed", pending.Error.Code);
        Assert.Equal(wrong.Error, unknown.Error);
        Assert.Equal(pending.Error, wrong.Error);
        Assert.Equal(new OfficerPrincipal(dana.Id, fbi.Id, "Dana Whitfield", "dana@fbi.gov", "FBI New York"), right.Value.Account);
        Assert.Equal(SignInStage.Active, right.Value.Session.Stage);
        var events = await harness.EventsAsync();
        // Failed attempts are counted in the account, not ledgered: an anonymous client cannot grow the public log.
        var signIns = events.Where(e => e.EventTypeId is 3013 or 3014).ToList();
        Assert.Equal(["officer.signed-in"], signIns.Select(e => e.EventType));
        Assert.DoesNotContain(events, e => e.Details!.Contains("nobody", StringComparison.Ordinal) || e.Details!.Contains(Password, StringComparison.Ordinal));
        Assert.Equal("officer:" + dana.Id, signIns[0].Subject);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SignInAsync_AgencyFailedAfterVerification_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var dana = await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");
        await services.VerifyAsync(fbi.Id);
        Assert.True((await services.SignIn.SignInAsync("dana@fbi.gov", Password)).IsSuccess);

        await services.VerifyAsync(fbi.Id, VerificationOutcome.Failed);

        Assert.Equal("officer.sign-in-failed", (await services.SignIn.SignInAsync("dana@fbi.gov", Password)).Error.Code);
        Assert.Null(await services.Officers.FindActiveAsync(dana.Id));
    }

    [Theory, SqliteData]
    public async Task ActivateAsync_AlreadyVerifiedAgency_NewOfficerWaitsForAnAnalystAndUnverifiedAgencyIsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        await services.VerifyAsync(fbi.Id);
        var late = await services.RegisterOfficerAsync(fbi.Id, "late@fbi.gov");
        var bka = (await services.Registry.RegisterAsync(new NewAgency("BKA", "DE", AgencyType.Police, ["bka.de"]), Actor.System)).Value;
        var klaus = await services.RegisterOfficerAsync(bka.Id, "klaus@bka.de");

        Assert.Equal(OfficerStatus.Pending, late.Status);
        Assert.False((await services.SignIn.SignInAsync("late@fbi.gov", Password)).IsSuccess);
        var activated = await services.Officers.ActivateAsync(late.Id, TestStaff.Analyst("usr_ines"));
        var refused = await services.Officers.ActivateAsync(klaus.Id, TestStaff.Analyst("usr_ines"));

        Assert.Equal(OfficerStatus.Active, activated.Value.Status);
        Assert.True((await services.SignIn.SignInAsync("late@fbi.gov", Password)).IsSuccess);
        Assert.Equal("officer.agency-not-verified", refused.Error.Code);
        Assert.Equal("officer.not-found", (await services.Officers.ActivateAsync("off_missing", Actor.System)).Error.Code);
        Assert.Contains(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.OfficerActivated.Id && e.Subject == "officer:" + late.Id && e.Actor == "staff:usr_ines");
    }

    [Theory, SqliteData, PostgresData]
    public async Task SignInAsync_FiveWrongPasswords_LockTheOfficerOnceUntilStaffUnlock(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var dana = await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");
        await services.VerifyAsync(fbi.Id);

        for (var i = 0; i < 6; i++)
        {
            await services.SignIn.SignInAsync("dana@fbi.gov", "wrong password " + i);
        }

        var locked = await services.SignIn.SignInAsync("dana@fbi.gov", Password);
        var lockedList = await services.Officers.ListLockedAsync();
        var refused = await services.Officers.UnlockAsync(dana.Id, TestStaff.LegalReviewer());
        var unlocked = await services.Officers.UnlockAsync(dana.Id, TestStaff.Analyst("usr_ines"));

        Assert.Equal("sign-in.locked", locked.Error.Code);
        Assert.Equal(["dana@fbi.gov"], lockedList.Select(l => l.Name));
        Assert.Empty(await services.Officers.ListLockedAsync());
        Assert.Equal("access.denied", refused.Error.Code);
        Assert.Null(unlocked.Value.LockedUntil);
        Assert.True((await services.SignIn.SignInAsync("dana@fbi.gov", Password)).IsSuccess);
        var events = await harness.EventsAsync();
        var lockout = Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.OfficerLockedOut.Id);
        Assert.Equal("officer:" + dana.Id, lockout.Subject);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.OfficerUnlocked.Id && e.Actor == "staff:usr_ines");
    }

    [Theory, SqliteData]
    public async Task DisableAsync_ActiveOfficer_CanNoLongerSignIn(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();
        var dana = await services.RegisterOfficerAsync(fbi.Id, "dana@fbi.gov");
        await services.VerifyAsync(fbi.Id);

        var disabled = await services.Officers.DisableAsync(dana.Id, TestStaff.Analyst("usr_ines"));

        Assert.Equal(OfficerStatus.Disabled, disabled.Value.Status);
        Assert.False((await services.SignIn.SignInAsync("dana@fbi.gov", Password)).IsSuccess);
        Assert.Null(await services.Officers.FindActiveAsync(dana.Id));
        Assert.Contains(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.OfficerDisabled.Id);
    }
}
