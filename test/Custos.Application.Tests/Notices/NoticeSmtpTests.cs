using Custos.Application.Notices;
using Custos.Domain.Outbox;
using Custos.TestSupport;

namespace Custos.Application.Tests.Notices;

/// <summary>
/// The dispatcher against a real SMTP server (Debian's aiosmtpd on loopback): messages arrive with the right envelope
/// recipient and subject; a server that is down is retried with back-off and ledgered, and once it is up the notice
/// arrives exactly once; two dispatchers at once deliver each notice once.
/// </summary>
public class NoticeSmtpTests
{
    [SmtpFact]
    public async Task DispatchDueAsync_ServerUp_MessageArrivesForTheRecipientWithTheSubject()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var fixture = await OutboxFixture.CreateAsync("sqlite", SmtpEndpoint.Parse(smtp.Url).Value);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_smtp", fixture.Clock.GetUtcNow(), recipient: "maria.rossi@example.org") with
        {
            Subject = "Disclosure to the Bundeskriminalamt – your rights",
        });

        var summary = await fixture.DispatchAsync();

        Assert.Equal(1, summary.Sent);
        var message = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal("maria.rossi@example.org", message.Headers["X-RcptTo"]);
        Assert.Equal("notices@exchange.example", message.Headers["X-MailFrom"]);
        Assert.Equal("Disclosure to the Bundeskriminalamt – your rights", message.Subject);
        Assert.Equal("ntc_smtp@exchange.example", message.MessageId);
        Assert.Contains("We disclosed data about your account.", message.TextBody, StringComparison.Ordinal);
        var view = await fixture.StatusAsync("ntc_smtp");
        Assert.Equal((NoticeDeliveryStatus.Sent, 1, "smtp"), (view.Status, view.Attempts, view.SentVia));
        Assert.False(Directory.Exists(fixture.Options.OutboxDirectory), "With SMTP configured no .eml file is written.");
    }

    [SmtpFact]
    public async Task DispatchDueAsync_ServerDownThenUp_FailuresAreRetriedAndLedgeredThenTheMessageArrivesOnce()
    {
        await using var smtp = LoopbackSmtpServer.OnFreePort();
        await using var fixture = await OutboxFixture.CreateAsync("sqlite", SmtpEndpoint.Parse(smtp.Url).Value);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_down", fixture.Clock.GetUtcNow()));

        var first = await fixture.DispatchAsync();
        var firstView = await fixture.StatusAsync("ntc_down");
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await fixture.DispatchAsync();
        var secondView = await fixture.StatusAsync("ntc_down");

        Assert.Equal((1, 0), (first.Failed, first.Sent));
        Assert.Equal((1, 0), (second.Failed, second.Sent));
        Assert.Equal((NoticeDeliveryStatus.FailedRetrying, 2), (secondView.Status, secondView.Attempts));
        Assert.StartsWith("Cannot reach the SMTP server (ConnectionRefused)", firstView.LastError, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(2), secondView.NextAttemptAt!.Value - fixture.Clock.GetUtcNow());

        await smtp.StartAsync();
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, (await fixture.DispatchAsync()).Due);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = await fixture.DispatchAsync();
        fixture.Clock.Advance(TimeSpan.FromDays(1));
        var later = await fixture.DispatchAsync();

        Assert.Equal(1, third.Sent);
        Assert.Equal(0, later.Due);
        Assert.Equal("maria.rossi@example.org", Assert.Single(await smtp.WaitForMessagesAsync(1)).Headers["X-RcptTo"]);
        Assert.Equal(
            ["notice.queued", "notice.send-failed", "notice.send-failed", "notice.sent"],
            (await fixture.EventsOfAsync("ntc_down")).Select(e => e.Type));
        Assert.Equal((NoticeDeliveryStatus.Sent, 3, "smtp"), ((await fixture.StatusAsync("ntc_down")).Status, (await fixture.StatusAsync("ntc_down")).Attempts, (await fixture.StatusAsync("ntc_down")).SentVia));
        await Task.Delay(500);
        Assert.Single(smtp.Messages());
    }

    [SmtpFact]
    public async Task DispatchDueAsync_TwoDispatchersAtOnce_EachMessageArrivesOnce()
    {
        await using var smtp = await LoopbackSmtpServer.StartNewAsync();
        await using var fixture = await OutboxFixture.CreateAsync("sqlite", SmtpEndpoint.Parse(smtp.Url).Value);
        const int Count = 12;
        for (var i = 0; i < Count; i++)
        {
            await fixture.EnqueueAsync(OutboxFixture.Notice($"ntc_{i:D2}", fixture.Clock.GetUtcNow(), recipient: $"customer{i}@example.org"));
        }

        var rounds = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(fixture.DispatchAsync)));

        Assert.Equal(Count, rounds.Sum(r => r.Sent));
        var messages = await smtp.WaitForMessagesAsync(Count);
        await Task.Delay(500);
        Assert.Equal(Count, smtp.Messages().Count);
        Assert.Equal(
            Enumerable.Range(0, Count).Select(i => $"customer{i}@example.org").Order(StringComparer.Ordinal),
            messages.Select(m => m.Headers["X-RcptTo"]).Order(StringComparer.Ordinal));
    }
}
