using System.Security.Cryptography;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tests.Merkle;

/// <summary>MerkleHash against the RFC 6962 definitions computed with the base library's one-shot SHA-256.</summary>
public sealed class MerkleHashReferenceTests
{
    [Fact]
    public void HashLeafAndHashChildren_EveryLengthUpTo600_MatchBaseLibrarySha256()
    {
        var random = new Random(6962);
        for (var length = 0; length <= 600; length++)
        {
            var entry = new byte[length];
            random.NextBytes(entry);
            var expectedLeaf = SHA256.HashData([0x00, .. entry]);
            Assert.Equal(expectedLeaf, MerkleHash.HashLeaf(entry));

            var right = SHA256.HashData(entry);
            Assert.Equal(SHA256.HashData([0x01, .. expectedLeaf, .. right]), MerkleHash.HashChildren(expectedLeaf, right));
        }
    }

    [Fact]
    public async Task HashLeaves_ManyThreadsAtOnce_EachMatchesBaseLibrarySha256()
    {
        var entries = Enumerable.Range(0, 2000).Select(i => (ReadOnlyMemory<byte>)BitConverter.GetBytes(i * 31)).ToArray();
        var expected = entries.SelectMany(e => SHA256.HashData([0x00, .. e.Span])).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            var hashes = new byte[entries.Length * MerkleHash.Size];
            MerkleHash.HashLeaves(entries, hashes);
            return hashes;
        })));

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
