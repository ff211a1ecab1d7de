using Custos.Ledger.Merkle;

namespace Custos.Ledger.Tests.Support;

/// <summary>
/// An independent reference: every perfect-subtree hash of a list of leaves, computed level by level from the RFC 6962
/// definition, served as an <see cref="INodeHashSource"/>.
/// </summary>
internal sealed class NodeTable : INodeHashSource
{
    private readonly List<byte[][]> _levels = [];

    public NodeTable(IReadOnlyList<byte[]> leafHashes)
    {
        LeafHashes = leafHashes;
        _levels.Add(leafHashes.ToArray());
        while (_levels[^1].Length > 1)
        {
            var below = _levels[^1];
            var above = new byte[below.Length / 2][];
            for (var i = 0; i < above.Length; i++)
            {
                above[i] = MerkleHash.HashChildren(below[2 * i], below[(2 * i) + 1]);
            }

            _levels.Add(above);
        }
    }

    public IReadOnlyList<byte[]> LeafHashes { get; }

    public static NodeTable ForEntries(int count, Func<int, byte[]>? entry = null)
    {
        entry ??= i => BitConverter.GetBytes(i);
        return new NodeTable(Enumerable.Range(0, count).Select(i => MerkleHash.HashLeaf(entry(i))).ToArray());
    }

    public ValueTask<byte[]> GetNodeHashAsync(int level, ulong index, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_levels[level][index]);

    /// <summary>MTH(D[start:end]) by the recursive RFC 6962 definition.</summary>
    public byte[] ReferenceRoot(int start, int end)
    {
        var n = end - start;
        if (n == 0)
        {
            return MerkleHash.EmptyRoot.ToArray();
        }

        if (n == 1)
        {
            return LeafHashes[start];
        }

        var k = 1;
        while (k * 2 < n)
        {
            k *= 2;
        }

        return MerkleHash.HashChildren(ReferenceRoot(start, start + k), ReferenceRoot(start + k, end));
    }
}
