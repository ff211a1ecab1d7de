using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos report</c>: formats, the signed statement, and clear errors for bad periods.</summary>
[Collection("console")]
public class ReportCommandTests
{
    [Fact]
    public async Task Report_Csv_HeaderRowAndTheBandRow()
    {
        var data = TestEnvironment.NewTempDirectory("cli-report");

        var (code, output, errors) = await CliRun.RunAsync(["report", "--from", "2026-01-01", "--to", "2026-07-01", "--format", "csv", "--data", data]);

        Assert.True(code == 0, errors);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period_from,period_to,country,authority,legal_process,band_rule,requests,accounts_specified,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("2026-01-01,2026-07-01,US,intelligence,any,us-national-security,0-249,0-249,", Assert.Single(lines.Skip(1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_JsonToFileWithStatement_SignedOverTheSha256OfTheJson()
    {
        var data = TestEnvironment.NewTempDirectory("cli-report");
        var json = Path.Combine(data, "report.json");
        var statement = Path.Combine(data, "report.sig");

        var (code, output, errors) = await CliRun.RunAsync(
            ["report", "--from", "2026-01-01", "--to", "2026-07-01", "--out", json, "--statement", statement, "--data", data]);

        Assert.True(code == 0, errors);
        Assert.Equal(string.Empty, output);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(json)));
        var note = await File.ReadAllTextAsync(statement);
        Assert.StartsWith($"custos-report/v1\ncustos.local/ledger\nperiod 2026-01-01 2026-07-01\nsha256 {hash}\n\n— custos.local/ledger ", note, StringComparison.Ordinal);
        Assert.Contains("\"format\": \"custos-report/v1\"", await File.ReadAllTextAsync(json), StringComparison.Ordinal);
        Assert.Contains("report.published", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Html_IsADocumentWithoutScript()
    {
        var data = TestEnvironment.NewTempDirectory("cli-report");

        var (code, output, errors) = await CliRun.RunAsync(["report", "--format", "html", "--data", data]);

        Assert.True(code == 0, errors);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<svg", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("2026-07-01", "2026-01-01", "report.period-reversed")]
    [InlineData("2026-13-01", "2026-07-01", "report.date-invalid")]
    [InlineData("01/01/2026", "2026-07-01", "report.date-invalid")]
    public async Task Report_BadPeriod_FailsWithTheCode(string from, string to, string expected)
    {
        var data = TestEnvironment.NewTempDirectory("cli-report");

        var (code, output, errors) = await CliRun.RunAsync(["report", "--from", from, "--to", to, "--data", data]);

        Assert.NotEqual(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownFormat_FailsNamingTheFormats()
    {
        var data = TestEnvironment.NewTempDirectory("cli-report");

        var (code, _, errors) = await CliRun.RunAsync(["report", "--format", "pdf", "--data", data]);

        Assert.NotEqual(0, code);
        Assert.Contains("report.format-invalid", errors, StringComparison.Ordinal);
    }
}
