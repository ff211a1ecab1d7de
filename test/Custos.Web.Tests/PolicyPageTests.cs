using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Custos.Application.Policy;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>The policy page: who may see it, who may install, and that a bad file changes nothing.</summary>
public class PolicyPageTests
{
    private static readonly string ShippedVersion = PolicyReader.Default.Value.Version; // the shipped default, whatever its version

    [Fact]
    public async Task Install_Reviewer_SeesThePolicyButIsRefusedAndNothingChanges()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("lena", [StaffRole.LegalReviewer]);
        using var reviewer = server.NewClient();
        await CustosTestServer.SignInAsync(reviewer, "lena");

        var page = await reviewer.GetStringAsync("/admin/policy");
        using var install = await InstallAsync(reviewer, upload: Variant("acme-2027.1"));

        Assert.Contains(ShippedVersion, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Validate and install", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        Assert.StartsWith("/denied", install.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(ShippedVersion, await ActiveVersionAsync(server));
    }

    [Fact]
    public async Task View_IntakeAnalyst_IsDenied()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ian", [StaffRole.IntakeAnalyst]);
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var analyst = server.NewClient();
        using var auditor = server.NewClient();
        await CustosTestServer.SignInAsync(analyst, "ian");
        await CustosTestServer.SignInAsync(auditor, "aude");

        using var denied = await analyst.GetAsync("/admin/policy");
        using var allowed = await auditor.GetAsync("/admin/policy");

        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Install_AdministratorUploadsAFile_ItIsInForceKeptAndLedgered()
    {
        await using var server = await CustosTestServer.StartAsync();
        var ada = await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        using var admin = server.NewClient();
        await CustosTestServer.SignInAsync(admin, "ada");

        using var install = await InstallAsync(admin, upload: Variant("acme-2027.1"));
        var page = await admin.GetStringAsync(install.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, install.StatusCode);
        Assert.Equal("acme-2027.1", await ActiveVersionAsync(server));
        Assert.Contains("is now in force", page, StringComparison.Ordinal);
        Assert.Contains(ShippedVersion, page, StringComparison.Ordinal); // kept in the history
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var installed = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.EventTypeId == LedgerEventTypes.PolicyInstalled.Id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["system", "staff:" + ada.Id], installed.Select(e => e.Actor));
    }

    [Fact]
    public async Task Install_AdministratorPastesAnInvalidFile_ListsProblemsWithLinesAndChangesNothing()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("ada", [StaffRole.Administrator]);
        using var admin = server.NewClient();
        await CustosTestServer.SignInAsync(admin, "ada");
        var yaml = Variant("acme-2027.1").Replace("effectiveFrom:", "colour: blue\neffectiveFrom:", StringComparison.Ordinal);

        using var install = await InstallAsync(admin, pasted: yaml.Replace("\n", "\r\n", StringComparison.Ordinal));
        var html = WebUtility.HtmlDecode(await install.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, install.StatusCode);
        Assert.Contains("policy.unknown-key", html, StringComparison.Ordinal);
        Assert.Contains("line 4: unknown key 'colour'", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was installed", html, StringComparison.Ordinal);
        Assert.Equal(ShippedVersion, await ActiveVersionAsync(server));
    }

    [Fact]
    public async Task Download_AnyVersion_ReturnsTheYamlAsInstalled()
    {
        await using var server = await CustosTestServer.StartAsync();
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var auditor = server.NewClient();
        await CustosTestServer.SignInAsync(auditor, "aude");

        using var download = await auditor.GetAsync($"/admin/policy?handler=Download&version={ShippedVersion}");
        using var missing = await auditor.GetAsync("/admin/policy?handler=Download&version=no-such-version");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/yaml", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(PolicyStore.Normalise(PolicyReader.DefaultText()), await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>Posts the install form as a browser would (multipart, with the anti-forgery token).</summary>
    private static async Task<HttpResponseMessage> InstallAsync(HttpClient client, string? upload = null, string? pasted = null)
    {
        var token = await CustosTestServer.AntiforgeryTokenAsync(client, "/admin/policy");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(pasted ?? string.Empty), "Yaml" },
        };
        if (upload is not null)
        {
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes(upload));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
            form.Add(file, "Upload", "policy.yaml");
        }

        return await client.PostAsync("/admin/policy?handler=Install", form);
    }

    private static async Task<string> ActiveVersionAsync(CustosTestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PolicyStore>().GetActiveAsync()).Version;
    }

    private static string Variant(string version) =>
        PolicyStore.Normalise(PolicyReader.DefaultText()).Replace($"version: \"{ShippedVersion}\"", $"version: \"{version}\"", StringComparison.Ordinal);
}
