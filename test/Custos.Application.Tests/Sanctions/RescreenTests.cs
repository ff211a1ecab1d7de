using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Domain.Sanctions;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Custos.Application.Tests.Sanctions.SanctionsFixture;

namespace Custos.Application.Tests.Sanctions;

/// <summary>Rescreening customers and wallets: alerts raised once, only what changed screened, decisions remembered.</summary>
public class RescreenTests
{
    private static readonly Actor Officer = Actor.StaffMember("usr_co", [StaffRole.ComplianceOfficer], StaffRegion.Global);

    private static async Task<SanctionsFixture> SeededAsync(string provider)
    {
        var f = await CreateAsync(provider);
        await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine);
        var data = new CustomerDataSet();
        data.Customers.AddRange(
        [
            Customer("C1", "Vladimir", "Putin", new DateOnly(1952, 10, 7), "RU", "RU", "Владимир Путин"),
            Customer("C2", "Anna", "Schmidt", new DateOnly(1990, 3, 4), "DE"),
            Customer("C3", "Pierre", "Martin", new DateOnly(1985, 6, 1), "FR", "FR"),
        ]);
        data.Wallets.Add(Wallet("C3", "BTC", ListedBtc));
        data.Wallets.Add(Wallet("C2", "ETH", "0x52908400098527886E0F7030069857D2E4169EE7"));
        await f.WriteAsync(data);
        return f;
    }

    [Theory, SqliteData, PostgresData]
    public async Task Rescreen_FirstRun_RaisesANameAlertAndAWalletAlertWithTheirEvents(string provider)
    {
        await using var f = await SeededAsync(provider);

        var summary = (await f.Rescreen.RescreenAsync(Actor.CommandLine)).Value;

        Assert.Equal((3L, 3L, 0L, 2), (summary.Customers, summary.Screened, summary.Unchanged, summary.AlertsRaised));
        var alerts = await f.Db.SanctionsAlerts.AsNoTracking().OrderBy(a => a.AccountId).ToListAsync();
        Assert.Equal([("C1", AlertSubject.Name, "36000"), ("C3", AlertSubject.Wallet, "36001")], alerts.Select(a => (a.AccountId, a.Subject, a.SourceId)));
        var name = alerts[0];
        Assert.Equal(("Vladimir Putin", "Владимир Путин", (DateOnly?)new DateOnly(1952, 10, 7), "RU"),
            (name.ScreenedName, name.ScreenedNativeName, name.ScreenedBirthDate, name.ScreenedNationality));
        Assert.Contains("BirthDate", name.Explanation, StringComparison.Ordinal);
        Assert.Contains("born 07 Oct 1952", name.EntryFacts, StringComparison.Ordinal);
        Assert.Equal("BTC " + ListedBtc, alerts[1].ScreenedWallet);
        Assert.Equal(1.0, alerts[1].Score);
        var types = await f.EventTypesAsync();
        Assert.Equal(2, types.Count(t => t == LedgerEventTypes.SanctionsAlertRaised.Id));
        Assert.Equal(LedgerEventTypes.SanctionsRescreened.Id, types[^1]);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Rescreen_NothingChanged_ScreensNobodyAndAChangedCustomerAlone(string provider)
    {
        await using var f = await SeededAsync(provider);
        await f.Rescreen.RescreenAsync(Actor.CommandLine);

        var quiet = (await f.Rescreen.RescreenAsync(Actor.CommandLine)).Value;
        var moved = new CustomerDataSet();
        moved.Customers.Add(Customer("C2", "Anna", "Schmidt", new DateOnly(1990, 3, 5), "DE"));
        await f.WriteAsync(moved);
        var one = (await f.Rescreen.RescreenAsync(Actor.CommandLine)).Value;
        var full = (await f.Rescreen.RescreenAsync(Actor.CommandLine, full: true)).Value;

        Assert.Equal((0L, 3L, 0), (quiet.Screened, quiet.Unchanged, quiet.AlertsRaised));
        Assert.Equal((1L, 2L), (one.Screened, one.Unchanged));
        Assert.Equal((3L, 0, 2), (full.Screened, full.AlertsRaised, full.AlreadyOpen));
        Assert.Equal(2, await f.Db.SanctionsAlerts.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Rescreen_NewListVersion_ScreensEveryoneAgainButRaisesOnlyNewPairs(string provider)
    {
        await using var f = await SeededAsync(provider);
        await f.Rescreen.RescreenAsync(Actor.CommandLine);
        await f.Import.ImportFilesAsync(f.WriteSdn("36005,\"SCHMIDT, Anna\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 04 Mar 1990; nationality Germany.\"", "v2"), Actor.CommandLine);

        var after = (await f.Rescreen.RescreenAsync(Actor.CommandLine)).Value;

        Assert.Equal((3L, 1, 2), (after.Screened, after.AlertsRaised, after.AlreadyOpen));
        Assert.Equal("36005", (await f.Db.SanctionsAlerts.SingleAsync(a => a.AccountId == "C2")).SourceId);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Decide_DismissedPair_IsNotRaisedAgainUntilTheCustomersFactsChange(string provider)
    {
        await using var f = await SeededAsync(provider);
        await f.Rescreen.RescreenAsync(Actor.CommandLine);
        var alert = await f.Db.SanctionsAlerts.AsNoTracking().SingleAsync(a => a.AccountId == "C1");

        var dismissed = await f.Alerts.DecideAsync(alert.Id, AlertStatus.Dismissed, "Namesake: the customer is a different person.", Officer);
        var unchanged = (await f.Rescreen.RescreenAsync(Actor.CommandLine, full: true)).Value;
        var renamed = new CustomerDataSet();
        renamed.Customers.Add(Customer("C1", "Vladimir", "Putin", new DateOnly(1952, 10, 7), "RU", "RU", "Путин Владимир Владимирович"));
        await f.WriteAsync(renamed);
        var changed = (await f.Rescreen.RescreenAsync(Actor.CommandLine)).Value;

        Assert.Equal(AlertStatus.Dismissed, dismissed.Value.Status);
        Assert.Equal((0, 1), (unchanged.AlertsRaised, unchanged.DismissedUnchanged));
        Assert.Equal(1, changed.AlertsRaised);
        var statuses = (await f.Db.SanctionsAlerts.AsNoTracking().Where(a => a.AccountId == "C1").ToListAsync()).Select(a => a.Status).Order().ToList();
        Assert.Equal([AlertStatus.Open, AlertStatus.Dismissed], statuses);
        Assert.Contains(LedgerEventTypes.SanctionsAlertDismissed.Id, await f.EventTypesAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Decide_Confirmed_RestrictsTheAccountInOneTransactionWithItsEvents(string provider)
    {
        await using var f = await SeededAsync(provider);
        await f.Rescreen.RescreenAsync(Actor.CommandLine);
        var alert = await f.Db.SanctionsAlerts.AsNoTracking().SingleAsync(a => a.AccountId == "C3");

        var confirmed = await f.Alerts.DecideAsync(alert.Id, AlertStatus.Confirmed, "The deposit address is the listed XBT address.", Officer);
        var again = await f.Alerts.DecideAsync(alert.Id, AlertStatus.Dismissed, "Changed my mind about it.", Officer);

        Assert.True(confirmed.IsSuccess);
        Assert.Equal("sanctions.alert-decided", again.Error.Code);
        await using var db = f.Harness.NewContext();
        Assert.Equal(AccountStatus.Restricted, (await db.Customers.SingleAsync(c => c.AccountId == "C3")).Status);
        var restriction = await db.AccountRestrictions.SingleAsync();
        Assert.Equal(("C3", "sanctions-list-match", alert.Id), (restriction.AccountId, restriction.Reason, restriction.AlertId));
        var types = await f.EventTypesAsync();
        Assert.Equal([LedgerEventTypes.SanctionsAlertConfirmed.Id, LedgerEventTypes.AccountRestricted.Id], types.Skip(types.Count - 2));
    }

    [Theory, SqliteData]
    public async Task Alerts_RegionalComplianceOfficerOrAuditor_NeverSeesOrDecidesAndIsLedgered(string provider)
    {
        await using var f = await SeededAsync(provider);
        await f.Rescreen.RescreenAsync(Actor.CommandLine);
        var alert = await f.Db.SanctionsAlerts.AsNoTracking().FirstAsync();
        var regional = Actor.StaffMember("usr_r", [StaffRole.ComplianceOfficer], "cis");
        var auditor = Actor.StaffMember("usr_a", [StaffRole.Auditor], StaffRegion.Global);
        var refusedBefore = (await f.EventTypesAsync()).Count(t => t == LedgerEventTypes.AccessRefused.Id);

        var list = await f.Alerts.ListAsync(regional);
        var read = await f.Alerts.GetAsync(alert.Id, auditor);
        var decide = await f.Alerts.DecideAsync(alert.Id, AlertStatus.Dismissed, "Not the listed person at all.", regional);
        var senior = await f.Alerts.DecideAsync(alert.Id, AlertStatus.Dismissed, "Not the listed person at all.", Actor.StaffMember("usr_s", [StaffRole.SeniorEscalation], StaffRegion.Global));

        Assert.Equal("access.regional", list.Error.Code);
        Assert.Equal("access.denied", read.Error.Code);
        Assert.Equal("access.regional", decide.Error.Code);
        Assert.Equal("access.denied", senior.Error.Code);
        Assert.Equal(refusedBefore + 4, (await f.EventTypesAsync()).Count(t => t == LedgerEventTypes.AccessRefused.Id));
        await using var db = f.Harness.NewContext();
        Assert.Equal(AlertStatus.Open, (await db.SanctionsAlerts.SingleAsync(a => a.Id == alert.Id)).Status);
    }

    [Theory, SqliteData]
    public async Task Rescreen_NoListsInForce_SaysSo(string provider)
    {
        await using var f = await CreateAsync(provider);

        var result = await f.Rescreen.RescreenAsync(Actor.CommandLine);

        Assert.Equal("sanctions.no-lists", result.Error.Code);
    }
}
