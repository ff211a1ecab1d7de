using System.Net;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos backup</c> of an installation that is serving and taking submissions, restored into a fresh folder on which
/// <c>custos serve</c> starts: what was acknowledged before the backup is there, the keys are the same, and the restored
/// ledger verifies as an extension of the checkpoint published (and verified) before the backup.
/// </summary>
[Collection("console")]
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Backup_WhileServingUnderLoad_RestoresIntoAFreshFolderThatVerifiesAgainstTheLastPublishedCheckpoint()
    {
        var data = TestEnvironment.NewTempDirectory("backup-source");
        var verifierState = Path.Combine(TestEnvironment.NewTempDirectory("backup-verifier"), "verify.state");
        var backup = Path.Combine(TestEnvironment.NewTempDirectory("backup"), "copy");
        var restored = Path.Combine(TestEnvironment.NewTempDirectory("backup-restored"), "data");
        using var node = ServeNode.Start(data, null);
        ServeNode? again = null;
        try
        {
            await node.WaitReadyAsync();
            var key = await ServeNode.AgencyKeyAsync(data, null);
            var load = new SubmissionLoad();
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 3).Select(w => load.RunAsync(node.Http.BaseAddress!, key, $"w{w}", stop.Token)).ToList();
            await TestWaits.UntilAsync(() => load.Acknowledged.Count >= 10, "10 submissions before the backup");

            // An auditor verifies the published log before the backup and keeps the state of that verification.
            var (verifiedBefore, verifyOutput, verifyErrors) = await node.VerifyLedgerAsync(verifierState);
            Assert.True(verifiedBefore == 0, verifyErrors + verifyOutput);
            var ledgerKey = await node.Http.GetStringAsync("/ledger/key");
            var acknowledgedBefore = load.Ids;

            var (code, backupOutput, backupErrors) = await CliRun.RunAsync(["backup", "--data", data, "--to", backup]);
            output.WriteLine(backupOutput);
            Assert.True(code == 0, backupErrors);
            var duringBackup = load.Acknowledged.Count;
            await TestWaits.UntilAsync(() => load.Acknowledged.Count >= duringBackup + 5, "5 submissions after the backup");
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            node.Kill();

            // Restore: the backup folder, copied to a fresh place, is the data folder.
            CopyTree(backup, restored);
            again = ServeNode.Start(restored, null);
            await again.WaitReadyAsync();
            Assert.Equal(ledgerKey, await again.Http.GetStringAsync("/ledger/key"));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(data, "keys"), "*", SearchOption.AllDirectories))
            {
                Assert.Equal(await File.ReadAllBytesAsync(file), await File.ReadAllBytesAsync(Path.Combine(restored, Path.GetRelativePath(data, file))));
            }

            var (verifiedAfter, restoredOutput, restoredErrors) = await again.VerifyLedgerAsync(verifierState);
            output.WriteLine(restoredOutput);
            Assert.True(verifiedAfter == 0, restoredErrors + restoredOutput);
            Assert.Contains("extends the tree", restoredOutput, StringComparison.Ordinal);

            var database = new CustosDatabase(DatabaseSettings.ForDataDirectory(restored));
            await using (var db = database.CreateContext())
            {
                var subjects = acknowledgedBefore.Select(id => "request:" + id).ToList();
                Assert.Equal(acknowledgedBefore.Count, await db.Requests.CountAsync(r => acknowledgedBefore.Contains(r.Id)));
                Assert.Equal(acknowledgedBefore.Count, await db.LedgerEvents.CountAsync(e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id && subjects.Contains(e.Subject)));
            }

            // The restored installation takes submissions with the agency's key and publishes them.
            var sizeRestored = await again.PublishedSizeAsync();
            var resumed = new SubmissionLoad();
            using (var stopResumed = new CancellationTokenSource())
            {
                var writer = resumed.RunAsync(again.Http.BaseAddress!, key, "restored", stopResumed.Token);
                await TestWaits.UntilAsync(() => !resumed.Acknowledged.IsEmpty, "a submission to the restored installation");
                await stopResumed.CancelAsync();
                await writer;
            }

            await using (var db = database.CreateContext())
            {
                var events = await db.LedgerEvents.LongCountAsync();
                Assert.True(await again.WaitForPublishedAsync(events, TimeSpan.FromSeconds(30)) >= events, "the restored installation did not publish its new events");
            }

            Assert.True(await again.PublishedSizeAsync() > sizeRestored);
            var (verifiedLast, _, lastErrors) = await again.VerifyLedgerAsync(verifierState);
            Assert.True(verifiedLast == 0, lastErrors);
        }
        finally
        {
            node.Kill();
            again?.Kill();
            output.WriteLine($"--- restored node ---\n{again?.Log}");
            again?.Dispose();
        }
    }

    [Fact]
    public async Task Backup_IntoAFolderThatIsNotEmpty_RefusesAndWritesNothing()
    {
        var data = TestEnvironment.NewTempDirectory("backup-source");
        var target = TestEnvironment.NewTempDirectory("backup-target");
        await File.WriteAllTextAsync(Path.Combine(target, "keep.txt"), "mine");

        var (code, _, errors) = await CliRun.RunAsync(["backup", "--data", data, "--to", target]);

        Assert.NotEqual(0, code);
        Assert.Contains("backup.target-not-empty", errors, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(target).Select(Path.GetFileName));
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
