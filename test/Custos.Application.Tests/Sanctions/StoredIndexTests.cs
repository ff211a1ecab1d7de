using System.Globalization;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Access;
using Custos.Screening.Matching;
using Custos.TestSupport;

namespace Custos.Application.Tests.Sanctions;

/// <summary>
/// The screening index is stored the first time it is built and read by the next process instead of the lists; a stored
/// index that is altered, or stored for other list versions, is refused, rebuilt from the lists and stored again.
/// </summary>
public class StoredIndexTests
{
    private static string Screened(ListsInForce lists) =>
        string.Join("\n", lists.Index.Snapshots.SelectMany(s => s.Entries).SelectMany(e => e.Names).Select(n => n.Text)
            .Concat(["Vladimir Putin", "Ivan Petrov", "Trading Company LLC"])
            .Select(name => name + " => " + string.Join(";", lists.Index.Screen(new ScreeningQuery(name), 5)
                .Select(h => h.Entry.SourceId + "=" + h.Score.ToString("R", CultureInfo.InvariantCulture)))));

    private static async Task<long> ExecuteAsync(SanctionsFixture f, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = f.Harness.Database.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return sql.StartsWith("SELECT", StringComparison.Ordinal) ? Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) : await command.ExecuteNonQueryAsync();
    }

    private static async Task<byte[]> StoredContentAsync(SanctionsFixture f)
    {
        await using var connection = f.Harness.Database.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content FROM sanctions_index_files";
        return (byte[])(await command.ExecuteScalarAsync())!;
    }

    [Theory, SqliteData, PostgresData]
    public async Task Load_NewProcessAfterTheFirstBuild_ReadsTheStoredIndexAndScreensAlike(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine);

        var built = (await f.ListsInNewProcess.LoadAsync()).Value;
        var read = (await f.ListsInNewProcess.LoadAsync()).Value;

        Assert.StartsWith("built from the lists (no stored index", built.Source, StringComparison.Ordinal);
        Assert.EndsWith("; stored", built.Source, StringComparison.Ordinal);
        Assert.Equal("read from the stored index", read.Source);
        Assert.NotSame(built.Index, read.Index);
        Assert.Equal(Screened(built), Screened(read));
        Assert.Equal(built.ListsKey, read.ListsKey);
        Assert.Equal(built.Versions.Select(v => (v.Id, v.Version, v.Files.Count)), read.Versions.Select(v => (v.Id, v.Version, v.Files.Count)));
        Assert.Equal(1, await ExecuteAsync(f, "SELECT COUNT(*) FROM sanctions_index_files"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Load_StoredIndexAltered_IsRefusedRebuiltFromTheListsAndStoredAgain(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine);
        var built = (await f.ListsInNewProcess.LoadAsync()).Value;
        var content = await StoredContentAsync(f);
        content[^100] ^= 0x04;
        await ExecuteAsync(f, "UPDATE sanctions_index_files SET content = @content", ("@content", content));

        var refused = (await f.ListsInNewProcess.LoadAsync()).Value;
        var again = (await f.ListsInNewProcess.LoadAsync()).Value;

        Assert.Contains("the stored index was refused: its body does not have the SHA-256 recorded in its header", refused.Source, StringComparison.Ordinal);
        Assert.EndsWith("; stored", refused.Source, StringComparison.Ordinal);
        Assert.Equal(Screened(built), Screened(refused));
        Assert.Equal("read from the stored index", again.Source);
        Assert.Equal(Screened(built), Screened(again));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Load_NewListVersion_BuildsAnotherIndexAndRefusesTheOldOneUnderTheNewKey(string provider)
    {
        await using var f = await SanctionsFixture.CreateAsync(provider);
        await f.Import.ImportFilesAsync(f.WriteSdn(), Actor.CommandLine);
        var first = (await f.ListsInNewProcess.LoadAsync()).Value;
        var oldContent = await StoredContentAsync(f);
        f.Harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await f.Import.ImportFilesAsync(f.WriteSdn("36004,\"NEW LISTING SA\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ", folder: "new"), Actor.CommandLine);

        var second = (await f.ListsInNewProcess.LoadAsync()).Value;

        Assert.StartsWith("built from the lists (no stored index", second.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Index.Screen(new ScreeningQuery("New Listing SA"), 5), h => h.Entry.SourceId == "36004");
        Assert.Contains(second.Index.Screen(new ScreeningQuery("New Listing SA"), 5), h => h.Entry.SourceId == "36004");
        Assert.Equal(1, await ExecuteAsync(f, "SELECT COUNT(*) FROM sanctions_index_files"));

        // The old index's bytes put under the new versions' key: the key inside them is the old one, so they are refused.
        await ExecuteAsync(f, "UPDATE sanctions_index_files SET content = @content", ("@content", oldContent));
        var third = (await f.ListsInNewProcess.LoadAsync()).Value;

        Assert.Contains("the stored index was refused: it was built from other lists", third.Source, StringComparison.Ordinal);
        Assert.Contains(third.Index.Screen(new ScreeningQuery("New Listing SA"), 5), h => h.Entry.SourceId == "36004");
    }
}
