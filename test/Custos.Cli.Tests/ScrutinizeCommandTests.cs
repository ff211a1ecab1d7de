using System.Text.Json;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos scrutinize</c>: JSON and text reports, context overrides, and bad input named.</summary>
[Collection("console")]
public class ScrutinizeCommandTests
{
    private const string Request = """
        {
          "reference": "X-1", "receivedAt": "2025-06-02T10:00:00Z", "channel": "portal", "kind": "production",
          "agency": { "name": "FBI", "country": "US", "type": "police", "email": "a@fbi.gov", "domain": "fbi.gov", "verification": "domain-verified" },
          "officer": { "name": "Dana Reyes" },
          "legalProcess": { "type": "subpoena", "signed": true, "legalBasis": "Fed. R. Crim. P. 17" },
          "targets": [ { "type": "account", "value": "C-1", "role": "suspect" } ],
          "dataCategories": ["subscriber", "login-ip"],
          "dateRange": { "from": "2025-01-01", "to": "2025-05-01" }
        }
        """;

    [Fact]
    public async Task Scrutinize_BareRequestWithProvider_PrintsJsonResult()
    {
        var file = Write(Request);

        var (code, output, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US"]);

        Assert.True(code == 0, errors);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("narrow", json.RootElement.GetProperty("recommendation").GetString());
        Assert.Equal("low", json.RootElement.GetProperty("riskTier").GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("code").GetString() == "legal-sufficiency.process-insufficient");
        Assert.Equal("2025-06-02", json.RootElement.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Scrutinize_TextFormat_PrintsRecommendationAndFindings()
    {
        var file = Write(Request);

        var (code, output, _) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US", "--format", "text"]);

        Assert.Equal(0, code);
        Assert.StartsWith("Recommendation: NARROW", output, StringComparison.Ordinal);
        Assert.Contains("legal-sufficiency.process-insufficient", output, StringComparison.Ordinal);
        Assert.Contains("18 U.S.C. 2703", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_BareRequestWithoutProvider_FailsNamingIt()
    {
        var file = Write(Request);

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file]);

        Assert.Equal(2, code);
        Assert.Contains("--provider-country", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_UnknownField_FailsNamingIt()
    {
        var file = Write(Request.Replace("\"officer\": {", "\"gagOrder\": true, \"officer\": {", StringComparison.Ordinal));

        var (code, output, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US"]);

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("gagOrder", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"officer\": {", "\"offence\": { \"maxPenaltyYears\": \"ten\" }, \"officer\": {", "expected a whole number")]
    [InlineData("\"officer\": {", "\"officer\" {", "not valid JSON at line")]
    public async Task Scrutinize_BadJson_FailsInPlainWordsWithoutDotNetText(string find, string replace, string expected)
    {
        var file = Write(Request.Replace(find, replace, StringComparison.Ordinal));

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US"]);

        Assert.Equal(2, code);
        Assert.Contains(expected, errors.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_WrongEnumValue_FailsListingTheAllowedValues()
    {
        var file = Write(Request.Replace("\"channel\": \"portal\"", "\"channel\": \"fax\"", StringComparison.Ordinal));

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US"]);

        Assert.Equal(2, code);
        Assert.Contains("$.channel", errors, StringComparison.Ordinal);
        Assert.Contains("in-person", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_ImpossibleDate_FailsNamingTheField()
    {
        var file = Write(Request.Replace("\"to\": \"2025-05-01\"", "\"to\": \"2025-02-30\"", StringComparison.Ordinal));

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US"]);

        Assert.Equal(2, code);
        Assert.Contains("$.dateRange.to", errors, StringComparison.Ordinal);
        Assert.Contains("2025-02-30", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_BadAsOf_FailsNamingTheOption()
    {
        var file = Write(Request);

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US", "--as-of", "2025-13-01"]);

        Assert.Equal(2, code);
        Assert.Contains("--as-of", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_BadPolicyFile_FailsNamingTheKey()
    {
        var file = Write(Request);
        var policy = Write("version: x\nbogus: 1\n", ".yaml");

        var (code, _, errors) = await CliRun.RunAsync(["scrutinize", file, "--provider-country", "US", "--policy", policy]);

        Assert.Equal(2, code);
        Assert.Contains("bogus", errors, StringComparison.Ordinal);
    }

    [SharedScenariosTheory]
    [InlineData("03-rosfinmonitoring-navalny-donors.json", "deny")]
    [InlineData("07-foreign-fiu-direct.json", "redirect")]
    public async Task Scrutinize_SharedScenario_UsesItsContext(string scenario, string expected)
    {
        var (code, output, errors) = await CliRun.RunAsync(["scrutinize", Path.Combine(SharedScenarios.Directory!, scenario)]);

        Assert.True(code == 0, errors);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(expected, json.RootElement.GetProperty("recommendation").GetString());
    }

    private static string Write(string content, string extension = ".json")
    {
        var path = Path.Combine(TestEnvironment.NewTempDirectory("scrutinize"), "input" + extension);
        File.WriteAllText(path, content);
        return path;
    }
}
