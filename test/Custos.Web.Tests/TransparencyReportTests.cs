using System.Net;
using Custos.Application.Ledger;
using Custos.Application.Transparency;
using Custos.Domain.Access;
using Custos.Domain.Transparency;
using Custos.Ledger.Notes;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>The transparency report over requests made through the real use cases, and the public page.</summary>
public class TransparencyReportTests
{
    private static readonly ReportPeriod H2 = ReportPeriod.Create(new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 1)).Value;

    private static async Task<(string Produced, string Pending, string AgencyName)> TwoRequestsAsync(CustosTestServer server)
    {
        var (produced, pending, agencyId) = await server.ProducedAndPendingRequestsAsync();
        await using var scope = server.Services.CreateAsyncScope();
        var name = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync();
        return (produced, pending, name);
    }

    [Fact]
    public async Task ComputeAsync_ProducedAndPending_CountedInTheirGroup()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await TwoRequestsAsync(server);
        await using var scope = server.Services.CreateAsyncScope();

        var report = await scope.ServiceProvider.GetRequiredService<TransparencyReports>().ComputeAsync(H2);

        Assert.Equal(2, report.Totals.Requests);
        Assert.Equal(1, report.Totals.Outcomes.SomeDataProduced);
        Assert.Equal(1, report.Totals.Outcomes.Pending);
        Assert.Equal(50.0m, report.Totals.SomeDataProducedPercent);
        Assert.True(report.Totals.RecordsProduced > 0);
        Assert.Equal(await scope.ServiceProvider.GetRequiredService<CustosDbContext>().RequestTargets.SumAsync(t => t.Reach), report.Totals.AccountsSpecified);
        var group = Assert.Single(report.Groups);
        Assert.Equal(Domain.Requests.LegalProcessType.AdministrativeSubpoena, group.LegalProcess);
        Assert.Equal(0, (await scope.ServiceProvider.GetRequiredService<TransparencyReports>().ComputeAsync(
            ReportPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1)).Value)).Totals.Requests);
    }

    [Fact]
    public async Task PublishAsync_StatementVerifiesWithTheLedgerKeyAndTheEventIsRecorded()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await TwoRequestsAsync(server);
        await using var scope = server.Services.CreateAsyncScope();

        var published = await scope.ServiceProvider.GetRequiredService<TransparencyReports>().PublishAsync(H2, Actor.CommandLine);

        var note = SignedNote.Parse(published.Statement).Value;
        Assert.True(note.Verify([scope.ServiceProvider.GetRequiredService<LedgerSigner>().VerifierKey]).IsSuccess);
        Assert.Contains($"sha256 {published.Sha256}\n", note.Text, StringComparison.Ordinal);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(published.Json))), published.Sha256);
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        var details = await db.LedgerEvents.Where(e => e.EventTypeId == 7010).Select(e => e.Details).SingleAsync();
        Assert.Contains(published.Sha256, details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicReport_Anonymous_AggregatesOnlyAndNoScript()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var (produced, pending, agencyName) = await TwoRequestsAsync(server);
        using var client = server.NewClient();

        using var html = await client.GetAsync("/transparency/report?from=2026-07-01&to=2027-01-01");
        var body = await html.Content.ReadAsStringAsync();
        var json = await client.GetStringAsync("/transparency/report?from=2026-07-01&to=2027-01-01&format=json");
        var csv = await client.GetStringAsync("/transparency/report?from=2026-07-01&to=2027-01-01&format=csv");
        using var reversed = await client.GetAsync("/transparency/report?from=2027-01-01&to=2026-07-01");

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("script-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<svg", body, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">US</th><td>2</td>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        foreach (var text in new[] { body, json, csv })
        {
            foreach (var secret in new[] { produced, pending, "C1042", "C1043", agencyName })
            {
                Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
            }
        }

        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("report.period-reversed", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
