using System.Collections.Concurrent;
using System.Diagnostics;
using Custos.Application;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Bench;

/// <summary>The append rate of many writers through <see cref="LedgerAppender"/> and, meanwhile, commit → published checkpoint latency.</summary>
internal static class Appends
{
    /// <summary>Every how many appends of a writer one is followed to its checkpoint.</summary>
    private const int SampleEvery = 50;

    public static async Task<AppendResult> RunAsync(FreshDatabase database, int writers, TimeSpan duration, TimeSpan warmUp)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning).AddConsole());
        services.AddCustosApplication(database.Database.Settings, LedgerOptions.ForDataDirectory(database.Folder, "bench.custos/ledger"));
        await using var provider = services.BuildServiceProvider();
        var integrator = provider.GetRequiredService<LedgerIntegrator>();
        if (await integrator.IntegrateAsync() is null)
        {
            throw new InvalidOperationException("The bench's integrator does not lead its ledger.");
        }

        // The integrator runs as it does in `custos serve`.
        var service = new LedgerIntegrationService(
            integrator, provider.GetRequiredService<LedgerSignal>(), provider.GetRequiredService<CheckpointSignal>(), provider.GetRequiredService<LedgerOptions>(),
            TimeProvider.System, provider.GetRequiredService<ILogger<LedgerIntegrationService>>(), provider.GetRequiredService<DisclosureIndexPublisher>());
        await service.StartAsync(CancellationToken.None);

        // Warm-up, not measured: every writer appends for the warm-up's length, and all of it is published (the first use
        // of each path builds its EF Core model and prepares its statements, and the code runs unoptimised until the JIT
        // has seen it often: a long-running server is measured, not a process's first seconds).
        var appender = provider.GetRequiredService<LedgerAppender>();
        var warming = Stopwatch.StartNew();
        var warmedUp = await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            var appended = 0;
            do
            {
                await appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff("usr_" + writer), "staff:usr_" + writer, new { writer, warmUp = true });
                appended++;
            }
            while (warming.Elapsed < warmUp);
            return appended;
        })));
        while ((integrator.Head?.Size ?? 0) < warmedUp.Sum())
        {
            await Task.Delay(10);
        }

        var checkpointsBefore = integrator.CheckpointsPublished;

        // A watcher notes when each published size first appears (the integrator's head changes when the publishing
        // transaction has committed); the latency of a sampled event is the time from its append's return to the first
        // published size that covers its leaf. Reading the head is a memory read, so the watcher loads nothing.
        var published = new List<(long At, long Size)>();
        long seen = -1;
        using var stopWatcher = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            while (!stopWatcher.IsCancellationRequested)
            {
                if (integrator.Head is { } head && head.Size != Volatile.Read(ref seen))
                {
                    published.Add((Stopwatch.GetTimestamp(), head.Size));
                    Volatile.Write(ref seen, head.Size);
                }

                await Task.Delay(1);
            }
        });

        var sampled = new ConcurrentBag<(long Id, long At)>();
        long count = 0;
        var stop = Stopwatch.StartNew();
        var measuring = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; stop.Elapsed < duration; i++)
            {
                var id = await appender.AppendAsync(LedgerEventTypes.StaffSignedIn, Actor.Staff("usr_" + writer), "staff:usr_" + writer, new { writer, i });
                if (i % SampleEvery == 0)
                {
                    sampled.Add((id, Stopwatch.GetTimestamp()));
                }

                Interlocked.Increment(ref count);
            }
        })));
        var rate = count / stop.Elapsed.TotalSeconds;

        // Let the integrator publish the rest (the appends and whatever it recorded itself), then read where each sampled
        // event landed.
        long total;
        await using (var scope = provider.CreateAsyncScope())
        {
            total = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().LedgerEvents.LongCountAsync();
        }

        var deadline = Stopwatch.StartNew();
        while (Volatile.Read(ref seen) < total && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(10);
        }

        await stopWatcher.CancelAsync();
        await watcher;
        var checkpoints = integrator.CheckpointsPublished - checkpointsBefore;
        await service.StopAsync(CancellationToken.None);

        var ids = sampled.Select(s => s.Id).ToArray();
        Dictionary<long, long> leaves;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
            leaves = await db.LedgerEvents.Where(e => ids.Contains(e.Id) && e.LeafIndex != null).ToDictionaryAsync(e => e.Id, e => e.LeafIndex!.Value);
        }

        var latencies = new List<double>();
        foreach (var (id, at) in sampled)
        {
            if (!leaves.TryGetValue(id, out var leaf))
            {
                throw new InvalidOperationException($"Event {id} was not sequenced within a minute of the run.");
            }

            var first = published.FindIndex(p => p.Size > leaf);
            if (first < 0)
            {
                throw new InvalidOperationException($"Event {id} (leaf {leaf}) was not published within a minute of the run.");
            }

            latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(at, published[first].At).TotalMilliseconds));
        }

        var measured = published.Where(p => p.At >= measuring).ToList();
        var gaps = measured.Zip(measured.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a.At, b.At).TotalMilliseconds).ToList();
        return new AppendResult(rate, latencies, checkpoints, gaps);
    }
}
