using System.Net;
using Custos.Application.Agencies;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Custos.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>Sign-in that resists guessing and theft: two steps, forced enrolment, throttling, lockout, server-side sessions, cookies.</summary>
public class SignInSecurityTests
{
    [Fact]
    public async Task SignIn_RequiredRoleWithoutFactor_EnrolsBeforeAnySessionThenAsksForTheCodeAndRefusesItsReuse()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        await server.CreateStaffAsync("ines", [StaffRole.IntakeAnalyst], exemptFromSecondFactor: false);
        using var client = server.NewClient();

        using var password = await CustosTestServer.SignInAsync(client, "ines");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Equal("/signin/enrol", password.Headers.Location!.OriginalString);
        using var notYet = await client.GetAsync("/");
        Assert.StartsWith("/signin", notYet.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        using var page = await client.GetAsync("/signin/enrol");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.True(page.Headers.CacheControl!.NoStore);
        using var wrong = await CustosTestServer.SubmitCodeAsync(client, "/signin/enrol", "000000" == CustosTestServer.TotpCode(CustosTestServer.SecretOn(html), clock.Now) ? "111111" : "000000");
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (secret, enrolled) = await CustosTestServer.EnrolAsync(client, "/signin/enrol", clock.Now);

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal("/", enrolled.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        await SignOutAsync(client);
        clock.Advance(TimeSpan.FromSeconds(30));
        using var again = await CustosTestServer.SignInAsync(client, "ines");
        Assert.Equal("/signin/code", again.Headers.Location!.OriginalString);
        using var reused = await CustosTestServer.SubmitCodeAsync(client, "/signin/code", CustosTestServer.TotpCode(secret, clock.Now.AddSeconds(-30)));
        Assert.Contains("already been used", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var code = await CustosTestServer.SubmitCodeAsync(client, "/signin/code", CustosTestServer.TotpCode(secret, clock.Now));

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal("/", code.Headers.Location!.OriginalString);
        Assert.Contains("Welcome, ines (test)", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_CopiedCookie_StopsWorkingAtOnce()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("colm", [StaffRole.ComplianceOfficer]);
        using var first = server.NewClient();
        await CustosTestServer.SignInAsync(first, "colm");
        using var second = server.CopyOf(first);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/v1/me")).StatusCode);

        await SignOutAsync(first);

        using var page = await second.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Session_PastItsAbsoluteLifetime_EndsHoweverOftenItIsUsed()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "aude");

        for (var hour = 0; hour < 11; hour++)
        {
            clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        clock.Advance(TimeSpan.FromHours(1));
        using var expired = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.StartsWith("/signin", expired.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_OverTheAccountsLimit_Is429WithRetryAfterAndAPlainMessageWhileOtherAccountsGoOn()
    {
        await using var server = await CustosTestServer.StartAsync(configure: o => o with
        {
            SignInThrottle = new SignInThrottleOptions { PerAccount = 3, PerAddress = 100, Window = TimeSpan.FromHours(1) },
        });
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await CustosTestServer.SignInAsync(client, "lena", "wrong password " + i);
            statuses.Add(attempt.StatusCode);
        }

        using var throttled = await CustosTestServer.SignInAsync(client, "LENA", CustosTestServer.DefaultPassword);
        using var other = await CustosTestServer.SignInAsync(client, "someone-else", "wrong password");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(int.Parse(throttled.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Too many sign-in attempts", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheAddressLimit_Is429WhateverTheAccountAndTheCodeStepCounts()
    {
        await using var server = await CustosTestServer.StartAsync(configure: o => o with
        {
            SignInThrottle = new SignInThrottleOptions { PerAccount = 100, PerAddress = 3, Window = TimeSpan.FromHours(1) },
        });
        using var client = server.NewClient();

        using var one = await CustosTestServer.SignInAsync(client, "one", "wrong password");
        using var two = await CustosTestServer.SignInOfficerAsync(client, "two@fbi.gov", "wrong password");
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, "/signin");
        using var three = await client.PostAsync("/signin/code", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "123456",
            ["__RequestVerificationToken"] = token,
        }));
        using var four = await CustosTestServer.SignInAsync(client, "four", "wrong password");

        Assert.Equal(HttpStatusCode.Unauthorized, one.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, two.StatusCode);
        Assert.Contains("This sign-in has expired or was not started", await three.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, four.StatusCode);
        Assert.True(four.Headers.Contains("Retry-After"));
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/signin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheAccountAndSaySoEvenToTheRightPassword()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var client = server.NewClient();

        for (var i = 0; i < 4; i++)
        {
            using var wrong = await CustosTestServer.SignInAsync(client, "aude", "wrong password " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var fifth = await CustosTestServer.SignInAsync(client, "aude", "wrong password 5");
        using var right = await CustosTestServer.SignInAsync(client, "aude");

        Assert.Equal(HttpStatusCode.Forbidden, fifth.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Contains("locked after repeated failed sign-ins", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Officer_WithAFactor_SignsInWithItsCodeAndSignOutEndsACopiedCookie()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        var fbi = await server.CreateAgencyAsync("FBI New York", "US", AgencyType.Police, "fbi.gov");
        using var officer = server.NewClient();
        await CustosTestServer.RegisterOfficerAsync(officer, "Dana Whitfield", "dana@fbi.gov");
        await server.RecordVerificationAsync(fbi.Id);
        await CustosTestServer.SignInOfficerAsync(officer, "dana@fbi.gov");

        var (secret, enrolled) = await CustosTestServer.EnrolAsync(officer, "/portal/account/second-factor", clock.Now);
        Assert.Contains("Your second factor is set up", await enrolled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await SignOutAsync(officer, "/portal");
        clock.Advance(TimeSpan.FromSeconds(30));

        using var password = await CustosTestServer.SignInOfficerAsync(officer, "dana@fbi.gov");
        Assert.Equal("/portal/signin/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.GetAsync("/portal/requests")).StatusCode);
        using var code = await CustosTestServer.SubmitCodeAsync(officer, "/portal/signin/code", CustosTestServer.TotpCode(secret, clock.Now));
        Assert.Equal("/portal", code.Headers.Location!.OriginalString);
        using var copy = server.CopyOf(officer);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/portal/requests")).StatusCode);

        await SignOutAsync(officer, "/portal");

        using var after = await copy.GetAsync("/portal/requests");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/portal/signin", after.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        await using var scope = server.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<OfficerAccounts>().ListAsync()).Single().SecondFactorEnrolled);
    }

    [Fact]
    public async Task Cookies_BehindAConfiguredProxy_AreSecureAndForwardedHeadersAreIgnoredOtherwise()
    {
        await using var proxied = await CustosTestServer.StartAsync(configure: o => o with { Proxy = new ProxyOptions { ForwardedHeaders = true } });
        await using var direct = await CustosTestServer.StartAsync();
        await proxied.CreateStaffAsync("aude", [StaffRole.Auditor]);
        await direct.CreateStaffAsync("aude", [StaffRole.Auditor]);

        var behindProxy = await SessionCookieAsync(proxied);
        var forged = await SessionCookieAsync(direct);

        Assert.Contains("secure", behindProxy, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", behindProxy, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", behindProxy, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", forged.Replace("samesite", string.Empty, StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Signs aude in over plain HTTP claiming a proxy's X-Forwarded-Proto: https, and returns the session cookie's header.</summary>
    private static async Task<string> SessionCookieAsync(CustosTestServer server)
    {
        using var client = server.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await CustosTestServer.SignInAsync(client, "aude");
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("custos.session=", StringComparison.Ordinal));
    }

    private static async Task SignOutAsync(HttpClient client, string prefix = "")
    {
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, prefix.Length == 0 ? "/" : prefix);
        using var response = await client.PostAsync(prefix + "/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
