using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// An index stored with <see cref="ScreeningIndexFile"/> and read back screens exactly as the index built from the lists,
/// and a stored index that is altered, truncated, of another key, format or build is refused, never used.
/// </summary>
public sealed class StoredIndexTests
{
    private const string Key = "sdn-2024 cons-2025 un-2026";

    private static readonly Lazy<byte[]> Stored = new(() => ScreeningIndexFile.Write(Lists.Full, Key));

    private static ScreeningIndex ReadBack()
    {
        Assert.True(ScreeningIndexFile.TryRead(Stored.Value, Key, null, out var index, out var problem), problem);
        return index;
    }

    private static string Describe(IReadOnlyList<ScreeningHit> hits) =>
        string.Join(";", hits.Select(h => h.Entry.ListId + "/" + h.Entry.SourceId + ":" + h.MatchedName.Text + "=" + h.Score.ToString("R", CultureInfo.InvariantCulture) + (h.RequiresReview ? "!" : "")));

    [SharedDataFact]
    public void Screen_StoredIndexReadBack_GivesTheSameHitsScoresAndExplanationsAsTheBuiltIndex()
    {
        var built = Lists.Full;
        var read = ReadBack();
        var queries = new List<ScreeningQuery>();
        // Listed names as written and with one letter dropped, the alias file's names, the UN list's original-script names.
        foreach (var entry in Lists.Sdn.Entries.Where((_, i) => i % 40 == 0).Concat(Lists.Un.Entries.Where((_, i) => i % 15 == 0)))
        {
            var name = entry.Names[^1].Text;
            queries.Add(new ScreeningQuery(entry.PrimaryName) { Kind = entry.Kind });
            queries.Add(new ScreeningQuery(name.Length > 6 ? name.Remove(name.Length / 2, 1) : name) { BirthDate = entry.BirthDates.Count > 0 ? entry.BirthDates[0] : null });
        }

        // Synthetic people with their date of birth and nationality (the false-positive set), and every Putin spelling.
        foreach (var line in File.ReadLines(SharedData.Sanctions("eval", "negatives-global-synthetic.csv")).Skip(1).Where(l => !l.Contains('"', StringComparison.Ordinal)).Take(1500))
        {
            var fields = line.Split(',');
            queries.Add(new ScreeningQuery(fields[0]) { BirthDate = BirthDate.Parse(fields[5]), Country = fields[7], Kind = EntityKind.Person });
        }

        queries.AddRange(File.ReadLines(SharedData.Sanctions("eval", "putin-name-variants.txt")).Where(l => l.Length > 0).Select(l => new ScreeningQuery(l)));

        var hits = 0;
        foreach (var query in queries)
        {
            var expected = built.Screen(query, 10);
            var actual = read.Screen(query, 10);
            Assert.Equal(Describe(expected), Describe(actual));
            Assert.Equal(expected.Select(h => h.Explanation.ToText()), actual.Select(h => h.Explanation.ToText()));
            hits += expected.Count;
        }

        Assert.True(queries.Count > 2000 && hits > 5000, $"{queries.Count} queries, {hits} hits");
        Assert.Equal(built.EntryCount, read.EntryCount);
        Assert.Equal(built.NameCount, read.NameCount);
    }

    [SharedDataFact]
    public void ScorePairAndFindWallet_StoredIndexReadBack_AreTheBuiltIndexs()
    {
        var built = Lists.Full;
        var read = ReadBack();
        foreach (var line in File.ReadLines(SharedData.Sanctions("eval", "name-pairs.csv")).Skip(1).Where(l => !l.Contains('"', StringComparison.Ordinal)).Take(300))
        {
            var fields = line.Split(',');
            Assert.Equal(built.ScorePair(fields[0], fields[1], fields[2]).Score, read.ScorePair(fields[0], fields[1], fields[2]).Score);
        }

        var wallets = Lists.Full.Snapshots.SelectMany(s => s.Entries).SelectMany(e => e.Wallets).ToList();
        Assert.NotEmpty(wallets);
        foreach (var wallet in wallets)
        {
            Assert.Equal(built.FindWallet(wallet.Address).Select(h => h.Entry.SourceId), read.FindWallet(wallet.Address).Select(h => h.Entry.SourceId));
        }
    }

    [SharedDataFact]
    public void Snapshots_StoredIndexReadBack_HoldEveryEntryWithEveryField()
    {
        var built = Lists.Full.Snapshots;
        var read = ReadBack().Snapshots;

        Assert.Equal(built.Count, read.Count);
        for (var s = 0; s < built.Count; s++)
        {
            Assert.Equal((built[s].ListId, built[s].Version, built[s].GeneratedAt, built[s].Label), (read[s].ListId, read[s].Version, read[s].GeneratedAt, read[s].Label));
            Assert.Equal(built[s].Files, read[s].Files);
            Assert.Equal(built[s].Notes, read[s].Notes);
            Assert.Equal(built[s].Entries.Count, read[s].Entries.Count);
            for (var e = 0; e < built[s].Entries.Count; e++)
            {
                var (a, b) = (built[s].Entries[e], read[s].Entries[e]);
                Assert.Equal((a.ListId, a.SourceId, a.Kind, a.Gender, a.Remarks), (b.ListId, b.SourceId, b.Kind, b.Gender, b.Remarks));
                Assert.Equal(a.Names, b.Names);
                Assert.Equal(a.Programs, b.Programs);
                Assert.Equal(a.BirthDates, b.BirthDates);
                Assert.Equal(a.BirthPlaces, b.BirthPlaces);
                Assert.Equal(a.Nationalities, b.Nationalities);
                Assert.Equal(a.Citizenships, b.Citizenships);
                Assert.Equal(a.Documents, b.Documents);
                Assert.Equal(a.Addresses, b.Addresses);
                Assert.Equal(a.Wallets, b.Wallets);
                Assert.Equal(a.Titles, b.Titles);
            }
        }
    }

    [SharedDataFact]
    public void TryRead_AnyByteOfTheBodyChanged_IsRefusedByItsHash()
    {
        var bytes = (byte[])Stored.Value.Clone();
        var position = bytes.Length - (bytes.Length / 3);
        bytes[position] ^= 0x01;

        Assert.False(ScreeningIndexFile.TryRead(bytes, Key, null, out var index, out var problem));
        Assert.Null(index);
        Assert.Contains("SHA-256", problem, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TryRead_Truncated_IsRefused()
    {
        foreach (var length in new[] { 0, 10, 40, Stored.Value.Length / 2, Stored.Value.Length - 1 })
        {
            Assert.False(ScreeningIndexFile.TryRead(Stored.Value[..length], Key, null, out _, out var problem), length.ToString(CultureInfo.InvariantCulture));
            Assert.NotEmpty(problem);
        }
    }

    [SharedDataFact]
    public void TryRead_AnotherKey_IsRefused()
    {
        Assert.False(ScreeningIndexFile.TryRead(Stored.Value, Key + " x", null, out _, out var problem));
        Assert.Contains("other lists", problem, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TryRead_AnotherFormatVersionOrMatcherBuild_IsRefused()
    {
        var format = (byte[])Stored.Value.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(format.AsSpan(8), ScreeningIndexFile.FormatVersion + 1);
        Assert.False(ScreeningIndexFile.TryRead(format, Key, null, out _, out var problem));
        Assert.Contains("format version", problem, StringComparison.Ordinal);

        var build = (byte[])Stored.Value.Clone();
        build[12] ^= 0xFF;
        Assert.False(ScreeningIndexFile.TryRead(build, Key, null, out _, out problem));
        Assert.Contains("another build", problem, StringComparison.Ordinal);

        Assert.False(ScreeningIndexFile.TryRead("not an index at all, just some text"u8.ToArray(), Key, null, out _, out problem));
        Assert.Contains("not a stored screening index", problem, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void TryRead_MalformedBodyWithAMatchingHash_IsRefusedNotThrown()
    {
        // A body that passes the hash but does not hold what the format says (as a bug in a writer would produce): the string
        // table claims more strings than the body could hold. The header's hash is recomputed so that only the layout is wrong.
        var bytes = (byte[])Stored.Value.Clone();
        var bodyStart = bytes.Length - (int)BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8 + 4 + 16 + 4 + Key.Length));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(bodyStart), int.MaxValue);
        SHA256.HashData(bytes.AsSpan(bodyStart)).CopyTo(bytes.AsSpan(bodyStart - 32));
        Assert.False(ScreeningIndexFile.TryRead(bytes, Key, null, out _, out var problem));
        Assert.Contains("malformed", problem, StringComparison.Ordinal);

        // A string reference past the table: the first snapshot's list id.
        bytes = (byte[])Stored.Value.Clone();
        var strings = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bodyStart));
        var firstAfterTable = bodyStart + 4 + (4 * strings) + (2 * Enumerable.Range(0, strings).Sum(i => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(bodyStart + 4 + (4 * i)))));
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(firstAfterTable + 4), strings + 5);
        SHA256.HashData(bytes.AsSpan(bodyStart)).CopyTo(bytes.AsSpan(bodyStart - 32));
        Assert.False(ScreeningIndexFile.TryRead(bytes, Key, null, out _, out problem));
        Assert.Contains("malformed", problem, StringComparison.Ordinal);
    }
}
