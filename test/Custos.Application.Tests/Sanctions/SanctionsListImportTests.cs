using System.Security.Cryptography;
using System.Text.Json;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Sanctions;

public class SanctionsListImportTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ImportFiles_SmallSdn_StoresTheExactBytesAndLedgersEachFileHash(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        var files = f.WriteSdn();

        var result = await f.Import.ImportFilesAsync(files, Actor.CommandLine);

        Assert.True(result.IsSuccess, result.IsSuccess ? "" : result.Error.ToString());
        var version = result.Value.Version;
        Assert.Equal(("us-ofac-sdn", 3 + SanctionsFixture.FillerEntries, true), (version.ListId, version.Entries, version.InForce));
        var stored = await f.Db.SanctionsListFiles.AsNoTracking().OrderBy(x => x.Position).ToListAsync();
        Assert.Equal(files.Select(File.ReadAllBytes), stored.Select(s => s.Content));
        Assert.Equal(files.Select(p => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(p)))), stored.Select(s => s.Sha256));
        var imported = (await f.Harness.EventsAsync()).Single(e => e.EventTypeId == LedgerEventTypes.SanctionsListImported.Id);
        using var details = JsonDocument.Parse(imported.Details!);
        Assert.Equal(stored.Select(s => s.Sha256), details.RootElement.GetProperty("files").EnumerateArray().Select(x => x.GetProperty("sha256").GetString()));
        Assert.Equal("sanctions-list:us-ofac-sdn", imported.Subject);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ImportFiles_MalformedFile_IsRefusedWithFileLineAndReasonAndThePreviousVersionStays(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        var first = (await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine)).Value.Version;
        var broken = f.WriteSdn("36003,\"BROKEN ROW\",-0- ,\"SDGT\"", folder: "broken");
        var eventsBefore = (await f.EventTypesAsync()).Count;

        var result = await f.Import.ImportFilesAsync(broken, Actor.CommandLine);

        Assert.False(result.IsSuccess);
        Assert.Equal("list.malformed-row", result.Error.Code);
        Assert.Equal("sdn.csv", result.Error.Field);
        Assert.StartsWith("sdn.csv:4: the row has 4 fields", result.Error.Message, StringComparison.Ordinal);
        var inForce = Assert.Single(await f.Lists.InForceAsync());
        Assert.Equal(first.Id, inForce.Id);
        Assert.Equal(eventsBefore, (await f.EventTypesAsync()).Count);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ImportFiles_NewVersion_SupersedesTheOldOneAndTheSameFilesChangeNothing(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        var first = (await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine)).Value;
        f.Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = (await f.Import.ImportFilesAsync(f.WriteSdn(folder: "copy"), Actor.CommandLine)).Value;
        f.Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = (await f.Import.ImportFilesAsync(
            f.WriteSdn("36004,\"NEW LISTING SA\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ", folder: "new"), Actor.CommandLine)).Value;

        Assert.True(again.AlreadyInForce);
        Assert.Equal(first.Version.Id, again.Version.Id);
        Assert.Equal(first.Version.Id, second.Previous);
        var history = await f.Lists.HistoryAsync();
        Assert.Equal([(second.Version.Id, true), (first.Version.Id, false)], history.Select(v => (v.Id, v.InForce)));
        Assert.Equal(2, (await f.EventTypesAsync()).Count(t => t == LedgerEventTypes.SanctionsListImported.Id));
    }

    [Theory, SqliteData]
    public async Task ImportFiles_RegionalOrNonAdministratorStaff_IsRefusedAndLedgered(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);

        var result = await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.StaffMember("usr_c", [StaffRole.ComplianceOfficer], StaffRegion.Global));

        Assert.Equal("access.denied", result.Error.Code);
        Assert.Equal([LedgerEventTypes.AccessRefused.Id], await f.EventTypesAsync());
    }

    [Theory, SqliteData]
    public async Task Load_StoredBytesAltered_RefusesToScreenRatherThanUseOtherData(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine);
        await using (var db = f.Harness.NewContext())
        {
            var file = await db.SanctionsListFiles.FirstAsync(x => x.Position == 0);
            file.Content[10] ^= 0x20;
            db.Entry(file).Property(x => x.Content).IsModified = true;
            await db.SaveChangesAsync();
        }

        var loaded = await f.Lists.LoadAsync();

        Assert.Equal("sanctions.stored-list-unreadable", loaded.Error.Code);
    }

    [SharedDataFact]
    public async Task ImportFiles_FullSdnThenScreen_FindsPutinFromTheStoredFiles()
    {
        await using var f = await SanctionsFixture.CreateAsync("sqlite");
        var sanctions = Path.Combine(TestEnvironment.SharedData!, "sanctions", "ofac");
        string[] files =
        [
            Path.Combine(sanctions, "sdn-2024-05-03", "sdn.csv"), Path.Combine(sanctions, "aliases-2025-12", "alt.csv"),
            Path.Combine(sanctions, "aliases-2025-12", "add.csv"), Path.Combine(sanctions, "aliases-2025-12", "sdn_comments.csv"),
        ];

        var imported = await f.Import.ImportFilesAsync(files, Actor.CommandLine);
        var answer = await f.Names.ScreenAsync(new("Владимир Путин", "1952-10-07", "RU", "person"), 3);

        Assert.Equal(14_965, imported.Value.Version.Entries);
        Assert.Equal(4, imported.Value.Version.Files.Count);
        var best = answer.Value.Hits[0];
        Assert.Equal(("us-ofac-sdn", "35096", true), (best.Entry.ListId, best.Entry.SourceId, best.RequiresReview));
    }
}
