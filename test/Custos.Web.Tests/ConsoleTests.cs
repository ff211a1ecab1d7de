using System.Net;
using Custos.Domain.Staff;
using Custos.TestSupport;

namespace Custos.Web.Tests;

public class ConsoleTests
{
    [Fact]
    public async Task SignIn_RightPassword_OpensTheRoleHomePage()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();

        using var response = await CustosTestServer.SignInAsync(client, "lena");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Welcome, lena (test)", home, StringComparison.Ordinal);
        Assert.Contains("Legal reviewer", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoWithoutSayingWhichPart()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();

        using var response = await CustosTestServer.SignInAsync(client, "lena", "wrong password here");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("username or password is not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();

        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = "lena",
            ["Password"] = CustosTestServer.DefaultPassword,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Customers_AuditorRole_IsDeniedButReviewerSeesTheList()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        await server.CreateStaffAsync("colm", [StaffRole.ComplianceOfficer]);
        using var auditor = server.NewClient();
        using var reviewer = server.NewClient();
        await CustosTestServer.SignInAsync(auditor, "aude");
        await CustosTestServer.SignInAsync(reviewer, "colm");

        using var denied = await auditor.GetAsync("/customers");
        using var allowed = await reviewer.GetAsync("/customers");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Contains("Search customers", await allowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPage_OnlyForAdministrators()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        await server.CreateStaffAsync("sven", [StaffRole.SeniorEscalation]);
        using var admin = server.NewClient();
        using var senior = server.NewClient();
        await CustosTestServer.SignInAsync(admin, "ada");
        await CustosTestServer.SignInAsync(senior, "sven");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await senior.GetAsync("/admin/users")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();
        await CustosTestServer.SignInAsync(client, "lena");
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, "/");

        using var signOut = await client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        using var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
