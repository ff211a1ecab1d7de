using System.Text;
using Custos.Application.Notices;
using Custos.Domain.Outbox;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Custos.Application.Tests.Notices;

/// <summary>
/// The dispatcher with the <c>.eml</c> transport and a fake clock: nothing goes before its time, a failure is retried
/// with back-off until it goes, each attempt is recorded and ledgered, and two dispatchers never send one notice twice.
/// </summary>
public class NoticeDispatcherTests
{
    [Theory, SqliteData, PostgresData]
    public async Task DispatchDueAsync_BeforeAndAfterNotBefore_SendsOnlyOnceTheClockPassesIt(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        var notBefore = fixture.Clock.GetUtcNow().AddDays(10);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_later", notBefore));

        fixture.Clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromMilliseconds(1));
        var early = await fixture.DispatchAsync();
        fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var due = await fixture.DispatchAsync();
        var again = await fixture.DispatchAsync();

        Assert.Equal((0, 0), (early.Due, early.Sent));
        Assert.Equal((1, 1, 0), (due.Due, due.Sent, due.Failed));
        Assert.Equal(0, again.Due);
        var view = await fixture.StatusAsync("ntc_later");
        Assert.Equal((NoticeDeliveryStatus.Sent, 1, notBefore, "eml"), (view.Status, view.Attempts, view.SentAt!.Value, view.SentVia));
        Assert.Null(view.NextAttemptAt);
        Assert.Equal(["notice.queued", "notice.sent"], (await fixture.EventsOfAsync("ntc_later")).Select(e => e.Type));
    }

    [Theory, SqliteData]
    public async Task DispatchDueAsync_NoSmtp_WritesAnRfc5322MessageNamedAfterTheNotice(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        var notice = OutboxFixture.Notice("ntc_file", fixture.Clock.GetUtcNow()) with
        {
            Subject = "Offenlegung Ihrer Daten – Ärztekammer",
            Body = "Sehr geehrte Kundin,\nwir haben Daten offengelegt: Übersicht folgt.\n",
        };
        await fixture.EnqueueAsync(notice);

        await fixture.DispatchAsync();

        var path = Path.Combine(fixture.Options.OutboxDirectory!, "ntc_file.eml");
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.All(bytes, b => Assert.True(b < 0x80, "An RFC 5322 file is 7-bit: non-ASCII text travels encoded."));
        var text = Encoding.ASCII.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        var message = MimeMessage.Load(path);
        Assert.Equal("maria.rossi@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("notices@exchange.example", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal(notice.Subject, message.Subject);
        Assert.Equal(notice.Body, message.TextBody?.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal("ntc_file@exchange.example", message.MessageId);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal(fixture.Clock.GetUtcNow(), message.Date.ToUniversalTime());
        Assert.Empty(Directory.GetFiles(fixture.Options.OutboxDirectory!, "*.partial"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task DispatchDueAsync_FailingDelivery_IsRetriedWithDoublingWaitsAndLedgeredUntilItGoes(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        // A file where the outbox folder should be: every write fails, for real, until it is removed.
        Directory.CreateDirectory(Path.GetDirectoryName(fixture.Options.OutboxDirectory!)!);
        await File.WriteAllTextAsync(fixture.Options.OutboxDirectory!, "in the way");
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_retry", fixture.Clock.GetUtcNow()));

        var waits = new List<TimeSpan>();
        for (var failure = 1; failure <= 4; failure++)
        {
            var summary = await fixture.DispatchAsync();
            Assert.Equal((1, 0, 1), (summary.Due, summary.Sent, summary.Failed));
            var view = await fixture.StatusAsync("ntc_retry");
            Assert.Equal((NoticeDeliveryStatus.FailedRetrying, failure), (view.Status, view.Attempts));
            Assert.StartsWith("Cannot write the message", view.LastError, StringComparison.Ordinal);
            waits.Add(view.NextAttemptAt!.Value - fixture.Clock.GetUtcNow());

            // Not due a millisecond before the back-off's time.
            fixture.Clock.Advance(waits[^1] - TimeSpan.FromMilliseconds(1));
            Assert.Equal(0, (await fixture.DispatchAsync()).Due);
            fixture.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        File.Delete(fixture.Options.OutboxDirectory!);
        var last = await fixture.DispatchAsync();

        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8)], waits);
        Assert.Equal(1, last.Sent);
        var sent = await fixture.StatusAsync("ntc_retry");
        Assert.Equal((NoticeDeliveryStatus.Sent, 5), (sent.Status, sent.Attempts));
        Assert.StartsWith("Cannot write the message", sent.LastError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.Options.OutboxDirectory!, "ntc_retry.eml")));
        var events = await fixture.EventsOfAsync("ntc_retry");
        Assert.Equal(["notice.queued", "notice.send-failed", "notice.send-failed", "notice.send-failed", "notice.send-failed", "notice.sent"], events.Select(e => e.Type));
        Assert.Contains("\"attempt\":3", events[3].Details, StringComparison.Ordinal);
        Assert.Contains("\"attempt\":5", events[5].Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task DispatchDueAsync_FailingForDays_WaitsNoLongerThanTheCapAndNeverGivesUp(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        Directory.CreateDirectory(Path.GetDirectoryName(fixture.Options.OutboxDirectory!)!);
        await File.WriteAllTextAsync(fixture.Options.OutboxDirectory!, "in the way");
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_days", fixture.Clock.GetUtcNow()));

        for (var failure = 1; failure <= 14; failure++)
        {
            Assert.Equal(1, (await fixture.DispatchAsync()).Failed);
            var view = await fixture.StatusAsync("ntc_days");
            Assert.Equal(DeliveryBackoff.Default.WaitAfter(failure), view.NextAttemptAt!.Value - fixture.Clock.GetUtcNow());
            fixture.Clock.Advance(view.NextAttemptAt!.Value - fixture.Clock.GetUtcNow());
        }

        var stillWaiting = await fixture.StatusAsync("ntc_days");
        Assert.Equal((NoticeDeliveryStatus.FailedRetrying, 14), (stillWaiting.Status, stillWaiting.Attempts));
        Assert.Equal(TimeSpan.FromHours(6), DeliveryBackoff.Default.WaitAfter(14));
        File.Delete(fixture.Options.OutboxDirectory!);
        Assert.Equal(1, (await fixture.DispatchAsync()).Sent);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DispatchDueAsync_TwoDispatchersAtOnce_SendEachNoticeExactlyOnce(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        const int Count = 30;
        for (var i = 0; i < Count; i++)
        {
            await fixture.EnqueueAsync(OutboxFixture.Notice($"ntc_{i:D2}", fixture.Clock.GetUtcNow(), account: $"C{i}"));
        }

        var rounds = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(fixture.DispatchAsync)));

        Assert.Equal(Count, rounds.Sum(r => r.Sent));
        Assert.Equal(0, rounds.Sum(r => r.Failed));
        Assert.Equal(rounds.Sum(r => r.Due), Count + rounds.Sum(r => r.TakenElsewhere));
        var sentEvents = (await fixture.Harness.EventsAsync()).Where(e => e.EventType == "notice.sent").ToList();
        Assert.Equal(Count, sentEvents.Count);
        Assert.Equal(Count, sentEvents.Select(e => e.Subject).Distinct(StringComparer.Ordinal).Count());
        Assert.All(await fixture.ListAsync(), n => Assert.Equal((NoticeDeliveryStatus.Sent, 1), (n.Status, n.Attempts)));
        Assert.Equal(Count, Directory.GetFiles(fixture.Options.OutboxDirectory!, "*.eml").Length);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DispatchDueAsync_ClaimOfAStoppedDispatcher_IsHonouredUntilItRunsOutThenRetriedAsInterrupted(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_orphan", fixture.Clock.GetUtcNow()));
        // As a dispatcher leaves a notice when its process dies between claiming and recording the outcome.
        await using (var db = fixture.Harness.NewContext())
        {
            var row = await db.NoticeOutbox.SingleAsync();
            row.Status = NoticeDeliveryStatus.Sending;
            row.Attempts = 1;
            row.ClaimedUntil = fixture.Clock.GetUtcNow() + fixture.Options.ClaimTimeout;
            row.RowVersion++;
            await db.SaveChangesAsync();
        }

        var whileClaimed = await fixture.DispatchAsync();
        fixture.Clock.Advance(fixture.Options.ClaimTimeout);
        var afterClaim = await fixture.DispatchAsync();

        Assert.Equal(0, whileClaimed.Due);
        Assert.Equal(1, afterClaim.Sent);
        var view = await fixture.StatusAsync("ntc_orphan");
        Assert.Equal((NoticeDeliveryStatus.Sent, 2, NoticeDispatcher.InterruptedReason), (view.Status, view.Attempts, view.LastError));
        var events = await fixture.EventsOfAsync("ntc_orphan");
        Assert.Equal(["notice.queued", "notice.send-failed", "notice.sent"], events.Select(e => e.Type));
        Assert.Contains("Interrupted", events[1].Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData, PostgresData]
    public async Task DispatchDueAsync_SlowAttemptOutlivesItsClaim_OtherDispatcherOwnsTheRowAndBothDeliveriesAreLedgered(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_slow", fixture.Clock.GetUtcNow()));
        // The first dispatcher's file is a named pipe: its write blocks until someone reads, as a hung server would.
        var slow = fixture.Options with { SendTimeout = TimeSpan.FromSeconds(60) };
        Directory.CreateDirectory(slow.OutboxDirectory!);
        var pipe = Path.Combine(slow.OutboxDirectory!, "ntc_slow.eml.partial");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        await using var slowDb = fixture.Harness.NewContext();
        var first = Task.Run(() => new NoticeDispatcher(slowDb, fixture.Harness.Events, fixture.Clock, slow, new EmlFileNoticeTransport(slow),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<NoticeDispatcher>.Instance).DispatchDueAsync());
        for (var i = 0; i < 100 && (await fixture.StatusAsync("ntc_slow")).Status != NoticeDeliveryStatus.Sending; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(NoticeDeliveryStatus.Sending, (await fixture.StatusAsync("ntc_slow")).Status);
        fixture.Clock.Advance(slow.ClaimTimeout);
        fixture.Options = fixture.Options with { OutboxDirectory = Path.Combine(TestEnvironment.NewTempDirectory("outbox2"), "outbox") };
        var second = await fixture.DispatchAsync();
        // Read by another process: a reader in this one would take a file lock that the writer's exclusive open refuses.
        using var cat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("cat", [pipe]) { RedirectStandardOutput = true })!;
        var written = await cat.StandardOutput.ReadToEndAsync();
        await cat.WaitForExitAsync();

        var firstSummary = await first;

        Assert.Equal((1, 1), (second.Sent, firstSummary.Sent));
        // Both deliveries carry the same Message-Id, so the customer's mail program can tell the second is the first again.
        Assert.Contains("Message-Id: <ntc_slow@exchange.example>", written, StringComparison.Ordinal);
        Assert.Equal("ntc_slow@exchange.example", MimeMessage.Load(Path.Combine(fixture.Options.OutboxDirectory!, "ntc_slow.eml")).MessageId);
        var view = await fixture.StatusAsync("ntc_slow");
        Assert.Equal((NoticeDeliveryStatus.Sent, 2), (view.Status, view.Attempts));
        var events = await fixture.EventsOfAsync("ntc_slow");
        Assert.Equal(["notice.queued", "notice.send-failed", "notice.sent", "notice.sent"], events.Select(e => e.Type));
        Assert.Contains("\"attempt\":2", events[2].Details, StringComparison.Ordinal);
        Assert.Contains("\"attempt\":1", events[3].Details, StringComparison.Ordinal);
    }

    [Theory, SqliteData]
    public async Task DispatchDueAsync_ManyDue_TakesAtMostOneBatchOldestDueFirst(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        fixture.Options = fixture.Options with { BatchSize = 3 };
        var start = fixture.Clock.GetUtcNow();
        foreach (var (id, minutes) in new[] { ("ntc_d", 4), ("ntc_a", 1), ("ntc_c", 3), ("ntc_b", 2), ("ntc_e", 5) })
        {
            await fixture.EnqueueAsync(OutboxFixture.Notice(id, start.AddMinutes(minutes)));
        }

        fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        var first = await fixture.DispatchAsync();

        Assert.Equal((3, 3), (first.Due, first.Sent));
        Assert.Equal(["ntc_a", "ntc_b", "ntc_c"], (await fixture.ListAsync()).Where(n => n.Status == NoticeDeliveryStatus.Sent).Select(n => n.NoticeId));
        Assert.Equal(2, (await fixture.DispatchAsync()).Sent);
    }

    [Fact]
    public void NoticeFailures_Describe_TakesTheRecipientOutAndKeepsOneShortLine()
    {
        var described = NoticeFailures.Describe(
            new MailKit.Net.Smtp.SmtpCommandException(MailKit.Net.Smtp.SmtpErrorCode.RecipientNotAccepted, MailKit.Net.Smtp.SmtpStatusCode.MailboxUnavailable,
                new MailboxAddress(string.Empty, "Maria.Rossi@example.org"), "5.1.1 <Maria.Rossi@example.org>: Recipient address rejected\r\nUser unknown " + new string('x', 600)),
            "maria.rossi@example.org");

        Assert.StartsWith("The SMTP server refused (550, RecipientNotAccepted): 5.1.1 <<recipient>>: Recipient address rejected User unknown", described, StringComparison.Ordinal);
        Assert.DoesNotContain("rossi", described, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(NoticeFailures.MaxLength, described.Length);
    }
}
