using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Demo;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Intake under load: the real application (Kestrel on loopback, embedded SQLite, ledger integration running) and a load
// generator in the same process, both on this machine's cores. N concurrent agency clients each submit one request after
// another to POST /api/v1/requests (each with its own Idempotency-Key, targets drawn from real customers). Baseline in the
// same run: the same clients calling GET /healthz (one database round trip), which bounds what HTTP + the host allow.
// Two intake measurements: at saturation (each client sends its next request as soon as the last one is answered: the
// most the machine does), and at a fixed offered rate (--rate, default 200/s, spread over the same clients; latency is
// measured from when each request was due, so a stall is not hidden by the clients slowing down).
//   dotnet run -c Release --project bench/Custos.Intake.Bench -- [--clients 32] [--seconds 20] [--customers 2000] [--rate 200]
var clients = Option("--clients", 32);
var rate = Option("--rate", 200);
var seconds = Option("--seconds", 20);
var customers = Option("--customers", 2000);
var data = Directory.CreateTempSubdirectory("custos-intake-bench").FullName;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients} clients, {seconds} s per measurement, {customers:N0} customers, {Environment.ProcessorCount} cores, SQLite in {data}"));

var options = new CustosHostOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", Intake = new() { ProviderCountry = "US" } };
await using var app = await CustosWebApplication.CreateAsync(options, builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync();
var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

string key;
string[] accounts;
await using (var scope = app.Services.CreateAsyncScope())
{
    var seeded = await scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>().SeedAsync(data, customers);
    if (!seeded.IsSuccess)
    {
        Console.Error.WriteLine(seeded.Error);
        return 1;
    }

    var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
    accounts = await db.Customers.OrderBy(c => c.AccountId).Select(c => c.AccountId).ToArrayAsync();
    var agency = new AgencyRecord
    {
        Id = Ids.New("agy"), Name = "Drug Enforcement Administration, Miami Field Division", Country = "US", Type = AgencyType.Police,
        Verification = AgencyVerification.VerifiedOutOfBand, CreatedAt = DateTimeOffset.UtcNow, CreatedBy = "bench",
    };
    agency.Domains.Add(new AgencyDomainRecord { Domain = "dea.gov", AgencyId = agency.Id });
    db.Agencies.Add(agency);
    await db.SaveChangesAsync();
    key = (await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync("load generator", null, agency.Id, null, Actor.System)).Value.Key;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
{
    BaseAddress = address,
    Timeout = TimeSpan.FromSeconds(30),
};
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

// Warm up both paths (JIT, connection pool, SQLite page cache), then measure.
await RunAsync(clients, TimeSpan.FromSeconds(3), (_, _) => http.GetAsync("/healthz"));
await RunAsync(clients, TimeSpan.FromSeconds(3), (worker, n) => SubmitAsync(worker, n, "warm"));

var baseline = await RunAsync(clients, TimeSpan.FromSeconds(seconds), (_, _) => http.GetAsync("/healthz"));
Report("baseline  GET /healthz", baseline, null);
var intake = await RunAsync(clients, TimeSpan.FromSeconds(seconds), (worker, n) => SubmitAsync(worker, n, "load"));
Report("custos    POST /api/v1/requests, saturated", intake, baseline);
var paced = await RunAsync(clients, TimeSpan.FromSeconds(seconds), (worker, n) => SubmitAsync(worker, n, "paced"), rate);
Report(string.Create(CultureInfo.InvariantCulture, $"custos    POST /api/v1/requests at {rate}/s"), paced, baseline);

await using (var scope = app.Services.CreateAsyncScope())
{
    var stored = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().Requests.CountAsync(r => r.Reference!.StartsWith("load-"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored requests from the measured run: {stored:N0} (successful responses: {intake.Successes:N0})"));
}

await app.StopAsync();
return intake.Failures == 0 && paced.Failures == 0 ? 0 : 2;

Task<HttpResponseMessage> SubmitAsync(int worker, long n, string phase)
{
    var account = accounts[(int)((worker * 7919 + n * 104729) % accounts.Length)];
    var json = $$"""
        {"reference":"{{phase}}-{{worker}}-{{n}}","receivedAt":"2026-01-01T00:00:00Z","channel":"api","kind":"production",
         "agency":{"name":"DEA","country":"US","type":"police"},
         "officer":{"name":"Julia Ortiz","title":"Special Agent","email":"j.ortiz@dea.gov"},
         "legalProcess":{"type":"administrative-subpoena","reference":"DEA-MIA-{{n}}","issuer":"DEA","issuedOn":"2025-12-01","signed":true,"legalBasis":"21 U.S.C. 876"},
         "offence":{"description":"Distribution of controlled substances","categories":["drug-trafficking"],"maxPenaltyYears":20},
         "targets":[{"type":"account","value":"{{account}}","role":"suspect"}],
         "dataCategories":["subscriber"],"dateRange":{"from":"2024-01-01","to":"2025-12-01"} }
        """;
    var message = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    message.Headers.Add("Idempotency-Key", $"{phase}-{worker}-{n}");
    return http.SendAsync(message);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task<Measurement> RunAsync(int clients, TimeSpan duration, Func<int, long, Task<HttpResponseMessage>> call, int? perSecond = null)
{
    var ticket = -1L;
    var latencies = new List<double>[clients];
    var failures = 0L;
    string? firstFailure = null;
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, clients).Select(worker => Task.Run(async () =>
    {
        var mine = latencies[worker] = new List<double>(4096);
        for (long n = 0; clock.Elapsed < duration; n++)
        {
            var started = Stopwatch.GetTimestamp();
            if (perSecond is { } pace)
            {
                // The next request of the whole schedule, due at ticket / pace seconds after the start.
                var due = TimeSpan.FromSeconds(Interlocked.Increment(ref ticket) / (double)pace);
                if (due >= duration)
                {
                    break;
                }

                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                started = Stopwatch.GetTimestamp() - (long)((clock.Elapsed - due).TotalSeconds * Stopwatch.Frequency);
            }

            using var response = await call(worker, n);
            await response.Content.LoadIntoBufferAsync();
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created))
            {
                Interlocked.Increment(ref failures);
                firstFailure ??= $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
            }
        }
    })));
    var elapsed = perSecond is null ? clock.Elapsed.TotalSeconds : Math.Max(duration.TotalSeconds, clock.Elapsed.TotalSeconds);
    var all = latencies.SelectMany(l => l).Order().ToList();
    return new Measurement(all.Count / elapsed, all, all.Count - failures, failures, firstFailure);
}

static void Report(string label, Measurement m, Measurement? baseline)
{
    var ratio = baseline is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"   ({m.PerSecond / baseline.PerSecond:P0} of baseline throughput, p99 {m.Percentile(0.99) / baseline.Percentile(0.99):N1}× baseline)");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-34} {m.PerSecond,8:N0} /s   p50 {m.Percentile(0.50),6:N1} ms   p95 {m.Percentile(0.95),6:N1} ms   p99 {m.Percentile(0.99),6:N1} ms   max {m.Latencies[^1],6:N1} ms   ({m.Latencies.Count:N0} calls, {m.Failures:N0} failed){ratio}"));
    if (m.FirstFailure is not null)
    {
        Console.WriteLine("first failure: " + m.FirstFailure);
    }
}

internal sealed record Measurement(double PerSecond, List<double> Latencies, long Successes, long Failures, string? FirstFailure)
{
    public double Percentile(double p) => Latencies.Count == 0 ? double.NaN : Latencies[Math.Min(Latencies.Count - 1, (int)Math.Ceiling(p * Latencies.Count) - 1)];
}
