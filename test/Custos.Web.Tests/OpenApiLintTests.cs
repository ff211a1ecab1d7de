using System.Diagnostics;
using System.Text.Json;
using Custos.TestSupport;

namespace Custos.Web.Tests;

/// <summary>
/// The OpenAPI documents are ones a client generator accepts: a standard linter (Redocly, recommended rules) finds no
/// error and no warning; the agency document holds no staff endpoint and bakes in no server address.
/// </summary>
public class OpenApiLintTests
{
    [LintTheory]
    [InlineData("v1")]
    [InlineData("staff")]
    [InlineData("ledger")]
    public async Task Document_Linted_HasNoErrorsOrWarnings(string document)
    {
        var redocly = TestEnvironment.Redocly ?? throw new InvalidOperationException("CUSTOS_REQUIRE_LINT=1 but CUSTOS_REDOCLY does not name the Redocly CLI.");
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();
        var json = await client.GetStringAsync($"/openapi/{document}.json");
        var file = Path.Combine(TestEnvironment.NewTempDirectory("openapi"), document + ".json");
        await File.WriteAllTextAsync(file, json);

        var (exit, output, errors) = await RunAsync(redocly, "lint", file, "--format", "json");

        Assert.True(exit == 0, output + errors);
        using var report = JsonDocument.Parse(output);
        var totals = report.RootElement.GetProperty("totals");
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0, output);
    }

    [Fact]
    public async Task AgencyDocument_HoldsOnlyAgencyPathsAndNoServerAddress()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();

        using var agency = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        using var staff = JsonDocument.Parse(await client.GetStringAsync("/openapi/staff.json"));

        var agencyPaths = agency.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(agencyPaths, p => Assert.True(p.StartsWith("/api/v1/requests", StringComparison.Ordinal) || p == "/api/v1/agency", p));
        Assert.Contains(staff.RootElement.GetProperty("paths").EnumerateObject(), p => p.Name == "/api/v1/customers");
        Assert.Equal("/", agency.RootElement.GetProperty("servers")[0].GetProperty("url").GetString());
        var request = agency.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("DataRequest").GetProperty("properties");
        Assert.False(request.TryGetProperty("receivedAt", out _));
        Assert.True(agency.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("apiKey", out _));
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
