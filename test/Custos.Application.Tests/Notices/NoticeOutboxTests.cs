using Custos.Application.Notices;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Outbox;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Notices;

/// <summary>Queuing notices: staged on the caller's unit of work with their event, checked, listed for the request's page.</summary>
public class NoticeOutboxTests
{
    [Theory, SqliteData, PostgresData]
    public async Task EnqueueAsync_ValidNotice_IsStagedWithItsEventAndWrittenOnlyWhenTheCallerSaves(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        var notBefore = fixture.Clock.GetUtcNow().AddDays(30);
        await using var db = fixture.Harness.NewContext();
        var outbox = new NoticeOutbox(db, fixture.Harness.Events, fixture.Clock);

        var result = await outbox.EnqueueAsync(OutboxFixture.Notice("ntc_one", notBefore), Actor.StaffMember("u1", ["legal-reviewer"], "global"));

        Assert.True(result.IsSuccess, string.Join("; ", result.Errors));
        Assert.Empty(await fixture.ListAsync());
        Assert.DoesNotContain(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.NoticeQueued.Id);

        await db.SaveChangesAsync();

        var view = Assert.Single(await fixture.ListAsync());
        Assert.Equal(("ntc_one", "C1001", NoticeDeliveryStatus.Scheduled, notBefore, 0), (view.NoticeId, view.CustomerAccountId, view.Status, view.ScheduledFor, view.Attempts));
        Assert.Equal((notBefore, (DateTimeOffset?)null, (string?)null), (view.NextAttemptAt!.Value, view.SentAt, view.LastError));
        var queued = Assert.Single(await fixture.Harness.EventsAsync(), e => e.EventTypeId == LedgerEventTypes.NoticeQueued.Id);
        Assert.Equal(("notice.queued", "notice:ntc_one", "staff:u1"), (queued.EventType, queued.Subject, queued.Actor));
        Assert.Equal("customer:C1001 request:" + OutboxFixture.RequestId, queued.References);
        await using var check = fixture.Harness.NewContext();
        var row = await check.NoticeOutbox.SingleAsync();
        Assert.Equal(("maria.rossi@example.org", "Your data was disclosed to an authority", "staff:u1"), (row.Recipient, row.Subject, row.QueuedBy));
    }

    [Theory, SqliteData]
    public async Task EnqueueAsync_BadFields_NamesEachAndStagesNothing(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await using var db = fixture.Harness.NewContext();
        var outbox = new NoticeOutbox(db, fixture.Harness.Events, fixture.Clock);
        var bad = new NoticeToSend("../etc", "", "Maria <maria@example.org>", "Line one\r\nBcc: someone@example.org", " ", "req with space", fixture.Clock.GetUtcNow());

        var result = await outbox.EnqueueAsync(bad, Actor.System);

        Assert.False(result.IsSuccess);
        Assert.Equal(
            ["notices.id-invalid", "notices.account-invalid", "notices.recipient-invalid", "notices.subject-invalid", "notices.body-invalid", "notices.request-invalid"],
            result.Errors.Select(e => e.Code));
        Assert.Equal(["noticeId", "customerAccountId", "recipientAddress", "subject", "body", "requestId"], result.Errors.Select(e => e.Field));
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Theory, SqliteData]
    public async Task EnqueueAsync_UnknownRequest_IsNotFound(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await using var db = fixture.Harness.NewContext();

        var result = await new NoticeOutbox(db, fixture.Harness.Events, fixture.Clock)
            .EnqueueAsync(OutboxFixture.Notice("ntc_x", fixture.Clock.GetUtcNow()) with { RequestId = "req_nosuch" }, Actor.System);

        Assert.Equal("notices.request-not-found", result.Error.Code);
        Assert.False(db.ChangeTracker.HasChanges());
    }

    [Theory, SqliteData, PostgresData]
    public async Task EnqueueAsync_SameNoticeTwice_IsAConflictWhetherSavedOrOnlyStaged(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_saved", fixture.Clock.GetUtcNow()));
        await using var db = fixture.Harness.NewContext();
        var outbox = new NoticeOutbox(db, fixture.Harness.Events, fixture.Clock);

        var again = await outbox.EnqueueAsync(OutboxFixture.Notice("ntc_saved", fixture.Clock.GetUtcNow()), Actor.System);
        var staged = await outbox.EnqueueAsync(OutboxFixture.Notice("ntc_staged", fixture.Clock.GetUtcNow()), Actor.System);
        var stagedAgain = await outbox.EnqueueAsync(OutboxFixture.Notice("ntc_staged", fixture.Clock.GetUtcNow()), Actor.System);

        Assert.Equal("notices.already-queued", again.Error.Code);
        Assert.True(staged.IsSuccess);
        Assert.Equal("notices.already-queued", stagedAgain.Error.Code);
    }

    [Theory, SqliteData]
    public async Task EnqueueAsync_NotBeforeInAnotherOffset_IsStoredAsTheSameInstantInUtcToTheMillisecond(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        var notBefore = new DateTimeOffset(2027, 3, 1, 12, 30, 15, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_offset", notBefore));

        var view = await fixture.StatusAsync("ntc_offset");
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 10, 30, 15, 123, TimeSpan.Zero), view.ScheduledFor);
        Assert.Equal(TimeSpan.Zero, view.ScheduledFor.Offset);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ListAsync_NoticesOfTheRequest_SoonestFirstWithoutOtherRequests(string provider)
    {
        await using var fixture = await OutboxFixture.CreateAsync(provider);
        await using (var db = fixture.Harness.NewContext())
        {
            await TestRequests.AddAsync(db, "req_other", fixture.Clock.GetUtcNow());
        }

        var now = fixture.Clock.GetUtcNow();
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_late", now.AddDays(90), account: "C2"));
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_soon", now.AddDays(1), account: "C1"));
        await fixture.EnqueueAsync(OutboxFixture.Notice("ntc_elsewhere", now) with { RequestId = "req_other" });

        var list = await fixture.ListAsync();

        Assert.Equal(["ntc_soon", "ntc_late"], list.Select(n => n.NoticeId));
        Assert.Equal([now.AddDays(1), now.AddDays(90)], list.Select(n => n.ScheduledFor));
    }
}
