using Custos.Application.Notices;
using Custos.Domain.Access;
using Custos.Domain.Outbox;
using Custos.TestSupport;
using Custos.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;

namespace Custos.Web.Tests;

/// <summary>
/// The notice outbox in the running server: the background dispatcher, driven by the injected clock, sends a notice
/// only once the clock passes its not-before instant — also when that happens while the server is down and a new
/// one starts on the same data folder — as an <c>.eml</c> file, or by SMTP with <c>--smtp</c>.
/// </summary>
public class NoticeDeliveryTests
{
    private const string RequestId = "req_noticeweb";

    [Fact]
    public async Task Dispatcher_FakeClockAcrossNotBeforeAndARestart_SendsEachNoticeOnlyOnceItIsDue()
    {
        var clock = new FakeClock();
        var data = TestEnvironment.NewTempDirectory("notices");
        var start = clock.GetUtcNow();
        var first = await StartAsync(data, clock);
        try
        {
            await using (var scope = first.Services.CreateAsyncScope())
            {
                await TestRequests.AddAsync(scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>(), RequestId, start);
            }

            // The non-disclosure order ends in 10 days for one customer, in 30 for the other.
            await EnqueueAsync(first, Notice("ntc_ten", start.AddDays(10), "alice@example.org"));
            await EnqueueAsync(first, Notice("ntc_thirty", start.AddDays(30), "bob@example.org"));
            await WaitForRoundsAsync(first, 3);
            Assert.Equal([NoticeDeliveryStatus.Scheduled, NoticeDeliveryStatus.Scheduled], (await ListAsync(first)).Select(n => n.Status));
            Assert.False(Directory.Exists(Path.Combine(data, "outbox")) && Directory.EnumerateFiles(Path.Combine(data, "outbox")).Any());

            clock.Advance(TimeSpan.FromDays(10));
            var ten = await WaitForStatusAsync(first, "ntc_ten", NoticeDeliveryStatus.Sent);
            await WaitForRoundsAsync(first, 2);

            Assert.Equal((start.AddDays(10), "eml"), (ten.SentAt!.Value, ten.SentVia));
            Assert.Equal(NoticeDeliveryStatus.Scheduled, (await ListAsync(first)).Single(n => n.NoticeId == "ntc_thirty").Status);
            Assert.Equal(["ntc_ten.eml"], Directory.GetFiles(Path.Combine(data, "outbox")).Select(Path.GetFileName));
        }
        finally
        {
            await first.StopKeepingDataAsync();
        }

        // Custos is down while the second order's end date passes; the next server on the same data folder sends it.
        clock.Advance(TimeSpan.FromDays(25));
        await using var second = await StartAsync(data, clock);
        var thirty = await WaitForStatusAsync(second, "ntc_thirty", NoticeDeliveryStatus.Sent);

        Assert.Equal((1, start.AddDays(35)), (thirty.Attempts, thirty.SentAt!.Value));
        var message = MimeMessage.Load(Path.Combine(data, "outbox", "ntc_thirty.eml"));
        Assert.Equal("bob@example.org", Assert.Single(message.To.Mailboxes).Address);
        var events = await SentEventsAsync(second);
        Assert.Equal(["notice:ntc_ten", "notice:ntc_thirty"], events);
    }

    [SmtpFact]
    public async Task Dispatcher_WithSmtpSettings_DeliversThroughTheServerAfterItComesUp()
    {
        var clock = new FakeClock();
        await using var smtp = LoopbackSmtpServer.OnFreePort();
        var start = clock.GetUtcNow();
        await using var server = await StartAsync(TestEnvironment.NewTempDirectory("notices-smtp"), clock, o => o with
        {
            Notices = o.Notices with { Smtp = SmtpEndpoint.Parse(smtp.Url).Value, From = "notices@exchange.example" },
        });
        await using (var scope = server.Services.CreateAsyncScope())
        {
            await TestRequests.AddAsync(scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>(), RequestId, start);
        }

        await EnqueueAsync(server, Notice("ntc_mail", start, "carol@example.org"));
        var failed = await WaitForStatusAsync(server, "ntc_mail", NoticeDeliveryStatus.FailedRetrying);
        Assert.StartsWith("Cannot reach the SMTP server", failed.LastError, StringComparison.Ordinal);

        await smtp.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await WaitForStatusAsync(server, "ntc_mail", NoticeDeliveryStatus.Sent);

        Assert.Equal((2, "smtp"), (sent.Attempts, sent.SentVia));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(1));
        Assert.Equal(("carol@example.org", "Your data was disclosed"), (message.Headers["X-RcptTo"], message.Subject));
        Assert.False(Directory.Exists(Path.Combine(server.DataDirectory, "outbox")));
    }

    private static Task<CustosTestServer> StartAsync(string data, FakeClock clock, Func<CustosHostOptions, CustosHostOptions>? configure = null) =>
        CustosTestServer.StartAsync(dataDirectory: data, clock: clock, configure: o =>
        {
            var options = o with { Notices = o.Notices with { PollInterval = TimeSpan.FromMilliseconds(100) } };
            return configure?.Invoke(options) ?? options;
        });

    private static NoticeToSend Notice(string id, DateTimeOffset notBefore, string recipient) =>
        new(id, "C" + id, recipient, "Your data was disclosed", "Dear customer,\nyour data was disclosed.\n", RequestId, notBefore);

    private static async Task EnqueueAsync(CustosTestServer server, NoticeToSend notice)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<NoticeOutbox>().EnqueueAsync(notice, Actor.System);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        await scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>().SaveChangesAsync();
    }

    private static async Task<IReadOnlyList<NoticeDeliveryView>> ListAsync(CustosTestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeOutbox>().ListAsync(RequestId);
    }

    private static async Task<IReadOnlyList<string>> SentEventsAsync(CustosTestServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Storage.CustosDbContext>().LedgerEvents.AsNoTracking()
            .Where(e => e.EventType == "notice.sent").OrderBy(e => e.Subject).Select(e => e.Subject).ToListAsync();
    }

    /// <summary>Waits until the dispatcher has completed <paramref name="more"/> further rounds (so it has looked, and left what is not due).</summary>
    private static async Task WaitForRoundsAsync(CustosTestServer server, int more)
    {
        var service = server.Services.GetServices<IHostedService>().OfType<NoticeDispatchService>().Single();
        var target = service.Rounds + more;
        for (var attempt = 0; attempt < 300 && service.Rounds < target; attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(service.Rounds >= target, "The notice dispatcher did not run within 15 s.");
    }

    private static async Task<NoticeDeliveryView> WaitForStatusAsync(CustosTestServer server, string noticeId, NoticeDeliveryStatus status)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var view = (await ListAsync(server)).Single(n => n.NoticeId == noticeId);
            if (view.Status == status)
            {
                return view;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Notice {noticeId} did not become {status} within 30 s.");
    }
}
