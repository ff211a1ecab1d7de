using System.Net;
using System.Text;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Application.Transparency.Checking;
using Custos.Application.Transparency.Facts;
using Custos.Domain.Events;
using Custos.Domain.Transparency;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Web.Tests;

/// <summary>A published report recomputed from the real log's public parts, and the published reports served to anyone.</summary>
public class TransparencyCheckTests
{
    private static readonly ReportPeriod H2 = ReportPeriod.Create(new DateOnly(2026, 7, 1), new DateOnly(2027, 1, 1)).Value;

    [Fact]
    public async Task ReportCheck_PublishedReport_AgreesAndWithoutOneRequestsFactsDiffers()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await server.ProducedAndPendingRequestsAsync();
        var published = await server.PublishReportAsync(H2);
        var entries = await server.PublishedEntriesAsync();
        var file = ReportFile.Read(Encoding.UTF8.GetBytes(published.Json)).Value;

        var check = ReportCheck.Run(entries, file);

        Assert.True(check.Agrees, string.Join("; ", check.Problems.Concat(check.Differences.Select(d => d.ToString()))));
        Assert.Equal(2, check.RequestFacts);
        var publication = Assert.Single(entries, e => e.Entry.TypeId == LedgerEventTypes.ReportPublished.Id);
        Assert.Equal(publication.LeafIndex, check.Publication!.LeafIndex);
        Assert.All(entries.Where(e => e.Entry.TypeId == LedgerEventTypes.RequestFacts.Id), e => Assert.True(e.LeafIndex < publication.LeafIndex));

        // The facts of the produced request are missing: the log no longer gives the report's figures.
        var producedSubject = entries.Last(e => e.Entry.TypeId == LedgerEventTypes.RequestFacts.Id && e.Entry.Public!.Contains("\"production\":true", StringComparison.Ordinal)).Entry.Subject;
        var without = entries.Where(e => e.Entry.Subject != producedSubject).ToList();
        var missing = ReportCheck.Run(without, file);

        Assert.False(missing.Agrees);
        Assert.Contains(missing.Differences, d => d.Path == "totals.requests" && d.Report == "2" && d.Ledger == "1");
        Assert.Contains(missing.Differences, d => d.Path == "totals.someDataProduced" && d.Report == "1" && d.Ledger == "0");
    }

    [Fact]
    public async Task ReportCheck_FigureEdited_NamedAndRefusedAsNotPublished()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        await server.ProducedAndPendingRequestsAsync();
        var published = await server.PublishReportAsync(H2);
        var edited = published.Json.Replace("\"informalApproaches\": 0", "\"informalApproaches\": 7", StringComparison.Ordinal);

        var check = ReportCheck.Run(await server.PublishedEntriesAsync(), ReportFile.Read(Encoding.UTF8.GetBytes(edited)).Value);

        Assert.Null(check.Publication);
        Assert.Contains(check.Problems, p => p.StartsWith("no report.published entry in the log names sha256", StringComparison.Ordinal));
        Assert.Contains(check.Differences, d => d.Path == "totals.informalApproaches" && d.Report == "7" && d.Ledger == "0");
        Assert.Contains(check.Differences, d => d.Path == "countries[US].figures.informalApproaches");
    }

    [Fact]
    public async Task PublicParts_FactsOfTheRequests_NoIdentifierOrName()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var (produced, pending, agencyId) = await server.ProducedAndPendingRequestsAsync();
        await server.PublishReportAsync(H2);
        await using var scope = server.Services.CreateAsyncScope();
        var agencyName = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync();

        var publicParts = (await server.PublishedEntriesAsync()).Where(e => e.Entry.Public is not null).ToList();

        Assert.Equal(2, publicParts.Count(e => e.Entry.TypeId == LedgerEventTypes.RequestFacts.Id));
        foreach (var part in publicParts.Select(e => e.Entry.Public!))
        {
            foreach (var secret in new[] { produced, pending, agencyId, agencyName, "C1042", "C1043", "DEA-2025-00412" })
            {
                Assert.DoesNotContain(secret, part, StringComparison.OrdinalIgnoreCase);
            }
        }

        // A request's facts are logged under their own subject, which none of the request's other entries names.
        var factsSubjects = publicParts.Where(e => e.Entry.TypeId == LedgerEventTypes.RequestFacts.Id).Select(e => e.Entry.Subject).ToHashSet();
        Assert.DoesNotContain((await server.PublishedEntriesAsync()).Where(e => e.Entry.TypeId != LedgerEventTypes.RequestFacts.Id),
            e => factsSubjects.Contains(e.Entry.Subject) || e.Entry.References.Any(factsSubjects.Contains));
    }

    [Fact]
    public async Task FactsPublisher_ChangedRequestsOnly_OneFactsEntryPerChange()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var (_, pending, _) = await server.ProducedAndPendingRequestsAsync();
        var publisher = server.Services.GetRequiredService<TransparencyFactsPublisher>();
        await server.WaitIntegratedAsync();
        var size = (long)(await server.PublishedEntriesAsync()).Count;

        var first = await publisher.PublishAsync(size);
        var again = await publisher.PublishAsync(size);
        await server.WaitReleasedAsync(await server.ProduceAsync(pending));
        await server.WaitIntegratedAsync();
        var later = await publisher.PublishAsync((long)(await server.PublishedEntriesAsync()).Count);

        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(1, later);
        await server.WaitIntegratedAsync();
        var facts = (await server.PublishedEntriesAsync()).Where(e => e.Entry.TypeId == LedgerEventTypes.RequestFacts.Id).ToList();
        Assert.Equal(3, facts.Count);
        Assert.Equal(2, facts.Select(e => e.Entry.Subject).Distinct().Count());
        Assert.Contains("\"production\":true", facts[^1].Entry.Public!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsPublisher_ManySmallWindowsAndTransactions_LogsWhatOneWindowWouldAndCatchesUp()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var (_, pending, _) = await server.ProducedAndPendingRequestsAsync();
        await server.WaitIntegratedAsync();
        var size = (long)(await server.PublishedEntriesAsync()).Count;
        // Three entries per window and one request per transaction: a round far behind the log still logs every
        // changed request once, and goes on until it has looked at every entry.
        var publisher = new TransparencyFactsPublisher(
            server.Services.GetRequiredService<CustosDatabase>(), server.Services.GetRequiredService<LedgerIdentityKey>(),
            new TransparencyFactsOptions { MaxEntries = 3, MaxFactsPerTransaction = 1 }, server.Services.GetRequiredService<TimeProvider>(),
            NullLogger<TransparencyFactsPublisher>.Instance);

        var first = await publisher.PublishAsync(size);
        var again = await publisher.PublishAsync(size);
        await using var db = server.Services.GetRequiredService<CustosDatabase>().CreateContext();
        var scanned = (await db.TransparencyFactsState.AsNoTracking().SingleAsync()).ScannedSize;

        Assert.True(size > 6, $"the log has only {size} entries: the round did not need several windows");
        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(size, scanned);
        await server.WaitReleasedAsync(await server.ProduceAsync(pending));
        await server.WaitIntegratedAsync();
        Assert.Equal(1, await publisher.PublishAsync((long)(await server.PublishedEntriesAsync()).Count));
    }

    [Fact]
    public async Task PublishedReports_Anonymous_ServedByHashAndPeriodAndListed()
    {
        await using var server = await CustosTestServer.StartAsync(clock: new FakeClock());
        var published = await server.PublishReportAsync(H2);
        using var client = server.NewClient();

        var list = JsonDocument.Parse(await client.GetStringAsync("/transparency/reports")).RootElement.GetProperty("reports");
        var json = await client.GetByteArrayAsync($"/transparency/reports/{published.Sha256}.json");
        var latest = await client.GetStringAsync("/transparency/reports/2026-07-01_2027-01-01.json");
        var statement = await client.GetStringAsync("/transparency/reports/2026-07-01_2027-01-01.sig");
        using var unknown = await client.GetAsync("/transparency/reports/2025-01-01_2025-07-01.json");
        using var garbled = await client.GetAsync("/transparency/reports/nothing.txt");

        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal(published.Sha256, row.GetProperty("sha256").GetString());
        Assert.Equal("2026-07-01", row.GetProperty("from").GetString());
        Assert.Equal(Encoding.UTF8.GetBytes(published.Json), json);
        Assert.Equal(published.Json, latest);
        Assert.Equal(published.Statement, statement);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("report.not-published", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, garbled.StatusCode);
    }
}
