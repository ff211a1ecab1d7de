using Custos.Application.Notices;
using Custos.Domain.Access;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Custos.Application.Tests.Notices;

/// <summary>A database with one request, a fake clock, and the outbox delivering to <see cref="Options"/>.</summary>
internal sealed class OutboxFixture : IAsyncDisposable
{
    public const string RequestId = "req_outboxtest";

    private OutboxFixture(Harness harness, NoticeOptions options)
    {
        Harness = harness;
        Options = options;
    }

    public Harness Harness { get; }

    public NoticeOptions Options { get; set; }

    public FakeClock Clock => Harness.Clock;

    /// <summary>A fixture whose notices become <c>.eml</c> files in a folder of its own, unless <paramref name="smtp"/> is given.</summary>
    public static async Task<OutboxFixture> CreateAsync(string provider, SmtpEndpoint? smtp = null)
    {
        var harness = await Harness.CreateAsync(provider);
        await using (var db = harness.NewContext())
        {
            await TestRequests.AddAsync(db, RequestId, harness.Clock.GetUtcNow());
        }

        var options = new NoticeOptions
        {
            Smtp = smtp,
            From = "Custos notices <notices@exchange.example>",
            OutboxDirectory = Path.Combine(TestEnvironment.NewTempDirectory("outbox"), "outbox"),
            SendTimeout = TimeSpan.FromSeconds(10),
        };
        return new OutboxFixture(harness, options);
    }

    public INoticeTransport Transport => Options.Smtp is null ? new EmlFileNoticeTransport(Options) : new SmtpNoticeTransport(Options);

    /// <summary>A notice for customer <paramref name="account"/>, to go at <paramref name="notBefore"/>.</summary>
    public static NoticeToSend Notice(string id, DateTimeOffset notBefore, string account = "C1001", string recipient = "maria.rossi@example.org") =>
        new(id, account, recipient, "Your data was disclosed to an authority", "Dear customer,\nWe disclosed data about your account.\n", RequestId, notBefore);

    /// <summary>Queues <paramref name="notice"/> and saves, as the notice rules' use case would.</summary>
    public async Task<NoticeDeliveryView> EnqueueAsync(NoticeToSend notice)
    {
        await using var db = Harness.NewContext();
        var result = await new NoticeOutbox(db, Harness.Events, Clock).EnqueueAsync(notice, Actor.System);
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        await db.SaveChangesAsync();
        return result.Value;
    }

    /// <summary>One dispatcher round on a context of its own.</summary>
    public async Task<NoticeDispatchSummary> DispatchAsync()
    {
        await using var db = Harness.NewContext();
        return await NewDispatcher(db).DispatchDueAsync();
    }

    public NoticeDispatcher NewDispatcher(CustosDbContext db) =>
        new(db, Harness.Events, Clock, Options, Transport, NullLogger<NoticeDispatcher>.Instance);

    public async Task<IReadOnlyList<NoticeDeliveryView>> ListAsync()
    {
        await using var db = Harness.NewContext();
        return await new NoticeOutbox(db, Harness.Events, Clock).ListAsync(RequestId);
    }

    public async Task<NoticeDeliveryView> StatusAsync(string noticeId) => (await ListAsync()).Single(n => n.NoticeId == noticeId);

    /// <summary>The ledger events of one notice, oldest first, as (type, details).</summary>
    public async Task<IReadOnlyList<(string Type, string Details)>> EventsOfAsync(string noticeId)
    {
        await using var db = Harness.NewContext();
        var subject = NoticeOutbox.Subject(noticeId);
        return (await db.LedgerEvents.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Id).ToListAsync())
            .Select(e => (e.EventType, e.Details ?? string.Empty)).ToArray();
    }

    public ValueTask DisposeAsync() => Harness.DisposeAsync();
}
