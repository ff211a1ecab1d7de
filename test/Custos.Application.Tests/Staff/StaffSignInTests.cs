using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Staff;

public class StaffSignInTests
{
    private const string Password = "a long enough password";

    [Theory, SqliteData, PostgresData]
    public async Task SignInAsync_WrongPasswordAndUnknownName_AreCountedInTheAccountAndNotLedgered(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "aude", StaffRole.Auditor, region: "cis");
        var signIn = harness.NewStaffSignIn(db);

        var wrong = await signIn.SignInAsync("aude", "not the password");
        var unknown = await signIn.SignInAsync("nobody", Password);

        Assert.Equal("staff.sign-in-failed", wrong.Error.Code);
        Assert.Equal(wrong.Error, unknown.Error);
        Assert.Equal(1, (await db.StaffUsers.AsNoTracking().SingleAsync()).FailedSignIns);
        Assert.Equal(["staff.user-created"], (await harness.EventsAsync()).Select(e => e.EventType));
        var right = await signIn.SignInAsync(" AUDE ", Password);
        Assert.Equal(SignInStage.Active, right.Value.Session.Stage);
        Assert.True(right.Value.Account.IsRegional);
        Assert.Equal(0, (await db.StaffUsers.AsNoTracking().SingleAsync()).FailedSignIns);
        var signedIn = (await harness.EventsAsync())[^1];
        Assert.Equal(LedgerEventTypes.StaffSignedIn.Name, signedIn.EventType);
        Assert.DoesNotContain(await harness.EventsAsync(), e => e.Details!.Contains("nobody", StringComparison.Ordinal));
    }

    [Theory, SqliteData]
    public async Task SignInAsync_UnknownDisabledOrWrong_EachVerifiesExactlyOneHashTheUnknownOneTheDummy(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "aude", StaffRole.Auditor);
        await CreateAsync(harness, db, "gone", StaffRole.Auditor);
        await new StaffAccounts(db, harness.Events, harness.Clock).DisableAsync("gone", Actor.System);
        var hashes = await db.StaffUsers.AsNoTracking().ToDictionaryAsync(u => u.Username, u => u.PasswordHash);
        var passwords = new CountingPasswordVerifier();
        var signIn = harness.NewStaffSignIn(db, passwords);

        await signIn.SignInAsync("nobody", Password);
        await signIn.SignInAsync("gone", Password);
        await signIn.SignInAsync("aude", "not the password");
        await signIn.SignInAsync("aude", Password);

        Assert.Equal([passwords.DummyHash, hashes["gone"], hashes["aude"], hashes["aude"]], passwords.Verified);
        Assert.DoesNotContain(passwords.DummyHash, hashes.Values);
        // The dummy is a hash of the same kind (same format and cost) as a real one.
        Assert.Equal(hashes["aude"][..8], passwords.DummyHash[..8]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task SignInAsync_FiveFailures_LockTheAccountLedgeredOnceAndTheRightPasswordIsRefusedUntilTheDelay(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var member = await CreateAsync(harness, db, "aude", StaffRole.Auditor);
        var signIn = harness.NewStaffSignIn(db);

        var failures = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            failures.Add((await signIn.SignInAsync("aude", "wrong password " + i)).Error.Code);
        }

        var locked = await signIn.SignInAsync("aude", Password);

        Assert.Equal(["staff.sign-in-failed", "staff.sign-in-failed", "staff.sign-in-failed", "staff.sign-in-failed", "sign-in.locked", "sign-in.locked", "sign-in.locked"], failures);
        Assert.Equal("sign-in.locked", locked.Error.Code);
        Assert.Contains("2026-11-01 09:15 UTC", locked.Error.Message, StringComparison.Ordinal);
        var lockouts = (await harness.EventsAsync()).Where(e => e.EventTypeId == LedgerEventTypes.StaffLockedOut.Id).ToList();
        var lockout = Assert.Single(lockouts);
        Assert.Equal("staff:" + member.Id, lockout.Subject);
        Assert.Equal("anonymous", lockout.Actor);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        Assert.Equal(["aude"], (await accounts.ListLockedAsync()).Select(l => l.Name));

        harness.Clock.Advance(TimeSpan.FromMinutes(15));

        Assert.True((await signIn.SignInAsync("aude", Password)).IsSuccess);
        Assert.Empty(await accounts.ListLockedAsync());
    }

    [Theory, SqliteData]
    public async Task SignInAsync_RepeatedLockouts_LastLongerEachTime(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "aude", StaffRole.Auditor);
        var signIn = harness.NewStaffSignIn(db);

        await FailAsync(signIn, "aude", 5);
        harness.Clock.Advance(TimeSpan.FromMinutes(15));
        await FailAsync(signIn, "aude", 5);
        var second = await db.StaffUsers.AsNoTracking().SingleAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(29));
        var stillLocked = await signIn.SignInAsync("aude", Password);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(2, second.Lockouts);
        Assert.Equal(harness.Clock.Now, second.LockedUntil);
        Assert.Equal("sign-in.locked", stillLocked.Error.Code);
        Assert.True((await signIn.SignInAsync("aude", Password)).IsSuccess);
        Assert.Equal(2, (await harness.EventsAsync()).Count(e => e.EventTypeId == LedgerEventTypes.StaffLockedOut.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task UnlockAsync_Administrator_EndsTheLockoutAtOnceAndIsLedgeredButOthersMayNot(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "aude", StaffRole.Auditor);
        var signIn = harness.NewStaffSignIn(db);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        await FailAsync(signIn, "aude", 5);

        var refused = await accounts.UnlockAsync("aude", TestStaff.LegalReviewer());
        var unlocked = await accounts.UnlockAsync("aude", TestStaff.Administrator("usr_ada"));

        Assert.Equal("access.denied", refused.Error.Code);
        Assert.Null(unlocked.Value.LockedUntil);
        Assert.True((await signIn.SignInAsync("aude", Password)).IsSuccess);
        var events = await harness.EventsAsync();
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.StaffUnlocked.Id && e.Actor == "staff:usr_ada");
        Assert.Equal("staff.not-found", (await accounts.UnlockAsync("nobody", Actor.CommandLine)).Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task TwoSteps_RequiredRoleWithoutFactor_EnrolsBeforeAnySessionThenAsksForTheCodeAndRefusesAReplay(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var member = await CreateAsync(harness, db, "ines", StaffRole.IntakeAnalyst);
        var signIn = harness.NewStaffSignIn(db);

        var password = await signIn.SignInAsync("ines", Password);
        Assert.Equal(SignInStage.Enrolment, password.Value.Session.Stage);
        Assert.Null(await signIn.ValidateSessionAsync(password.Value.Session.Id));
        var enrolment = (await signIn.BeginEnrolmentAsync(password.Value.Session.Id)).Value;
        Assert.Equal(enrolment.Secret, (await signIn.BeginEnrolmentAsync(password.Value.Session.Id)).Value.Secret);
        Assert.StartsWith("otpauth://totp/", enrolment.Uri, StringComparison.Ordinal);
        var stored = await db.StaffUsers.AsNoTracking().SingleAsync();
        Assert.DoesNotContain(enrolment.Secret, stored.TotpPendingSecret!, StringComparison.Ordinal);

        Assert.Equal("sign-in.code-wrong", (await signIn.ConfirmEnrolmentAsync(password.Value.Session.Id, Wrong(Code(enrolment.Secret, harness.Clock.Now)))).Error.Code);
        var enrolled = await signIn.ConfirmEnrolmentAsync(password.Value.Session.Id, Code(enrolment.Secret, harness.Clock.Now));

        Assert.Equal(SignInStage.Active, enrolled.Value.Session.Stage);
        Assert.NotEqual(password.Value.Session.Id, enrolled.Value.Session.Id);
        Assert.Equal(member.Id, (await signIn.ValidateSessionAsync(enrolled.Value.Session.Id))!.Id);
        Assert.Null(await signIn.ValidateSessionAsync(password.Value.Session.Id));

        // Next sign-in: the code is asked for; the code just used is not accepted again, the next one is.
        var again = await signIn.SignInAsync("ines", Password);
        Assert.Equal(SignInStage.SecondFactor, again.Value.Session.Stage);
        var replay = await signIn.VerifyCodeAsync(again.Value.Session.Id, Code(enrolment.Secret, harness.Clock.Now));
        harness.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = await signIn.VerifyCodeAsync(again.Value.Session.Id, Code(enrolment.Secret, harness.Clock.Now));

        Assert.Equal("sign-in.code-reused", replay.Error.Code);
        Assert.Equal(SignInStage.Active, next.Value.Session.Stage);
        var types = (await harness.EventsAsync()).Select(e => e.EventType).ToList();
        Assert.Equal(["staff.user-created", "staff.second-factor-enrolled", "staff.signed-in", "staff.signed-in"], types);
        Assert.All(await harness.EventsAsync(), e => Assert.DoesNotContain(enrolment.Secret, e.Details!, StringComparison.Ordinal));
        Assert.Contains("totp", (await harness.EventsAsync())[^1].Details!, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task VerifyCodeAsync_WrongExpiredOrMalformed_SaysWhichAndWrongOnesCountTowardsTheLockout(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "ines", StaffRole.IntakeAnalyst);
        var signIn = harness.NewStaffSignIn(db);
        var secret = await EnrolAsync(harness, signIn, "ines");
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var pending = (await signIn.SignInAsync("ines", Password)).Value.Session.Id;

        var expired = await signIn.VerifyCodeAsync(pending, Code(secret, harness.Clock.Now.AddMinutes(-2)));
        var malformed = await signIn.VerifyCodeAsync(pending, "12ab");
        var wrong = await signIn.VerifyCodeAsync(pending, Wrong(Code(secret, harness.Clock.Now)));

        Assert.Equal("sign-in.code-expired", expired.Error.Code);
        Assert.Equal("sign-in.code-malformed", malformed.Error.Code);
        Assert.Equal("sign-in.code-wrong", wrong.Error.Code);
        Assert.Equal(2, (await db.StaffUsers.AsNoTracking().SingleAsync()).FailedSignIns);
        // A right password does not forget the failed codes: only a completed sign-in does.
        var other = (await signIn.SignInAsync("ines", Password)).Value.Session.Id;
        await signIn.VerifyCodeAsync(other, Wrong(Code(secret, harness.Clock.Now)));
        await signIn.VerifyCodeAsync(other, Wrong(Code(secret, harness.Clock.Now)));
        var locked = await signIn.VerifyCodeAsync(other, Wrong(Code(secret, harness.Clock.Now)));
        Assert.Equal("sign-in.locked", locked.Error.Code);
        Assert.Equal("sign-in.step-expired", (await signIn.VerifyCodeAsync(other, Code(secret, harness.Clock.Now))).Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Sessions_SignOutAbsoluteExpiryRolesChangeAndDisable_EachEndTheSession(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "aude", StaffRole.Auditor);
        var signIn = harness.NewStaffSignIn(db);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);

        var signedOut = (await signIn.SignInAsync("aude", Password)).Value.Session.Id;
        await signIn.SignOutAsync(signedOut);
        Assert.Null(await signIn.ValidateSessionAsync(signedOut));
        Assert.Equal(LedgerEventTypes.StaffSignedOut.Name, (await harness.EventsAsync())[^1].EventType);

        var used = (await signIn.SignInAsync("aude", Password)).Value.Session.Id;
        for (var hour = 0; hour < 11; hour++)
        {
            harness.Clock.Advance(TimeSpan.FromHours(1));
            Assert.NotNull(await signIn.ValidateSessionAsync(used));
        }

        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Null(await signIn.ValidateSessionAsync(used));

        var rolesChanged = (await signIn.SignInAsync("aude", Password)).Value.Session.Id;
        await accounts.SetRolesAsync("aude", [StaffRole.Auditor, StaffRole.LegalReviewer], Actor.CommandLine);
        Assert.Null(await signIn.ValidateSessionAsync(rolesChanged));

        await accounts.SetRolesAsync("aude", [StaffRole.Auditor], Actor.CommandLine);
        var disabled = (await signIn.SignInAsync("aude", Password)).Value.Session.Id;
        await accounts.DisableAsync("aude", Actor.CommandLine);
        Assert.Null(await signIn.ValidateSessionAsync(disabled));
        Assert.Contains("\"sessionsEnded\":1", (await harness.EventsAsync())[^1].Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task ResetSecondFactorAsync_Administrator_EndsSessionsAndTheNextSignInEnrolsAgain(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "ines", StaffRole.IntakeAnalyst);
        var signIn = harness.NewStaffSignIn(db);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        await EnrolAsync(harness, signIn, "ines");
        var session = (await db.SignInSessions.AsNoTracking().SingleAsync(s => s.Stage == SignInStage.Active && s.EndedAt == null)).Id;

        var reset = await accounts.ResetSecondFactorAsync("ines", TestStaff.Administrator());

        Assert.False(reset.Value.SecondFactorEnrolled);
        Assert.Null(await signIn.ValidateSessionAsync(session));
        Assert.Equal(SignInStage.Enrolment, (await signIn.SignInAsync("ines", Password)).Value.Session.Stage);
        Assert.Equal(LedgerEventTypes.StaffSecondFactorReset.Name, (await harness.EventsAsync())[^1].EventType);
        Assert.Equal("access.denied", (await accounts.ResetSecondFactorAsync("ines", TestStaff.Analyst())).Error.Code);
    }

    [Theory, SqliteData]
    public async Task ExemptFromSecondFactorAsync_OnlyCustosItself_AndTheExemptAccountSignsInWithAPassword(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        await CreateAsync(harness, db, "ada", StaffRole.Administrator);
        var accounts = new StaffAccounts(db, harness.Events, harness.Clock);
        var signIn = harness.NewStaffSignIn(db);

        Assert.Equal("staff.exemption-only-by-custos", (await accounts.ExemptFromSecondFactorAsync("ada", TestStaff.Administrator())).Error.Code);
        Assert.Equal("staff.exemption-only-by-custos", (await accounts.ExemptFromSecondFactorAsync("ada", Actor.CommandLine)).Error.Code);
        Assert.Equal(SignInStage.Enrolment, (await signIn.SignInAsync("ada", Password)).Value.Session.Stage);
        var exempt = await accounts.ExemptFromSecondFactorAsync("ada", Actor.System);

        Assert.True(exempt.Value.SecondFactorExempt);
        Assert.True(exempt.Value.SecondFactorRequired);
        Assert.Equal(SignInStage.Active, (await signIn.SignInAsync("ada", Password)).Value.Session.Stage);
        Assert.Contains(await harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.StaffSecondFactorExempted.Id && e.Actor == "system");
    }

    internal static string Code(string base32Secret, DateTimeOffset at) =>
        new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(base32Secret)).ComputeTotp(at.UtcDateTime);

    /// <summary>A code that is certainly not <paramref name="code"/> (and, for the test's purposes, not any recent one).</summary>
    internal static string Wrong(string code) => code == "000000" ? "111111" : "000000";

    private static async Task<StaffMember> CreateAsync(Harness harness, Storage.CustosDbContext db, string username, string role, string region = "global") =>
        (await new StaffAccounts(db, harness.Events, harness.Clock).CreateAsync(
            new NewStaffMember(username, username, null, region, [role], Password), Actor.System)).Value;

    private static async Task FailAsync(StaffSignIn signIn, string username, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await signIn.SignInAsync(username, "wrong password " + i);
        }
    }

    /// <summary>Signs in through forced enrolment and returns the factor's secret.</summary>
    private static async Task<string> EnrolAsync(Harness harness, StaffSignIn signIn, string username)
    {
        var pending = (await signIn.SignInAsync(username, Password)).Value.Session.Id;
        var secret = (await signIn.BeginEnrolmentAsync(pending)).Value.Secret;
        Assert.True((await signIn.ConfirmEnrolmentAsync(pending, Code(secret, harness.Clock.Now))).IsSuccess);
        return secret;
    }
}
