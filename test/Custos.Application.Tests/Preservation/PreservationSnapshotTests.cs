using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Events;
using Custos.Domain.Lifecycle;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Custos.Application.Tests.Preservation.PreservationFixture;
using static Custos.Application.Tests.Preservation.ProductionDataTests;

namespace Custos.Application.Tests.Preservation;

public class PreservationSnapshotTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CaptureAsync_EveryTargetAndCategory_OneHashedRowEach(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var request = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Subscriber, DataCategory.Transactions, DataCategory.Content) with
        {
            Targets = [new Target { Type = TargetType.Account, Value = "P1" }, new Target { Type = TargetType.Email, Value = "P2@EXAMPLE.org" }],
        };
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, request, RequestStatus.Preserved);

        var (id, taken) = await fixture.PreserveAsync("req_p", request, PreservationTerms.UnitedStates);

        Assert.Equal(6, taken.Count);
        Assert.All(taken, t => Assert.Matches("^[0-9a-f]{64}$", t.Sha256));
        Assert.Equal(3, taken.Single(t => t is { Target: 0, Category: DataCategory.Transactions }).Records); // t2, t3, t4
        Assert.Equal(1, taken.Single(t => t is { Target: 1, Category: DataCategory.Transactions }).Records); // t6
        Assert.Equal(0, taken.Single(t => t is { Target: 1, Category: DataCategory.Content }).Records);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(6, await db.PreservationSnapshots.CountAsync(s => s.PreservationId == id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_AfterAReimportChangedTheRecords_DrawsOnTheSnapshotForTheSameAgency(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Subscriber, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        var (id, _) = await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates);

        // The platform's next export changes P1's e-mail and t3's amount and adds a transaction in the quarter.
        var changed = BaseData(t3Amount: 99m, p1Email: "changed@example.org");
        changed.Transactions.Add(Tx("t7", "P1", At(2025, 3, 1), 7m));
        await fixture.ImportAsync(changed);
        var production = Request("P1", Quarter);
        var items = Items(QuarterRange, DataCategory.Subscriber, DataCategory.Transactions);

        var fromSnapshot = await fixture.LoadAsync("req_f", production, fixture.AgencyA, items);
        var live = await fixture.LoadAsync("req_g", production, fixture.AgencyB, items);

        Assert.Equal([id], fromSnapshot.PreservationIds);
        Assert.Equal(["p1@example.org"], Cells(fromSnapshot, DataCategory.Subscriber, "email"));
        Assert.Equal(["t2", "t3", "t4"], Cells(fromSnapshot, DataCategory.Transactions, "transactionId"));
        Assert.Equal(["2", "1.5", "4"], Cells(fromSnapshot, DataCategory.Transactions, "amount"));
        // Another agency's production is not drawn from agency A's preservation: it sees the data as it is now.
        Assert.Empty(live.PreservationIds);
        Assert.Equal(["changed@example.org"], Cells(live, DataCategory.Subscriber, "email"));
        Assert.Equal(["t2", "t3", "t7", "t4"], Cells(live, DataCategory.Transactions, "transactionId"));
        Assert.Equal(["2", "99", "7", "4"], Cells(live, DataCategory.Transactions, "amount"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_ItemWiderThanThePreservedRange_TakesTheOtherDaysFromTheLiveStore(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var february = new DateRange { From = new DateOnly(2025, 2, 1), To = new DateOnly(2025, 2, 28) };
        var preserve = Request("P1", february, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates);
        await fixture.ImportAsync(BaseData(t3Amount: 99m));

        var data = await fixture.LoadAsync("req_f", Request("P1", Quarter), fixture.AgencyA, Items(QuarterRange, DataCategory.Transactions));

        Assert.Equal(["t2", "t3", "t4"], Cells(data, DataCategory.Transactions, "transactionId"));
        Assert.Equal(["2", "1.5", "4"], Cells(data, DataCategory.Transactions, "amount")); // t3 from the February snapshot
    }

    [Theory, SqliteData]
    public async Task LoadAsync_SnapshotAlteredInTheDatabase_Throws(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates);
        await using (var db = fixture.Harness.NewContext())
        {
            await db.PreservationSnapshots.ExecuteUpdateAsync(s => s.SetProperty(x => x.Sha256, new string('0', 64)));
        }

        await Assert.ThrowsAsync<InvalidDataException>(() =>
            fixture.LoadAsync("req_f", Request("P1", Quarter), fixture.AgencyA, Items(QuarterRange, DataCategory.Transactions)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task StageConversionAsync_SnapshotDrawnOn_ConvertsThePreservationAndItsRequest(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        var (id, taken) = await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates);
        await fixture.AddRequestAsync("req_f", fixture.AgencyA, Request("P1", Quarter), RequestStatus.Decided);
        var data = await fixture.LoadAsync("req_f", Request("P1", Quarter), fixture.AgencyA, Items(QuarterRange, DataCategory.Transactions));

        await using (var db = fixture.Harness.NewContext())
        {
            var converted = await fixture.Snapshots(db).StageConversionAsync(data.PreservationIds, "req_f", TestStaff.LegalReviewer());
            Assert.True(converted.IsSuccess, string.Join("; ", converted.Errors));
            Assert.Equal([id], converted.Value);
            await db.SaveChangesAsync();
        }

        await using var check = fixture.Harness.NewContext();
        Assert.Equal(PreservationState.Converted, (await check.Preservations.SingleAsync()).State);
        Assert.Equal(RequestStatus.PreservationConverted, (await check.Requests.SingleAsync(r => r.Id == "req_p")).Status);
        var ledgered = (await fixture.Harness.EventsAsync()).Single(e => e.EventTypeId == LedgerEventTypes.PreservationConverted.Id);
        Assert.Contains(taken[0].Sha256, ledgered.Details, StringComparison.Ordinal);
        Assert.Contains("req_f", ledgered.Details, StringComparison.Ordinal);
        // Converted, it is no longer drawn on by a later production; the snapshot stays as evidence of what was produced.
        var later = await fixture.LoadAsync("req_f", Request("P1", Quarter), fixture.AgencyA, Items(QuarterRange, DataCategory.Transactions));
        Assert.Empty(later.PreservationIds);
        Assert.Equal(1, await check.PreservationSnapshots.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ReleaseDueAsync_AcrossTheExpiryDate_ReleasesAndDeletesTheSnapshotOnlyThen(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Subscriber, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        var (id, _) = await fixture.PreserveAsync("req_p", preserve, PreservationTerms.EEvidence); // 60 days from 2026-11-01: expires 2026-12-31

        fixture.Clock.Advance(TimeSpan.FromDays(59) + TimeSpan.FromHours(14)); // 2026-12-30 23:00, the last day preserved
        await using (var db = fixture.Harness.NewContext())
        {
            Assert.Equal(0, await fixture.Expiry(db).ReleaseDueAsync());
        }

        var stillPreserved = await fixture.LoadAsync("req_f", Request("P1", Quarter), fixture.AgencyA, Items(QuarterRange, DataCategory.Transactions));
        Assert.Equal([id], stillPreserved.PreservationIds);

        fixture.Clock.Advance(TimeSpan.FromHours(1)); // 2026-12-31 00:00
        await using (var db = fixture.Harness.NewContext())
        {
            Assert.Equal(1, await fixture.Expiry(db).ReleaseDueAsync());
            Assert.Equal(0, await fixture.Expiry(db).ReleaseDueAsync());
        }

        await using var check = fixture.Harness.NewContext();
        var preservation = await check.Preservations.SingleAsync();
        Assert.Equal(PreservationState.Expired, preservation.State);
        Assert.Equal(fixture.Clock.GetUtcNow(), preservation.EndedAt);
        Assert.Equal(0, await check.PreservationSnapshots.CountAsync());
        Assert.Equal(RequestStatus.PreservationReleased, (await check.Requests.SingleAsync(r => r.Id == "req_p")).Status);
        var released = (await fixture.Harness.EventsAsync()).Single(e => e.EventTypeId == LedgerEventTypes.PreservationReleased.Id);
        Assert.Equal("system", released.Actor);
        Assert.Contains("\"snapshotsDeleted\":2", released.Details, StringComparison.Ordinal);
        Assert.Contains((await fixture.Harness.EventsAsync()), e => e.EventTypeId == LedgerEventTypes.RequestStatusChanged.Id
            && e.Details!.Contains("preservation-released", StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ExtendAsync_UnitedStatesTerms_ExtendsOnceBy90DaysThenRefuses(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates); // expires 2027-01-30
        fixture.Clock.Advance(TimeSpan.FromDays(80));

        await using var db = fixture.Harness.NewContext();
        var first = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.LegalReviewer(), "The agency renewed its request.");
        var second = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.LegalReviewer(), "Again.");

        Assert.True(first.IsSuccess, string.Join("; ", first.Errors));
        Assert.Equal(new DateOnly(2027, 4, 30), first.Value.Expires);
        Assert.Equal("preservation.extension-limit", Assert.Single(second.Errors).Code);
        var events = await fixture.Harness.EventsAsync();
        Assert.Single(events, e => e.EventTypeId == LedgerEventTypes.PreservationExtended.Id);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.DecisionActRefused.Id
            && e.Details!.Contains("preservation.extension-limit", StringComparison.Ordinal));

        // Extended, it is not released on the first expiry date.
        fixture.Clock.Advance(TimeSpan.FromDays(11)); // 2027-01-31
        await using var later = fixture.Harness.NewContext();
        Assert.Equal(0, await fixture.Expiry(later).ReleaseDueAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task ExtendAsync_RegionalStaffOrNoReviewerOrTheIntakeAnalyst_IsRefusedAndLedgered(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved, submittedBy: "staff:usr_intake");
        await fixture.PreserveAsync("req_p", preserve, PreservationTerms.UnitedStates);
        var regional = Actor.StaffMember("usr_regional", [Domain.Staff.StaffRole.LegalReviewer], "emea");

        await using var db = fixture.Harness.NewContext();
        var byRegional = await fixture.Expiry(db).ExtendAsync("req_p", regional, "Renewed.");
        var byAnalyst = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.Analyst(), "Renewed.");
        var byIntake = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.LegalReviewer("usr_intake"), "Renewed.");
        var noRationale = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.LegalReviewer(), " ");

        Assert.Contains(byRegional.Errors, e => e.Code == DecisionErrors.RegionalStaff.Code);
        Assert.Contains(byAnalyst.Errors, e => e.Code == DecisionErrors.NotAReviewer.Code);
        Assert.Contains(byIntake.Errors, e => e.Code == DecisionErrors.OwnIntake.Code);
        Assert.Contains(noRationale.Errors, e => e.Code == DecisionErrors.RationaleRequired.Code);
        var events = await fixture.Harness.EventsAsync();
        Assert.Equal(4, events.Count(e => e.EventTypeId == LedgerEventTypes.DecisionActRefused.Id));
        Assert.DoesNotContain(events, e => e.EventTypeId == LedgerEventTypes.PreservationExtended.Id);
        Assert.Equal(string.Empty, (await db.Preservations.AsNoTracking().SingleAsync()).Extensions);
    }

    [Theory, SqliteData]
    public async Task ExtendAsync_AfterExpiry_IsRefused(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var preserve = Request("P1", Quarter, RequestKind.Preservation, DataCategory.Transactions);
        await fixture.AddRequestAsync("req_p", fixture.AgencyA, preserve, RequestStatus.Preserved);
        await fixture.PreserveAsync("req_p", preserve, PreservationTerms.EEvidence);
        fixture.Clock.Advance(TimeSpan.FromDays(61));

        await using var db = fixture.Harness.NewContext();
        var result = await fixture.Expiry(db).ExtendAsync("req_p", TestStaff.LegalReviewer(), "Too late.");

        Assert.Equal("preservation.expired", Assert.Single(result.Errors).Code);
    }
}
