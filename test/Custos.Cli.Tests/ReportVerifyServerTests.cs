using Custos.Application.Ledger;
using Custos.Domain.Transparency;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Tests;

/// <summary><c>custos report verify</c> and <c>custos audit rebuild</c> against a running Custos, as an outside auditor would.</summary>
[Collection("console")]
public class ReportVerifyServerTests
{
    private static readonly ReportPeriod H2 = ReportPeriod.Create(new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 1)).Value;

    [Fact]
    public async Task ReportVerify_PublishedReport_AgreesAndAnEditedFigureIsNamed()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await server.ProducedAndPendingRequestsAsync();
        var published = await server.PublishReportAsync(H2);
        var folder = TestEnvironment.NewTempDirectory("report-verify");
        var report = Path.Combine(folder, "report.json");
        await File.WriteAllTextAsync(report, published.Json);
        var edited = Path.Combine(folder, "edited.json");
        await File.WriteAllTextAsync(edited, published.Json.Replace("\"requests\": 2,", "\"requests\": 3,", StringComparison.Ordinal));
        var key = server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format();
        var url = new Uri(server.BaseAddress, "/ledger/").ToString();
        var state = Path.Combine(folder, "custos.state");

        var (ok, output, errors) = await CliRun.RunAsync(["report", "verify", "--url", url, "--key", key, "--state", state, report]);
        var (bad, badOutput, badErrors) = await CliRun.RunAsync(["report", "verify", "--url", url, "--key", key, "--state", state, edited]);

        Assert.True(ok == 0, output + errors);
        Assert.StartsWith("report 2026-07-01 to 2027-01-01 agrees with the ledger: published at entry ", output, StringComparison.Ordinal);
        Assert.Contains("recomputed from 2 request and 0 restriction facts", output, StringComparison.Ordinal);
        Assert.Contains("statement signed by the log's key", output, StringComparison.Ordinal);
        Assert.Equal(1, bad);
        Assert.Contains("totals.requests: report 3, ledger 2", badOutput, StringComparison.Ordinal);
        Assert.Contains("countries[US].figures.requests: report 3, ledger 2", badOutput, StringComparison.Ordinal);
        Assert.Contains("does NOT agree with the ledger", badOutput, StringComparison.Ordinal);
        Assert.Contains("no report.published entry in the log names sha256", badErrors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportVerify_StatementOfAnotherReport_Refused()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var published = await server.PublishReportAsync(H2);
        var other = await server.PublishReportAsync(ReportPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1)).Value);
        var folder = TestEnvironment.NewTempDirectory("report-verify");
        var report = Path.Combine(folder, "report.json");
        await File.WriteAllTextAsync(report, published.Json);
        var statement = Path.Combine(folder, "other.sig");
        await File.WriteAllTextAsync(statement, other.Statement);
        var key = server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format();
        var url = new Uri(server.BaseAddress, "/ledger/").ToString();

        var (code, output, errors) = await CliRun.RunAsync(
            ["report", "verify", "--url", url, "--key", key, "--state", Path.Combine(folder, "s.state"), "--statement", statement, report]);

        Assert.Equal(1, code);
        Assert.Contains("the statement does not state this report", errors, StringComparison.Ordinal);
        Assert.Contains("0 figure(s) differ, 1 other problem(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditRebuild_RunningCustos_IndexRevisionsAndReportsAgree()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await server.ProducedAndPendingRequestsAsync();
        await server.PublishReportAsync(H2);
        await server.WaitIntegratedAsync();
        var key = server.Services.GetRequiredService<LedgerSigner>().VerifierKey.Format();
        var url = new Uri(server.BaseAddress, "/ledger/").ToString();
        var state = Path.Combine(TestEnvironment.NewTempDirectory("audit"), "custos.state");

        var (code, output, errors) = await CliRun.RunAsync(["audit", "rebuild", "--url", url, "--key", key, "--state", state]);

        Assert.True(code == 0, output + errors);
        Assert.Contains("ok report.published at entry ", output, StringComparison.Ordinal);
        Assert.Contains("2026-07-01 to 2027-01-01: every figure recomputed from 2 request and 0 restriction facts; statement signed", output, StringComparison.Ordinal);
        Assert.Contains("ok index.revision at entry ", output, StringComparison.Ordinal);
        Assert.Matches(@"audit of custos\.local/ledger at checkpoint \d+: \d+ agree, 0 differ, 0 unchecked", output);
    }
}
