using System.Diagnostics;
using System.Globalization;
using Custos.Application;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Durable appends through the application's append API (LedgerAppender: concurrent callers are group-committed and each
// call returns once its event is durably committed), many concurrent writers, embedded SQLite, with the integrator
// publishing checkpoints meanwhile; and the latency from commit to a signed checkpoint that includes the event. Baseline in the same run: the same number of writers doing bare single-row INSERT transactions through
// ADO.NET on the same kind of database (what SQLite itself allows here).
//   dotnet run -c Release --project bench/Custos.Bench -- [--writers 16] [--seconds 10]
var writers = Option("--writers", 16);
var seconds = Option("--seconds", 10);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"writers {writers}, {seconds} s per measurement, {Environment.ProcessorCount} cores"));

var baseline = await BaselineAsync(writers, TimeSpan.FromSeconds(seconds));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"baseline  bare INSERT transactions:        {baseline,10:N0} /s"));
var (appends, latencies) = await AppendAsync(writers, TimeSpan.FromSeconds(seconds));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"custos    ledger appends (append API):     {appends,10:N0} /s   ({appends / baseline:P0} of baseline)"));
latencies.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"commit → signed checkpoint: p50 {Percentile(latencies, 0.50):N0} ms, p99 {Percentile(latencies, 0.99):N0} ms, max {latencies[^1]:N0} ms ({latencies.Count:N0} samples)"));
return 0;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

static async Task<double> BaselineAsync(int writers, TimeSpan duration)
{
    var folder = Directory.CreateTempSubdirectory("custos-bench-baseline").FullName;
    var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(folder));
    await database.MigrateAsync();
    long count = 0;
    var stop = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
    {
        await using var connection = (SqliteConnection)database.CreateConnection();
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000;";
            await pragma.ExecuteNonQueryAsync();
        }

        while (stop.Elapsed < duration)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = connection.CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = "INSERT INTO ledger_events (event_type_id, event_type, occurred_at, actor, subject, details, commitment, entry) VALUES (9001, 'configuration.changed', 0, 'system', 'bench', '{}', '', x'00')";
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            Interlocked.Increment(ref count);
        }
    })));
    return count / stop.Elapsed.TotalSeconds;
}

static async Task<(double Rate, List<double> Latencies)> AppendAsync(int writers, TimeSpan duration)
{
    var folder = Directory.CreateTempSubdirectory("custos-bench-ledger").FullName;
    var services = new ServiceCollection();
    services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
    services.AddCustosApplication(DatabaseSettings.ForDataDirectory(folder), LedgerOptions.ForDataDirectory(folder, "bench.custos/ledger"));
    await using var provider = services.BuildServiceProvider();
    await provider.GetRequiredService<CustosDatabase>().MigrateAsync();
    var integrator = provider.GetRequiredService<LedgerIntegrator>();
    await integrator.IntegrateAsync();

    // The integrator runs as it does in `custos serve`; a sampler notes when sampled events appear in a published checkpoint.
    var service = new Custos.Web.Hosting.LedgerIntegrationService(
        integrator, provider.GetRequiredService<LedgerSignal>(), provider.GetRequiredService<CheckpointSignal>(), provider.GetRequiredService<LedgerOptions>(), TimeProvider.System,
        provider.GetRequiredService<ILogger<Custos.Web.Hosting.LedgerIntegrationService>>(), provider.GetRequiredService<Custos.Application.Proofs.DisclosureIndexPublisher>(),
        provider.GetRequiredService<Custos.Application.Transparency.Facts.TransparencyFactsPublisher>());
    await service.StartAsync(CancellationToken.None);
    var committed = new System.Collections.Concurrent.ConcurrentDictionary<long, long>();
    var latencies = new List<double>();
    using var stopSampler = new CancellationTokenSource();
    var sampler = Task.Run(async () =>
    {
        while (!stopSampler.IsCancellationRequested || !committed.IsEmpty)
        {
            await Task.Delay(20);
            var head = integrator.Head;
            var now = Stopwatch.GetTimestamp();
            var pending = committed.Keys.ToArray();
            if (head is null || pending.Length == 0)
            {
                continue;
            }

            await using var scope = provider.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
            var published = db.LedgerEvents.Where(e => pending.Contains(e.Id) && e.LeafIndex != null && e.LeafIndex < head.Size).Select(e => e.Id).ToList();
            foreach (var id in published)
            {
                if (committed.TryRemove(id, out var at))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(at, now).TotalMilliseconds);
                }
            }
        }
    });

    long count = 0;
    var stop = Stopwatch.StartNew();
    var appender = provider.GetRequiredService<LedgerAppender>();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
    {
        for (var i = 0; stop.Elapsed < duration; i++)
        {
            var id = await appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff("usr_" + writer), "staff:usr_" + writer, new { writer, i });
            if (i % 50 == 0)
            {
                committed[id] = Stopwatch.GetTimestamp();
            }

            Interlocked.Increment(ref count);
        }
    })));
    var rate = count / stop.Elapsed.TotalSeconds;
    await stopSampler.CancelAsync();
    await sampler.WaitAsync(TimeSpan.FromSeconds(30));
    await service.StopAsync(CancellationToken.None);
    return (rate, latencies);
}
