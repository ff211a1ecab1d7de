using System.Net;
using System.Net.Http.Headers;
using Custos.Application.Access;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>
/// The console's administration pages: an account's page (roles, region, disable and enable, unlock, reset the second
/// factor, revoke its keys), the locked accounts and the API keys page — each change through its use case, with its
/// anti-forgery token, ledgered; refusals and bad input shown on the page with nothing changed.
/// </summary>
public class AdminPagesTests
{
    [Fact]
    public async Task Disable_Administrator_EndsTheSessionStopsTheKeyAndSaysSo()
    {
        await using var server = await CustosTestServer.StartAsync();
        var ada = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        var bob = await server.CreateStaffAsync("bob", [StaffRole.LegalReviewer]);
        var key = await CreateKeyAsync(server, bob.Id);
        using var admin = await SignedInAsync(server, "ada");
        using var bobClient = await SignedInAsync(server, "bob");
        using var robot = KeyClient(server, key);
        Assert.Equal(HttpStatusCode.OK, (await bobClient.GetAsync("/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/api/v1/me")).StatusCode);

        using var response = await AdministerAsync(admin, "bob", "Disable");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bob is disabled: they cannot sign in, their sessions have ended and their API keys are revoked.", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await bobClient.GetAsync("/requests")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync("/api/v1/me")).StatusCode);
        var events = await EventsAsync(server);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.StaffUserDisabled.Id && e.Actor == "staff:" + ada.Id && e.Subject == "staff:" + bob.Id);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.ApiKeyRevoked.Id && e.Actor == "staff:" + ada.Id);

        using var enabled = await AdministerAsync(admin, "bob", "Enable");
        Assert.Contains("bob is enabled", await TextAsync(enabled), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CustosTestServer.SignInAsync(server.NewClient(), "bob")).StatusCode);
        Assert.Contains(await EventsAsync(server), e => e.EventTypeId == LedgerEventTypes.StaffUserEnabled.Id && e.Actor == "staff:" + ada.Id);
    }

    [Fact]
    public async Task Disable_Themselves_IsRefusedOnThePageLedgeredAndChangesNothing()
    {
        await using var server = await CustosTestServer.StartAsync();
        var ada = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        await server.CreateStaffAsync("bea", [StaffRole.Administrator]);
        using var admin = await SignedInAsync(server, "ada");

        using var disabled = await AdministerAsync(admin, "ada", "Disable");
        using var demoted = await AdministerAsync(admin, "ada", "Roles", ("Roles", StaffRole.Auditor));

        Assert.Equal(HttpStatusCode.Forbidden, disabled.StatusCode);
        Assert.Contains("You may not disable your own account: another administrator must.", await TextAsync(disabled), StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", await TextAsync(disabled), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, demoted.StatusCode);
        Assert.Contains("You may not take the administrator role from yourself", await TextAsync(demoted), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        var refusals = (await EventsAsync(server)).Where(e => e.EventTypeId == LedgerEventTypes.AccessRefused.Id).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, e => Assert.Equal("staff:" + ada.Id, e.Actor));
    }

    [Fact]
    public async Task RolesAndRegion_ValidAndInvalid_ChangeOrNameTheFieldAndKeepWhatWasStored()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        await server.CreateStaffAsync("bob", [StaffRole.Auditor]);
        using var admin = await SignedInAsync(server, "ada");

        using var roles = await AdministerAsync(admin, "bob", "Roles", ("Roles", StaffRole.Auditor), ("Roles", StaffRole.PrivacyOfficer));
        using var badRole = await AdministerAsync(admin, "bob", "Roles", ("Roles", "boss"));
        using var region = await AdministerAsync(admin, "bob", "Region", ("Region", "cis"));
        using var badRegion = await AdministerAsync(admin, "bob", "Region", ("Region", "Moscow Office"));

        Assert.Contains("bob now holds: Auditor, Privacy officer", WebUtility.HtmlDecode(await TextAsync(roles)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRole.StatusCode);
        Assert.Contains("&#x27;boss&#x27; is not a role", await TextAsync(badRole), StringComparison.Ordinal);
        Assert.Contains("bob now works in region cis (regional staff", await TextAsync(region), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badRegion.StatusCode);
        var badRegionPage = await TextAsync(badRegion);
        Assert.Contains("A region is &#x27;global&#x27; or a lower-case code", badRegionPage, StringComparison.Ordinal);
        Assert.Contains("value=\"Moscow Office\"", badRegionPage, StringComparison.Ordinal); // what was typed, to correct
        Assert.Contains("value=\"privacy-officer\" checked=\"checked\"", badRegionPage, StringComparison.Ordinal); // the other form: as stored
        var page = await admin.GetStringAsync("/admin/users/bob");
        Assert.Contains("<dd>cis (regional: takes requests in and nothing more)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Auditor, Privacy officer</dd>", page, StringComparison.Ordinal);
        var events = await EventsAsync(server);
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.StaffRegionChanged.Id);
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.StaffRolesChanged.Id);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryTokenOrAsNonAdministrator_ChangesNothing()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        await server.CreateStaffAsync("sven", [StaffRole.SeniorEscalation]);
        await server.CreateStaffAsync("bob", [StaffRole.Auditor]);
        using var admin = await SignedInAsync(server, "ada");
        using var senior = await SignedInAsync(server, "sven");

        using var forged = await admin.PostAsync("/admin/users/bob?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var token = await CustosTestServer.AntiforgeryTokenAsync(senior, "/");
        using var notAdmin = await senior.PostAsync("/admin/users/bob?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        using var page = await senior.GetAsync("/admin/users/bob");
        using var keysPage = await senior.GetAsync("/admin/keys");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, notAdmin.StatusCode);
        Assert.StartsWith("/denied", notAdmin.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, keysPage.StatusCode);
        Assert.DoesNotContain(await EventsAsync(server), e => e.EventTypeId == LedgerEventTypes.StaffUserDisabled.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/users/nobody")).StatusCode);
    }

    [Fact]
    public async Task LockedAccounts_AreListedAndUnlockedFromTheStaffPage()
    {
        await using var server = await CustosTestServer.StartAsync();
        var ada = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var admin = await SignedInAsync(server, "ada");
        using var aude = server.NewClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await CustosTestServer.SignInAsync(aude, "aude", "wrong password " + i);
        }

        var list = await admin.GetStringAsync("/admin/users");
        var token = await CustosTestServer.AntiforgeryTokenAsync(admin, "/admin/users");
        using var unlocked = await admin.PostAsync("/admin/users/aude?handler=Unlock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Contains("Locked after failed sign-ins", list, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Unlock aude\"", list, StringComparison.Ordinal);
        Assert.Contains("action=\"/admin/users/aude?handler=Unlock\"", list, StringComparison.Ordinal);
        Assert.Contains("aude is unlocked", await TextAsync(unlocked), StringComparison.Ordinal);
        Assert.DoesNotContain("Locked after failed sign-ins", await admin.GetStringAsync("/admin/users"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await CustosTestServer.SignInAsync(aude, "aude")).StatusCode);
        Assert.Contains(await EventsAsync(server), e => e.EventTypeId == LedgerEventTypes.StaffUnlocked.Id && e.Actor == "staff:" + ada.Id);
    }

    [Fact]
    public async Task ResetSecondFactor_EnrolledMember_RemovesItAndIsLedgered()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        var lena = await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer], exemptFromSecondFactor: false);
        using (var enrolling = server.NewClient())
        {
            await CustosTestServer.SignInAsync(enrolling, "lena");
            var (_, enrolled) = await CustosTestServer.EnrolAsync(enrolling, "/signin/enrol", clock.GetUtcNow());
            Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        }

        using var admin = await SignedInAsync(server, "ada");
        Assert.Contains("<dd>enrolled</dd>", await admin.GetStringAsync("/admin/users/lena"), StringComparison.Ordinal);

        using var reset = await AdministerAsync(admin, "lena", "ResetSecondFactor");

        var page = await TextAsync(reset);
        Assert.Contains("lena has no second factor now and their sessions have ended; they enrol a new one at their next sign-in.", page, StringComparison.Ordinal);
        Assert.Contains("<dd>required: enrols at next sign-in</dd>", page, StringComparison.Ordinal);
        Assert.Contains(await EventsAsync(server), e => e.EventTypeId == LedgerEventTypes.StaffSecondFactorReset.Id && e.Subject == "staff:" + lena.Id);
    }

    [Fact]
    public async Task KeysPage_CreateShowsTheKeyOnceAndRevokeStopsIt()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        var bob = await server.CreateStaffAsync("bob", [StaffRole.LegalReviewer]);
        using var admin = await SignedInAsync(server, "ada");

        using var created = await PostAsync(admin, "/admin/keys", "Create", ("KeyName", "nightly export"), ("KeyOwner", bob.Id));
        var createdPage = WebUtility.HtmlDecode(await TextAsync(created));
        var key = System.Text.RegularExpressions.Regex.Match(createdPage, "aria-label=\"New API key\">(custos_[^<]+)<").Groups[1].Value;
        using var robot = KeyClient(server, key);
        Assert.Equal(HttpStatusCode.OK, (await robot.GetAsync("/api/v1/me")).StatusCode);
        var listed = await admin.GetStringAsync("/admin/keys");
        Assert.DoesNotContain(key, listed, StringComparison.Ordinal);
        Assert.Contains("nightly export", listed, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/admin/users/bob\">bob</a>", listed, StringComparison.Ordinal);
        var keyId = System.Text.RegularExpressions.Regex.Match(listed, "name=\"KeyId\" value=\"(key_[^\"]+)\"").Groups[1].Value;

        using var revoked = await PostAsync(admin, "/admin/keys", "Revoke", ("KeyId", keyId));
        using var unknown = await PostAsync(admin, "/admin/keys", "Revoke", ("KeyId", "key_nothing"));

        Assert.Contains("is revoked", await TextAsync(revoked), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await robot.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("No staff API key has id", await TextAsync(unknown), StringComparison.Ordinal);
        Assert.Contains(await EventsAsync(server), e => e.EventTypeId == LedgerEventTypes.ApiKeyRevoked.Id && e.Subject == "apikey:" + keyId);
    }

    [Fact]
    public async Task RevokeKey_FromTheAccountPage_OnlyThatAccountsKeys()
    {
        await using var server = await CustosTestServer.StartAsync();
        var ada = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        var bob = await server.CreateStaffAsync("bob", [StaffRole.LegalReviewer]);
        var adaKey = await CreateKeyAsync(server, ada.Id);
        var bobKey = await CreateKeyAsync(server, bob.Id);
        using var admin = await SignedInAsync(server, "ada");
        var adaKeyId = System.Text.RegularExpressions.Regex.Match(await admin.GetStringAsync("/admin/users/ada"), "name=\"KeyId\" value=\"(key_[^\"]+)\"").Groups[1].Value;

        using var wrongAccount = await AdministerAsync(admin, "bob", "RevokeKey", ("KeyId", adaKeyId));
        using var revoked = await AdministerAsync(admin, "ada", "RevokeKey", ("KeyId", adaKeyId));

        Assert.Equal(HttpStatusCode.NotFound, wrongAccount.StatusCode);
        Assert.Contains("bob has no API key", await TextAsync(wrongAccount), StringComparison.Ordinal);
        Assert.Contains("is revoked", await TextAsync(revoked), StringComparison.Ordinal);
        using var adaRobot = KeyClient(server, adaKey);
        using var bobRobot = KeyClient(server, bobKey);
        Assert.Equal(HttpStatusCode.Unauthorized, (await adaRobot.GetAsync("/api/v1/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bobRobot.GetAsync("/api/v1/me")).StatusCode);
    }

    /// <summary>Posts one of an account page's forms, with the page's anti-forgery token.</summary>
    private static Task<HttpResponseMessage> AdministerAsync(HttpClient admin, string username, string handler, params (string Name, string Value)[] fields) =>
        PostAsync(admin, "/admin/users/" + username, handler, fields);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, params (string Name, string Value)[] fields)
    {
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, path);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(form));
    }

    private static async Task<HttpClient> SignedInAsync(CustosTestServer server, string username)
    {
        var client = server.NewClient();
        using var response = await CustosTestServer.SignInAsync(client, username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static HttpClient KeyClient(CustosTestServer server, string key)
    {
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<string> CreateKeyAsync(CustosTestServer server, string ownerId)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("automation", ownerId, null, null, Actor.System)).Value.Key;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    private static async Task<IReadOnlyList<Storage.Entities.LedgerEventRecord>> EventsAsync(CustosTestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        return await db.LedgerEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
