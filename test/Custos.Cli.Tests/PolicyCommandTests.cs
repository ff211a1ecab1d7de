using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Application.Policy;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos policy show | history | export | install</c> and <c>custos scrutinize --installed</c>.</summary>
[Collection("console")]
public class PolicyCommandTests
{
    private static readonly string ShippedVersion = PolicyReader.Default.Value.Version; // the shipped default, whatever its version

    [Fact]
    public async Task PolicyShow_NewDatabase_ShowsTheShippedDefault()
    {
        var data = TestEnvironment.NewTempDirectory("cli-policy");

        var (code, output, errors) = await CliRun.RunAsync(["policy", "show", "--data", data]);

        Assert.True(code == 0, errors);
        var shown = Fields(output);
        Assert.Equal(ShippedVersion, shown["Version"]);
        Assert.Equal(Sha256(Shipped()), shown["SHA-256"]);
        Assert.Equal(PolicyReader.Default.Value.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), shown["Rules"]);
        Assert.Equal(PolicyReader.Default.Value.Jurisdictions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), shown["Jurisdictions"]);
        Assert.EndsWith("by system", shown["Installed"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyInstall_ThenExport_RoundTripsTheFileAndKeepsTheOldVersion()
    {
        var data = TestEnvironment.NewTempDirectory("cli-policy");
        var file = Path.Combine(data, "acme.yaml");
        var exported = Path.Combine(data, "exported.yaml");
        var yaml = Variant("acme-2027.1");
        await File.WriteAllTextAsync(file, yaml);
        await CliRun.RunAsync(["policy", "show", "--data", data]); // the shipped default first

        var (installed, installOutput, installErrors) = await CliRun.RunAsync(["policy", "install", file, "--data", data]);
        var (_, showOutput, _) = await CliRun.RunAsync(["policy", "show", "--data", data]);
        var (exportedCode, _, _) = await CliRun.RunAsync(["policy", "export", "--out", exported, "--data", data]);
        var (_, oldYaml, _) = await CliRun.RunAsync(["policy", "export", "--version", ShippedVersion, "--data", data]);
        var (_, history, _) = await CliRun.RunAsync(["policy", "history", "--data", data]);

        Assert.True(installed == 0, installErrors);
        Assert.Contains("acme-2027.1", installOutput, StringComparison.Ordinal);
        Assert.Contains("is installed and in force", installOutput, StringComparison.Ordinal);
        Assert.Contains("sha256 " + Sha256(yaml), installOutput, StringComparison.Ordinal);
        Assert.Equal("acme-2027.1", Fields(showOutput)["Version"]);
        Assert.Equal(0, exportedCode);
        Assert.Equal(yaml, await File.ReadAllTextAsync(exported));
        Assert.Equal(Shipped(), oldYaml);
        Assert.Contains(Sha256(yaml), history, StringComparison.Ordinal);
        Assert.Contains(Sha256(Shipped()), history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyInstall_InvalidFile_PrintsProblemsWithFileAndLinesExitsNonZeroAndChangesNothing()
    {
        var data = TestEnvironment.NewTempDirectory("cli-policy");
        var file = Path.Combine(data, "bad.yaml");
        await File.WriteAllTextAsync(file, Variant("acme-2027.1").Replace("effectiveFrom:", "colour: blue\neffectiveFrom:", StringComparison.Ordinal));

        var (code, _, errors) = await CliRun.RunAsync(["policy", "install", file, "--data", data]);
        var (_, showOutput, _) = await CliRun.RunAsync(["policy", "show", "--data", data]);

        Assert.Equal(2, code);
        Assert.Contains("policy.unknown-key", errors, StringComparison.Ordinal);
        Assert.Contains("line 4: unknown key 'colour'", errors, StringComparison.Ordinal);
        Assert.Contains("bad.yaml: line 4", errors, StringComparison.Ordinal);
        Assert.Equal(ShippedVersion, Fields(showOutput)["Version"]);
    }

    [Fact]
    public async Task PolicyInstall_InstalledVersionWithOtherContent_IsRefused()
    {
        var data = TestEnvironment.NewTempDirectory("cli-policy");
        var file = Path.Combine(data, "edited.yaml");
        await File.WriteAllTextAsync(file, Shipped().Replace("description: \"", "description: \"Edited. ", StringComparison.Ordinal));
        await CliRun.RunAsync(["policy", "show", "--data", data]);

        var (code, _, errors) = await CliRun.RunAsync(["policy", "install", file, "--data", data]);

        Assert.Equal(1, code);
        Assert.Contains("policy.version-exists", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrutinize_Installed_UsesThePolicyInForce()
    {
        var data = TestEnvironment.NewTempDirectory("cli-policy");
        var policy = Path.Combine(data, "acme.yaml");
        await File.WriteAllTextAsync(policy, Variant("acme-2027.1"));
        var request = Path.Combine(data, "request.json");
        await File.WriteAllTextAsync(request, """
            {
              "reference": "X-1", "receivedAt": "2025-06-02T10:00:00Z", "channel": "portal", "kind": "production",
              "agency": { "name": "FBI", "country": "US", "type": "police", "email": "a@fbi.gov", "domain": "fbi.gov", "verification": "domain-verified" },
              "officer": { "name": "Dana Reyes" },
              "legalProcess": { "type": "subpoena", "signed": true, "legalBasis": "Fed. R. Crim. P. 17" },
              "targets": [ { "type": "account", "value": "C-1", "role": "suspect" } ],
              "dataCategories": ["subscriber"],
              "dateRange": { "from": "2025-01-01", "to": "2025-05-01" }
            }
            """);
        await CliRun.RunAsync(["policy", "install", policy, "--data", data]);

        var (installedCode, installedOutput, installedErrors) = await CliRun.RunAsync(["scrutinize", request, "--provider-country", "US", "--installed", "--data", data]);
        var (shippedCode, shippedOutput, _) = await CliRun.RunAsync(["scrutinize", request, "--provider-country", "US"]);
        var (bothCode, _, bothErrors) = await CliRun.RunAsync(["scrutinize", request, "--provider-country", "US", "--installed", "--policy", policy, "--data", data]);

        Assert.True(installedCode == 0, installedErrors);
        using var installed = JsonDocument.Parse(installedOutput);
        Assert.Equal("acme-2027.1", installed.RootElement.GetProperty("policyVersion").GetString());
        Assert.Equal(0, shippedCode);
        using var shipped = JsonDocument.Parse(shippedOutput);
        Assert.Equal(ShippedVersion, shipped.RootElement.GetProperty("policyVersion").GetString());
        Assert.Equal(2, bothCode);
        Assert.Contains("--installed", bothErrors, StringComparison.Ordinal);
    }

    /// <summary>The "Label: value" lines of policy show.</summary>
    private static Dictionary<string, string> Fields(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);

    private static string Shipped() => PolicyReader.DefaultText().Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Variant(string version) =>
        Shipped().Replace($"version: \"{ShippedVersion}\"", $"version: \"{version}\"", StringComparison.Ordinal);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
