using Custos.Ledger.Index;

namespace Custos.Ledger.Tests.Index;

/// <summary>The incremental index: the known answers, what it refuses, which versions it keeps, and readers beside a writer.</summary>
public class IncrementalDisclosureIndexTests
{
    private static readonly byte[] K1 = new byte[16];
    private static readonly byte[] K2 = Convert.FromHexString("80" + new string('0', 30));
    private static readonly byte[] K3 = Convert.FromHexString(string.Concat(Enumerable.Repeat("0f", 16)));
    private static readonly byte[] K4 = Convert.FromHexString("0e" + string.Concat(Enumerable.Repeat("ff", 15)));

    [Fact]
    public void Root_Empty_IsZeroAndEveryKeyProvablyAbsent()
    {
        using var index = new IncrementalDisclosureIndex();

        Assert.Equal(new byte[32], index.Root);
        Assert.Equal(0UL, index.Size);
        var proof = index.Prove(K3);
        Assert.False(proof.IsMembership);
        Assert.True(IndexProofVerifier.Verify(proof, index.Root).IsValid);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extend_KnownMaps_MatchReferenceWhetherBuiltAtOnceOrInSteps(bool inSteps)
    {
        // The answers of DisclosureIndexTests.Root_KnownMaps_MatchReference (an independent Python implementation).
        using var two = new IncrementalDisclosureIndex();
        using var three = new IncrementalDisclosureIndex();
        var twoLog = new[] { Posting(K1, 1), Posting(K1, 2), Posting(K2, 3) };
        var threeLog = new[] { Posting(K1, 0), Posting(K3, 5), Posting(K3, 9), Posting(K4, 1UL << 63) };

        foreach (var (index, log) in new[] { (two, twoLog), (three, threeLog) })
        {
            if (inSteps)
            {
                foreach (var posting in log)
                {
                    index.Extend(posting.LeafIndex + 1, [posting]);
                }
            }
            else
            {
                index.Extend(log[^1].LeafIndex + 1, log);
            }
        }

        Assert.Equal("b5d839c431880043bd1457f43df6eded0c85d52a9564e1e34ee7970190bfcf56", Convert.ToHexStringLower(two.Root));
        Assert.Equal("bd362b9919218c445503f56e0a6cd9e72fba7bfea432cae1814b1fa7db19b731", Convert.ToHexStringLower(three.Root));
        Assert.Equal([5UL, 9UL], three.Find(K3));
        Assert.Null(three.Find(K2));
        Assert.Equal(3, three.Count);
    }

    [Fact]
    public void Extend_AnEntryBelowTheIndexedSize_IsRefusedAndChangesNothing()
    {
        using var index = new IncrementalDisclosureIndex();
        index.Extend(10, [Posting(K1, 4)]);
        var root = index.Root;

        Assert.Throws<ArgumentOutOfRangeException>(() => index.Extend(20, [Posting(K2, 12), Posting(K3, 9)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Extend(20, [Posting(K2, 20)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => index.Extend(5, Array.Empty<IndexPosting>()));

        Assert.Equal(10UL, index.Size);
        Assert.Equal(root, index.Root);
        Assert.Null(index.Find(K2));
    }

    [Fact]
    public void Prove_AnOlderVersion_MatchesItsOwnRootUntilItIsNoLongerRetained()
    {
        using var index = new IncrementalDisclosureIndex(retainedVersions: 2);
        index.Extend(5, [Posting(K1, 1), Posting(K3, 4)]);
        var first = index.Root;
        index.Extend(9, [Posting(K3, 6), Posting(K4, 7), Posting(K2, 8)]);

        var old = index.Prove(K3, 5)!;
        Assert.Equal([4UL], old.Value);
        Assert.True(IndexProofVerifier.Verify(old, first).IsValid);
        Assert.False(IndexProofVerifier.Verify(old, index.Root).IsValid);
        Assert.Equal([4UL, 6UL], index.Prove(K3).Value);
        Assert.False(index.Prove(K4, 5)!.IsMembership);
        Assert.Equal(first, index.RootAt(5));

        index.Extend(12, [Posting(K1, 11)]);

        Assert.Null(index.RootAt(5));
        Assert.Null(index.Prove(K3, 5));
        Assert.Equal([9UL, 12UL], index.RetainedSizes);
    }

    [Fact]
    public void Extend_NoDisclosureEntries_AddsAVersionWithTheSameRoot()
    {
        using var index = new IncrementalDisclosureIndex();
        index.Extend(3, [(0UL, DisclosureIndexTests.Entry(5020, "production.created", Convert.ToHexStringLower(K3)))]);
        var root = index.Root;

        index.Extend(7, [(5UL, DisclosureIndexTests.Entry(4001, "request.received", Convert.ToHexStringLower(K2)))]);

        Assert.Equal(7UL, index.Size);
        Assert.Equal(root, index.Root);
        Assert.Equal(root, index.RootAt(3));
    }

    [Fact]
    public async Task Prove_WhileAnotherThreadExtends_EveryProofHoldsAgainstItsVersionsRoot()
    {
        using var index = new IncrementalDisclosureIndex(retainedVersions: 3);
        var random = new Random(14);
        var keys = Enumerable.Range(0, 2_000).Select(_ => { var k = new byte[16]; random.NextBytes(k); return k; }).ToArray();
        index.Extend(1_000, keys.Select((k, i) => Posting(k, (ulong)(i % 1_000))));

        var writer = Task.Run(() =>
        {
            for (ulong size = 1_000; size < 1_200; size += 4)
            {
                index.Extend(size + 4, [Posting(keys[(int)size % keys.Length], size), Posting(keys[(int)(size * 7) % keys.Length], size + 2)]);
            }
        });
        var checkedProofs = 0;
        while (!writer.IsCompleted || checkedProofs == 0)
        {
            var sizes = index.RetainedSizes;
            var size = sizes[random.Next(sizes.Count)];
            var root = index.RootAt(size);
            var proof = index.Prove(keys[random.Next(keys.Length)], size);
            if (root is null || proof is null)
            {
                continue; // dropped meanwhile
            }

            Assert.True(IndexProofVerifier.Verify(proof, root).IsValid);
            checkedProofs++;
        }

        await writer;
        Assert.True(checkedProofs > 0);
    }

    private static IndexPosting Posting(byte[] key, ulong leafIndex) => new(IndexPosting.KeyOf(key), leafIndex);
}
