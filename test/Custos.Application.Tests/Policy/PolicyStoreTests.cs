using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Policy;

public class PolicyStoreTests
{
    /// <summary>The shipped default's version, as written in default-policy.yaml.</summary>
    private static readonly string ShippedVersion = PolicyReader.Default.Value.Version; // the shipped default, whatever its version

    [Theory, SqliteData, PostgresData]
    public async Task GetActiveAsync_EmptyTable_InstallsTheShippedDefaultOnceWithOneLedgerEvent(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());

        var first = await store.GetActiveAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        await using var otherDb = harness.NewContext();
        var second = await NewStore(harness, otherDb, new PolicyCache()).GetActiveAsync();

        Assert.Equal(ShippedVersion, first.Version);
        Assert.Equal(Sha256(PolicyReader.DefaultText().Replace("\r\n", "\n", StringComparison.Ordinal)), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
        var row = Assert.Single(await ReadRowsAsync(harness));
        Assert.True(row.IsActive);
        Assert.Equal("system", row.InstalledBy);
        Assert.Equal(first.Sha256, Sha256(row.Content));
        var installed = Assert.Single(await PolicyEventsAsync(harness));
        Assert.Equal("system", installed.Actor);
        Assert.Equal("policy:" + ShippedVersion, installed.Subject);
        Assert.Equal(ShippedVersion, installed.PolicyVersion);
        using var details = JsonDocument.Parse(installed.Details!);
        Assert.Equal(JsonValueKind.Null, details.RootElement.GetProperty("previousVersion").ValueKind);
        Assert.Equal(first.Policy.Rules.Count, details.RootElement.GetProperty("rules").GetInt32());
        Assert.Equal("shipped-default", details.RootElement.GetProperty("reason").GetString());
    }

    [Theory, SqliteData, PostgresData]
    public async Task InstallAsync_NewVersion_BecomesActiveKeepsTheOldAndIsLedgered(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        var shipped = await store.GetActiveAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var yaml = Variant("acme-2027.1");

        var result = await store.InstallAsync(yaml, TestStaff.Administrator("usr_ada"));

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : string.Join("\n", result.Errors));
        Assert.Equal("acme-2027.1", result.Value.Version);
        Assert.Equal(Sha256(yaml), result.Value.Sha256);
        var active = await store.GetActiveAsync();
        Assert.Equal("acme-2027.1", active.Version);
        Assert.Equal("acme-2027.1", active.Policy.Version);
        var history = await store.HistoryAsync();
        Assert.Equal(["acme-2027.1", ShippedVersion], history.Select(v => v.Version));
        Assert.Equal([true, false], history.Select(v => v.IsActive));
        Assert.Equal("staff:usr_ada", history[0].InstalledBy);
        Assert.Equal("staff:usr_ada", history[0].ActivatedBy);
        var events = await PolicyEventsAsync(harness);
        Assert.Equal(2, events.Count);
        var installed = events[^1];
        Assert.Equal("staff:usr_ada", installed.Actor);
        Assert.Equal("acme-2027.1", installed.PolicyVersion);
        Assert.Equal("policy:" + ShippedVersion, installed.References);
        using var details = JsonDocument.Parse(installed.Details!);
        Assert.Equal("acme-2027.1", details.RootElement.GetProperty("version").GetString());
        Assert.Equal(Sha256(yaml), details.RootElement.GetProperty("sha256").GetString());
        Assert.Equal(ShippedVersion, details.RootElement.GetProperty("previousVersion").GetString());
        Assert.Equal(shipped.Policy.Jurisdictions.Count, details.RootElement.GetProperty("jurisdictions").GetInt32());
        Assert.Equal(shipped.Policy.Rules.Count, details.RootElement.GetProperty("rules").GetInt32());
        Assert.False(details.RootElement.GetProperty("reactivated").GetBoolean());
    }

    [Theory, SqliteData, PostgresData]
    public async Task InstallAsync_InvalidFile_ReportsEachProblemWithItsLineAndChangesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        await store.GetActiveAsync();
        // Line 3 holds the version; a misspelt key on line 4 and an impossible date on line 5.
        var yaml = Variant("acme-2027.1")
            .Replace("effectiveFrom: " + PolicyReader.Default.Value.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "\n", "colour: blue\neffectiveFrom: 2026-02-30\n", StringComparison.Ordinal);

        var result = await store.InstallAsync(yaml, Actor.CommandLine);
        var syntax = await store.InstallAsync("version: \"x\"\nrules: [unclosed\n", Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Code == "policy.unknown-key" && e.Message.StartsWith("line 4:", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Code == "policy.invalid-value" && e.Message.StartsWith("line 5:", StringComparison.Ordinal));
        Assert.Equal("policy.syntax", syntax.Error.Code);
        Assert.Contains("line 3", syntax.Error.Message, StringComparison.Ordinal);
        Assert.Equal(ShippedVersion, (await store.GetActiveAsync()).Version);
        Assert.Single(await ReadRowsAsync(harness));
        Assert.Single(await PolicyEventsAsync(harness));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InstallAsync_InstalledVersionWithOtherContent_IsRefusedAndChangesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        Assert.True((await store.InstallAsync(Variant("acme-2027.1"), Actor.CommandLine)).IsSuccess);
        Assert.True((await store.InstallAsync(Variant("acme-2027.2"), Actor.CommandLine)).IsSuccess);

        var result = await store.InstallAsync(Variant("acme-2027.1", "A quietly edited copy."), Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Equal("policy.version-exists", result.Error.Code);
        Assert.Equal(ErrorKind.Conflict, result.Error.Kind);
        Assert.Equal("acme-2027.2", (await store.GetActiveAsync()).Version);
        var stored = await store.GetAsync("acme-2027.1");
        Assert.Equal(Variant("acme-2027.1"), stored!.Content);
        Assert.Equal(2, (await PolicyEventsAsync(harness)).Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task InstallAsync_ContentOfAnEarlierVersion_ReactivatesItAndSaysSo(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        await store.GetActiveAsync();
        var installedAt = (await store.HistoryAsync())[0].InstalledAt;
        await store.InstallAsync(Variant("acme-2027.1"), TestStaff.Administrator("usr_ada"));
        harness.Clock.Advance(TimeSpan.FromHours(1));

        var result = await store.InstallAsync(PolicyReader.DefaultText(), TestStaff.Administrator("usr_bo"));

        Assert.True(result.IsSuccess);
        Assert.Equal(ShippedVersion, (await store.GetActiveAsync()).Version);
        var history = await store.HistoryAsync();
        Assert.Equal(2, history.Count);
        var shipped = history.Single(v => v.Version == ShippedVersion);
        Assert.True(shipped.IsActive);
        Assert.Equal(installedAt, shipped.InstalledAt);
        Assert.Equal("system", shipped.InstalledBy);
        Assert.Equal("staff:usr_bo", shipped.ActivatedBy);
        Assert.Equal(harness.Clock.GetUtcNow(), shipped.ActivatedAt);
        var last = (await PolicyEventsAsync(harness))[^1];
        using var details = JsonDocument.Parse(last.Details!);
        Assert.True(details.RootElement.GetProperty("reactivated").GetBoolean());
        Assert.Equal("acme-2027.1", details.RootElement.GetProperty("previousVersion").GetString());
        Assert.Equal(3, (await PolicyEventsAsync(harness)).Count);
    }

    [Theory, SqliteData]
    public async Task InstallAsync_TheActiveFileAgainWithWindowsLineEndings_ChangesNothing(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        var yaml = Variant("acme-2027.1");
        await store.InstallAsync(yaml, Actor.CommandLine);

        var again = await store.InstallAsync("\uFEFF" + yaml.Replace("\n", "\r\n", StringComparison.Ordinal), Actor.CommandLine);

        Assert.True(again.IsSuccess);
        Assert.Equal(Sha256(yaml), again.Value.Sha256);
        Assert.Single(await ReadRowsAsync(harness));
        Assert.Single(await PolicyEventsAsync(harness));
    }

    [Theory, SqliteData, PostgresData]
    public async Task GetActiveAsync_InstallByAnotherInstance_SeenOnceTheCacheIsOneSecondOld(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var dbA = harness.NewContext();
        await using var dbB = harness.NewContext();
        var instanceA = NewStore(harness, dbA, new PolicyCache());
        var instanceB = NewStore(harness, dbB, new PolicyCache());
        var before = await instanceA.GetActiveAsync();

        await instanceB.InstallAsync(Variant("acme-2027.1"), Actor.CommandLine);
        var atOnceInB = await instanceB.GetActiveAsync();
        var atOnceInA = await instanceA.GetActiveAsync();
        harness.Clock.Advance(PolicyCache.MaxAge);
        var laterInA = await instanceA.GetActiveAsync();

        Assert.Equal("acme-2027.1", atOnceInB.Version);
        Assert.Same(before, atOnceInA);
        Assert.Equal("acme-2027.1", laterInA.Version);
    }

    [Theory, SqliteData]
    public async Task GetActiveAsync_UnchangedPolicy_IsParsedOnceAndSharedBetweenScopes(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var cache = new PolicyCache();
        await using var db1 = harness.NewContext();
        var first = await NewStore(harness, db1, cache).GetActiveAsync();
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var db2 = harness.NewContext();

        var second = await NewStore(harness, db2, cache).GetActiveAsync();

        Assert.Same(first.Policy, second.Policy);
    }

    [Theory, SqliteData]
    public async Task GetActiveAsync_WithinOneSecondOfTheLastCheck_DoesNotAskTheDatabase(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        var first = await store.GetActiveAsync();
        await db.DisposeAsync(); // any query now would throw
        harness.Clock.Advance(PolicyCache.MaxAge - TimeSpan.FromMilliseconds(1));

        var second = await store.GetActiveAsync();

        Assert.Same(first, second);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(1));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.GetActiveAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadVersionAsync_EarlierVersion_ReturnsItAsInstalled(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        await store.InstallAsync(Variant("acme-2027.1"), Actor.CommandLine);
        await store.InstallAsync(Variant("acme-2027.2"), Actor.CommandLine);

        var old = await store.LoadVersionAsync("acme-2027.1");
        var record = await store.GetAsync("acme-2027.1");

        Assert.Equal("acme-2027.1", old!.Version);
        Assert.Equal(Variant("acme-2027.1"), record!.Content);
        Assert.False(record.IsActive);
        Assert.Null(await store.LoadVersionAsync("no-such-version"));
        Assert.Null(await store.GetAsync("no-such-version"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task EnsureInstalledAsync_OlderDefaultActivatedBySystem_IsUpgradedWithALedgerEvent(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        await store.InstallAsync(Variant("custos-default-2025.3"), Actor.System);

        var startup = await store.EnsureInstalledAsync();
        var again = await store.EnsureInstalledAsync();

        Assert.Equal(PolicyStartupAction.UpgradedDefault, startup.Action);
        Assert.Equal(ShippedVersion, startup.ActiveVersion);
        Assert.Equal(PolicyStartupAction.DefaultActive, again.Action);
        Assert.Equal(ShippedVersion, (await store.GetActiveAsync()).Version);
        var last = (await PolicyEventsAsync(harness))[^1];
        Assert.Equal("system", last.Actor);
        using var details = JsonDocument.Parse(last.Details!);
        Assert.Equal("shipped-default-upgrade", details.RootElement.GetProperty("reason").GetString());
        Assert.Equal("custos-default-2025.3", details.RootElement.GetProperty("previousVersion").GetString());
    }

    [Theory, SqliteData]
    public async Task EnsureInstalledAsync_OlderDefaultChosenByAnAdministrator_IsKept(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var store = NewStore(harness, db, new PolicyCache());
        await store.InstallAsync(Variant("custos-default-2025.3"), Actor.System);
        await store.InstallAsync(Variant("acme-1"), TestStaff.Administrator("usr_ada"));
        await store.InstallAsync(Variant("custos-default-2025.3"), TestStaff.Administrator("usr_ada")); // back to the old default, deliberately

        var startup = await store.EnsureInstalledAsync();

        Assert.Equal(PolicyStartupAction.KeptActive, startup.Action);
        Assert.Equal("custos-default-2025.3", (await store.GetActiveAsync()).Version);
        Assert.Equal(3, (await PolicyEventsAsync(harness)).Count);
    }

    [Theory, SqliteData]
    public async Task EnsureInstalledAsync_AdministratorsPolicyOrANewerOne_IsNeverReplaced(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var adminDb = harness.NewContext();
        var admin = NewStore(harness, adminDb, new PolicyCache());
        await admin.InstallAsync(Variant("custos-default-2025.3"), Actor.CommandLine);
        await using var newerHarness = await Harness.CreateAsync(provider);
        await using var newerHarnessDb = newerHarness.NewContext();
        var newer = NewStore(newerHarness, newerHarnessDb, new PolicyCache());
        await newer.InstallAsync(Variant("custos-default-2026.10"), Actor.System);

        var adminStartup = await admin.EnsureInstalledAsync();
        var newerStartup = await newer.EnsureInstalledAsync();

        Assert.Equal(PolicyStartupAction.KeptActive, adminStartup.Action);
        Assert.Equal("custos-default-2025.3", (await admin.GetActiveAsync()).Version);
        Assert.Equal(PolicyStartupAction.KeptActive, newerStartup.Action);
        Assert.Equal("custos-default-2026.10", (await newer.GetActiveAsync()).Version);
    }

    [Theory, SqliteData, PostgresData]
    public async Task EnsureInstalledAsync_TwoInstancesStartingTogether_InstallTheDefaultOnce(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db1 = harness.NewContext();
        await using var db2 = harness.NewContext();

        var started = await Task.WhenAll(
            NewStore(harness, db1, new PolicyCache()).EnsureInstalledAsync(),
            NewStore(harness, db2, new PolicyCache()).EnsureInstalledAsync());

        Assert.All(started, s => Assert.Equal(ShippedVersion, s.ActiveVersion));
        Assert.Single(await ReadRowsAsync(harness));
        Assert.Single(await PolicyEventsAsync(harness));
    }

    [Theory, SqliteData, PostgresData]
    public async Task InstallAsync_TwoVersionsAtOnce_BothSucceedOneAfterTheOtherAndTheLedgerChainsThem(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var setupDb = harness.NewContext();
        await NewStore(harness, setupDb, new PolicyCache()).GetActiveAsync();
        await using var db1 = harness.NewContext();
        await using var db2 = harness.NewContext();

        var results = await Task.WhenAll(
            NewStore(harness, db1, new PolicyCache()).InstallAsync(Variant("acme-1"), Actor.CommandLine),
            NewStore(harness, db2, new PolicyCache()).InstallAsync(Variant("acme-2"), Actor.CommandLine));

        Assert.All(results, r => Assert.True(r.IsSuccess, r.IsSuccess ? "" : string.Join("\n", r.Errors)));
        var rows = await ReadRowsAsync(harness);
        Assert.Equal(3, rows.Count);
        var active = Assert.Single(rows, r => r.IsActive);
        var events = await PolicyEventsAsync(harness);
        Assert.Equal(3, events.Count);
        Assert.Equal(active.Version, events[^1].PolicyVersion);
        using var last = JsonDocument.Parse(events[^1].Details!);
        Assert.Equal(events[1].PolicyVersion, last.RootElement.GetProperty("previousVersion").GetString());
    }

    [Theory]
    [InlineData("custos-default-2026.10", "custos-default-2026.9", 1)]
    [InlineData("custos-default-2026.1", "custos-default-2027.1", -1)]
    [InlineData("custos-default-2026.1", "custos-default-2026.1", 0)]
    [InlineData("custos-default-2026.1", "custos-default-2026.1.1", -1)]
    [InlineData("b-1", "a-9", 1)]
    public void PolicyVersionOrder_Compare_OrdersNumbersByValue(string left, string right, int expected)
    {
        Assert.Equal(expected, Math.Sign(PolicyVersionOrder.Compare(left, right)));
        Assert.Equal(-expected, Math.Sign(PolicyVersionOrder.Compare(right, left)));
    }

    [Fact]
    public void Read_VersionWithSpaces_IsRefusedNamingTheLine()
    {
        var result = PolicyReader.Read(Variant("my policy"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("policy.invalid-value", error.Code);
        Assert.StartsWith("line 3:", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The shipped default with another version (line 3) and optionally another description.</summary>
    private static string Variant(string version, string? description = null)
    {
        var text = PolicyReader.DefaultText().Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace($"version: \"{ShippedVersion}\"", $"version: \"{version}\"", StringComparison.Ordinal);
        return description is null
            ? text
            : text.Replace("description: \"Shipped default policy", $"description: \"{description} Shipped default policy", StringComparison.Ordinal);
    }

    private static PolicyStore NewStore(Harness harness, CustosDbContext db, PolicyCache cache) => new(db, harness.Events, cache, harness.Clock);

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static async Task<List<PolicyVersionRecord>> ReadRowsAsync(Harness harness)
    {
        await using var db = harness.NewContext();
        return await db.PolicyVersions.AsNoTracking().ToListAsync();
    }

    private static async Task<List<LedgerEventRecord>> PolicyEventsAsync(Harness harness) =>
        (await harness.EventsAsync()).Where(e => e.EventTypeId == LedgerEventTypes.PolicyInstalled.Id).ToList();
}
