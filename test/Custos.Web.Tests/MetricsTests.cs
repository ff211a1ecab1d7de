using System.Net;
using Custos.Application.Operations;
using Custos.Domain.Common;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Custos.Web.Hosting;

namespace Custos.Web.Tests;

/// <summary>
/// <c>/metrics</c>: the Custos instruments with the values the platform holds, ASP.NET Core's and the runtime's metrics,
/// only for allowed callers, and nothing personal in any series.
/// </summary>
public class MetricsTests
{
    [Fact]
    public async Task Metrics_FromLoopbackAfterRequestsAndALockout_ShowEachInstrumentWithItsValue()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        using var agency = await server.AgencyWithKeyAsync();
        var older = await agency.SubmitRequestAsync(TestRequests.SubpoenaFor("C1"));
        clock.Advance(TimeSpan.FromDays(10));
        var newer = await agency.SubmitRequestAsync(TestRequests.SubpoenaFor("C2", reference: "DEA-2025-00502"));
        await server.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var client = server.NewClient();
        await LockOutAsync(client, "aude");

        var scrape = await PublishedScrapeAsync(server, client, clock);

        var olderStatus = KebabCase.Format((await server.RequestDetailsAsync(older))!.Status);
        var newerStatus = KebabCase.Format((await server.RequestDetailsAsync(newer))!.Status);
        var requests = scrape.All("custos_requests");
        Assert.Equal(OperationsQueries.QueueStatuses.Count * QueueAges.All.Count, requests.Count);
        Assert.Equal(2, requests.Sum(r => r.Value));
        Assert.Equal(1, scrape.All("custos_requests", ("status", olderStatus), ("age", "7-30d")).Sum(r => r.Value));
        Assert.Equal(1, scrape.All("custos_requests", ("status", newerStatus), ("age", "<1d")).Sum(r => r.Value));
        Assert.Equal(1, scrape.Value("custos_signin_lockouts", ("account", "staff")));
        Assert.Equal(0, scrape.Value("custos_signin_lockouts", ("account", "officer")));
        foreach (var state in new[] { "due", "waiting", "sending", "failed" })
        {
            Assert.Equal(0, scrape.Value("custos_notices_outbox_backlog", ("state", state)));
        }

        var (_, checkpoint) = await LedgerWaits.CurrentAsync(client);
        Assert.Equal((double)checkpoint.Size, scrape.Value("custos_ledger_published_size"));
        Assert.True(checkpoint.Size >= 3, $"expected the intake and lockout events in the log, found {checkpoint.Size}");
        Assert.Equal(0, scrape.Value("custos_ledger_unsequenced"));
        Assert.Equal(0, scrape.Value("custos_ledger_lag_seconds"));
        Assert.Equal(1, scrape.Value("custos_ledger_leader"));
        Assert.True(scrape.Value("custos_ledger_checkpoints_total") >= 1);
        Assert.Equal(0, scrape.Value("custos_ledger_witnessing_failures_total"));
        Assert.Contains(scrape.Samples, s => s.Name == "http_server_request_duration_seconds_count" &&
            s.Labels.GetValueOrDefault("http_route")?.StartsWith("/api/v1/requests", StringComparison.Ordinal) == true);
        Assert.Contains(scrape.Samples, s => s.Name.StartsWith("dotnet_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metrics_DatabaseFigures_AreReadAgainOnlyAfterFifteenSeconds()
    {
        var clock = new FakeClock();
        await using var server = await CustosTestServer.StartAsync(clock: clock);
        using var agency = await server.AgencyWithKeyAsync();
        using var client = server.NewClient();
        await agency.SubmitRequestAsync(TestRequests.SubpoenaFor("C1"));
        var first = (await PrometheusScrape.ReadAsync(client)).All("custos_requests").Sum(r => r.Value);

        await agency.SubmitRequestAsync(TestRequests.SubpoenaFor("C2", reference: "DEA-2025-00502"));
        clock.Advance(TimeSpan.FromSeconds(14));
        var cached = (await PrometheusScrape.ReadAsync(client)).All("custos_requests").Sum(r => r.Value);
        clock.Advance(TimeSpan.FromSeconds(1));
        var refreshed = (await PrometheusScrape.ReadAsync(client)).All("custos_requests").Sum(r => r.Value);

        Assert.Equal(1, first);
        Assert.Equal(1, cached);
        Assert.Equal(2, refreshed);
    }

    [Fact]
    public async Task Metrics_TwoServersInOneProcess_EachShowsItsOwnFigures()
    {
        await using var busy = await CustosTestServer.StartAsync();
        await using var idle = await CustosTestServer.StartAsync();
        using var agency = await busy.AgencyWithKeyAsync();
        await agency.SubmitRequestAsync(TestRequests.SubpoenaFor("C1"));
        await busy.CreateStaffAsync("aude", [StaffRole.Auditor]);
        using var busyClient = busy.NewClient();
        using var idleClient = idle.NewClient();
        await LockOutAsync(busyClient, "aude");

        var busyScrape = await PrometheusScrape.ReadAsync(busyClient);
        var idleScrape = await PrometheusScrape.ReadAsync(idleClient);

        Assert.Equal((1, 1), (busyScrape.All("custos_requests").Sum(r => r.Value), busyScrape.Value("custos_signin_lockouts", ("account", "staff"))));
        Assert.Equal((0, 0), (idleScrape.All("custos_requests").Sum(r => r.Value), idleScrape.Value("custos_signin_lockouts", ("account", "staff"))));
    }

    [Fact]
    public async Task Metrics_FromAnAddressNotAllowed_AreNotFoundLikeAnyMissingPage()
    {
        await using var proxied = await CustosTestServer.StartAsync(configure: o => o with { Proxy = new ProxyOptions { ForwardedHeaders = true } });
        await using var direct = await CustosTestServer.StartAsync();
        await using var allowing = await CustosTestServer.StartAsync(configure: o => o with
        {
            Proxy = new ProxyOptions { ForwardedHeaders = true },
            Metrics = new MetricsOptions { Networks = [System.Net.IPNetwork.Parse("203.0.113.0/24")] },
        });

        // Through a trusted proxy, the client's address is the one that counts.
        using var outsider = From(proxied, "198.51.100.9");
        using var missing = await outsider.GetAsync("/no-such-page");
        using var refused = await outsider.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(missing.Content.Headers.ContentType?.MediaType, refused.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("custos_", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var local = proxied.NewClient();
        // Three servers run in this process now: each shows its own series only.
        Assert.Single((await PrometheusScrape.ReadAsync(local)).All("custos_ledger_leader"));

        // Relayed by a proxy Custos does not trust: the header is not believed, and the request is not served either.
        using var relayed = From(direct, "198.51.100.9");
        Assert.Equal(HttpStatusCode.NotFound, (await relayed.GetAsync("/metrics")).StatusCode);

        // A network named in the options may scrape; its neighbours may not.
        using var prometheus = From(allowing, "203.0.113.7");
        using var neighbour = From(allowing, "203.0.114.7");
        Assert.Single((await PrometheusScrape.ReadAsync(prometheus)).All("custos_ledger_leader"));
        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Metrics_AfterImportRequestsAndLockouts_CarryNoPersonalDataAndNoIdentifiers()
    {
        await using var server = await CustosTestServer.StartAsync();
        var data = await server.ImportDemoCustomersAsync(20);
        var customer = data.Customers.First(c => c.Email is not null && c.Phone is not null);
        var wallet = data.Wallets.First();
        using var agency = await server.AgencyWithKeyAsync();
        var byEmail = TestRequests.SubpoenaFor(customer.Email!, "email");
        var byWallet = TestRequests.SubpoenaFor(wallet.Address, "wallet", "DEA-2025-00503");
        var first = await agency.SubmitRequestAsync(byEmail);
        var second = await agency.SubmitRequestAsync(byWallet);
        var staff = await server.CreateStaffAsync("maria.private", [StaffRole.LegalReviewer]);
        using var client = server.NewClient();
        await LockOutAsync(client, "maria.private");
        using var guess = await CustosTestServer.SignInOfficerAsync(client, "j.private@dea.gov", "Hunter3-secret!");

        var scrape = await PrometheusScrape.ReadAsync(client);

        Assert.Equal(1, scrape.Value("custos_signin_lockouts", ("account", "staff")));
        Assert.Equal(2, scrape.All("custos_requests").Sum(r => r.Value));
        string[] forbidden =
        [
            customer.GivenName + " " + customer.FamilyName, customer.FamilyName, customer.Email!, customer.Phone!, customer.AccountId, wallet.Address,
            "maria.private", staff.Id, "j.private@dea.gov", "Hunter3-secret!", "Julia Ortiz", "j.ortiz@dea.gov", first, second, agency.AgencyId,
            "Distribution of controlled substances",
        ];
        foreach (var value in forbidden)
        {
            Assert.False(scrape.Text.Contains(value, StringComparison.OrdinalIgnoreCase), $"/metrics holds '{value}'");
        }

        // Custos's own series carry only words from closed sets.
        var allowed = new Dictionary<string, HashSet<string>>
        {
            ["status"] = [.. OperationsQueries.QueueStatuses.Select(s => KebabCase.Format(s))],
            ["age"] = [.. QueueAges.All.Select(a => a.Label())],
            ["state"] = [.. OutboxStates.All.Select(s => s.Label())],
            ["account"] = ["staff", "officer"],
        };
        var custos = scrape.Samples.Where(s => s.Name.StartsWith("custos_", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(custos);
        foreach (var sample in custos)
        {
            foreach (var (label, value) in sample.Labels.Where(l => !l.Key.StartsWith("otel_scope_", StringComparison.Ordinal)))
            {
                Assert.True(allowed.TryGetValue(label, out var words) && words.Contains(value), $"{sample.Name} has the label {label}=\"{value}\"");
            }
        }
    }

    /// <summary>A client whose requests say (in X-Forwarded-For) that they come from <paramref name="address"/>.</summary>
    private static HttpClient From(CustosTestServer server, string address)
    {
        var client = server.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>The same test request under another agency reference.</summary>
    /// <summary>Five wrong passwords: the account locks.</summary>
    private static async Task LockOutAsync(HttpClient client, string username)
    {
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await CustosTestServer.SignInAsync(client, username, "wrong password " + i);
            Assert.NotEqual(HttpStatusCode.Redirect, wrong.StatusCode);
        }
    }

    /// <summary>Scrapes until every committed event is in the published checkpoint (moving the clock past the figures' cache each time).</summary>
    private static async Task<PrometheusScrape> PublishedScrapeAsync(CustosTestServer server, HttpClient client, FakeClock clock)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            clock.Advance(OperationsSnapshotCache.MaxAge);
            var scrape = await PrometheusScrape.ReadAsync(client);
            if (scrape.All("custos_ledger_unpublished") is [{ Value: 0 }])
            {
                return scrape;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The ledger of {server.BaseAddress} did not publish every committed event within 30 s.");
    }
}
