using Custos.Screening.Matching;

namespace Custos.Screening.Tests;

/// <summary>
/// The deletion index (spellings and their one-character deletions → vocabulary ids, filed by hash) answers every
/// lookup as a dictionary of the strings themselves would: the same ids, in ascending order, once each.
/// </summary>
public sealed class DeletionIndexTests
{
    [Fact]
    public void Find_EverySpellingAndDeletion_TheIdsADictionaryOfTheStringsGives()
    {
        var random = new Random(20261206);
        var words = new List<(string Text, int Id)>();
        for (var id = 0; id < 3000; id++)
        {
            // Short words of few letters, so that many share deletions (and doubled letters give one deletion twice).
            var length = random.Next(1, 10);
            words.Add((new string([.. Enumerable.Range(0, length).Select(_ => "aabdeilmnorsu"[random.Next(13)])]), id));
        }

        words.Add(("hanniball", 3000));
        words.Add(("hanniball", 3001));
        var expected = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var (text, id) in words)
        {
            foreach (var filed in Enumerable.Range(-1, text.Length + 1).Select(skip => skip < 0 ? text : text.Remove(skip, 1)))
            {
                if (!expected.TryGetValue(filed, out var ids))
                {
                    expected[filed] = ids = [];
                }

                ids.Add(id);
            }
        }

        var index = DeletionIndex.Build(words);

        Assert.Equal(expected.Count, index.Count);
        Assert.Equal(expected.Values.Sum(ids => ids.Count), index.Postings);
        foreach (var (filed, ids) in expected)
        {
            Assert.Equal(ids, index.Find(filed, default).ToArray());
            for (var split = 0; split <= filed.Length; split++)
            {
                Assert.Equal(ids, index.Find(filed.AsSpan(0, split), filed.AsSpan(split)).ToArray());
            }
        }

        Assert.Equal([3000, 3001], index.Find("hanibal", "l").ToArray());
        foreach (var absent in new[] { "zzz", "hannibal!", "x", "qqqqqqqqqqqqqqqqqqqqqqqqqqqq" })
        {
            Assert.True(index.Find(absent, default).IsEmpty, absent);
        }
    }

    [Fact]
    public void Find_InAnEmptyIndex_FindsNothing()
    {
        var index = DeletionIndex.Build([]);

        Assert.Equal(0, index.Count);
        Assert.True(index.Find("abc", default).IsEmpty);
        Assert.True(index.Find(string.Empty, default).IsEmpty);
    }

    [Fact]
    public void Hash_OfAStringInTwoParts_IsTheHashOfTheWhole()
    {
        Assert.Equal(DeletionIndex.Hash("putin", default), DeletionIndex.Hash("pu", "tin"));
        Assert.Equal(DeletionIndex.Hash("putin", default), DeletionIndex.Hash(default, "putin"));
        Assert.NotEqual(DeletionIndex.Hash("putin", default), DeletionIndex.Hash("putn", default));
        Assert.NotEqual(0UL, DeletionIndex.Hash(string.Empty, default));
    }
}
