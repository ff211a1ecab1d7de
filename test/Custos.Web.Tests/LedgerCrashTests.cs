using System.Diagnostics;
using System.Globalization;
using Custos.Application.Ledger;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Custos.Web.Tests;

/// <summary>
/// Kills a Custos process (SIGKILL) at random moments while many writers append, restarts it, many times; then checks
/// that every event whose transaction committed is in the log, the tree verifies, and the published checkpoint never
/// went backwards.
/// </summary>
public class LedgerCrashTests(ITestOutputHelper output)
{
    private const int Rounds = 12;

    [Fact]
    public async Task KilledWhileAppending_ManyTimes_LosesNothingCommittedAndNeverGoesBackwards()
    {
        var data = TestEnvironment.NewTempDirectory("crash");
        var committed = new HashSet<long>();
        var random = new Random(20211);
        long publishedBefore = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var ids = await RunAndKillAsync(data, TimeSpan.FromMilliseconds(random.Next(200, 1500)));
            committed.UnionWith(ids);
            var published = await PublishedSizeAsync(data);
            output.WriteLine($"round {round}: {ids.Count} commits seen, published size {published}");
            Assert.True(published >= publishedBefore, $"the published size went back from {publishedBefore} to {published}");
            publishedBefore = published;
        }

        Assert.True(committed.Count > 0, "the harness reported no commit at all: nothing was tested");

        // Restart once more, in-process, and let the integrator finish.
        var options = LedgerOptions.ForDataDirectory(data);
        var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(data));
        using var signer = LedgerSigner.LoadOrCreate(options);
        await using var integrator = new LedgerIntegrator(database, options, signer, TimeProvider.System, NullLogger<LedgerIntegrator>.Instance);
        var head = await integrator.IntegrateAsync();
        Assert.NotNull(head);
        Assert.True(head.Size >= publishedBefore);

        await using var db = database.CreateContext();
        var sequenced = await db.LedgerEvents.Where(e => e.LeafIndex != null).Select(e => e.Id).ToListAsync();
        Assert.Empty(committed.Except(sequenced));
        Assert.Equal(await db.LedgerEvents.CountAsync(), head.Size);

        var verified = await new LogVerifier(new FileSystemTileStore(options.LedgerDirectory), signer.VerifierKey).VerifyLogAsync(head.CheckpointNote);
        Assert.True(verified.IsSuccess, verified.IsSuccess ? null : verified.Error.Message);
        var checkpoints = await db.LedgerCheckpoints.OrderBy(c => c.PublishedAt).ThenBy(c => c.Size).Select(c => c.Size).ToListAsync();
        Assert.Equal(checkpoints.Order(), checkpoints);
        output.WriteLine($"{committed.Count} commits seen, {head.Size} entries in the verified log, {checkpoints.Count} checkpoints published");
    }

    private static async Task<long> PublishedSizeAsync(string data)
    {
        var path = Path.Combine(data, "ledger", "checkpoint");
        if (!File.Exists(path))
        {
            return 0;
        }

        var note = SignedNote.Parse(await File.ReadAllTextAsync(path));
        return (long)Checkpoint.Parse(note.Value.Text).Value.Size;
    }

    private static async Task<List<long>> RunAndKillAsync(string data, TimeSpan after)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "Custos.CrashHarness.dll");
        using var process = new Process
        {
            StartInfo = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { harness, data, "8" },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            },
        };
        process.Start();
        var ids = new List<long>();
        var ready = new TaskCompletionSource();
        var errors = process.StandardError.ReadToEndAsync();
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (line == "READY")
                {
                    ready.TrySetResult();
                }
                else if (line.StartsWith("C ", StringComparison.Ordinal))
                {
                    ids.Add(long.Parse(line.AsSpan(2), CultureInfo.InvariantCulture));
                }
            }
        });

        var started = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (started != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The harness did not start: " + await errors);
        }

        await Task.Delay(after);
        process.Kill(entireProcessTree: true); // SIGKILL on Unix
        await process.WaitForExitAsync();
        await reading;
        return ids;
    }
}
