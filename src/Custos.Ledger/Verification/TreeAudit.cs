using Custos.Ledger.Merkle;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// One full audit of a tiled tree: partial tiles are authenticated by the root, every full tile by the hash in its
/// parent tile, and every entry by the authenticated level-0 tile, so the first mismatch names the bad resource.
/// </summary>
internal sealed class TreeAudit(ITileReader reader, ulong treeSize, IProgress<LogVerificationProgress>? progress)
{
    private ulong _entriesVerified;
    private long _resourcesRead;

    public async Task<VerificationResult> RunAsync(byte[] expectedRoot, CancellationToken cancellationToken)
    {
        if (treeSize == 0)
        {
            return expectedRoot.AsSpan().SequenceEqual(MerkleHash.EmptyRoot)
                ? VerificationResult.Valid
                : VerificationResult.Invalid("log.root-mismatch", "An empty log must have the empty-tree root.");
        }

        var levels = TileLayout.LevelCount(treeSize);
        var partials = new (TileCoordinate Tile, byte[] Hashes)?[levels];
        var frontier = new List<byte[]>();
        for (var level = levels - 1; level >= 0; level--)
        {
            var count = TileLayout.HashesAtLevel(treeSize, level);
            if (count % TileCoordinate.FullWidth == 0)
            {
                continue;
            }

            var tile = TileLayout.HashTile(level, count / TileCoordinate.FullWidth, treeSize);
            var read = await ReadTileAsync(tile, cancellationToken).ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                return VerificationResult.Invalid(read.Error);
            }

            partials[level] = (tile, read.Value);
            TileMath.AppendFrontier(read.Value, tile.Width, frontier);
        }

        var root = CompactRange.FromFrontier(treeSize, frontier).ComputeRoot();
        if (!root.AsSpan().SequenceEqual(expectedRoot))
        {
            var paths = string.Join(", ", partials.Where(p => p is not null).Select(p => p!.Value.Tile.ToPath()));
            var top = partials.Last(p => p is not null)!.Value.Tile.ToPath();
            return VerificationResult.Invalid("log.root-mismatch", $"The right-edge tiles ({paths}) do not produce the checkpoint root.", top);
        }

        for (var level = levels - 1; level >= 0; level--)
        {
            if (partials[level] is { } partial)
            {
                var verdict = await VerifySubtreeAsync(partial.Tile, partial.Hashes, cancellationToken).ConfigureAwait(false);
                if (!verdict.IsValid)
                {
                    return verdict;
                }
            }
        }

        return VerificationResult.Valid;
    }

    private async Task<VerificationResult> VerifySubtreeAsync(TileCoordinate tile, byte[] hashes, CancellationToken cancellationToken)
    {
        if (tile.Level == 0)
        {
            return await VerifyBundleAsync(tile, hashes, cancellationToken).ConfigureAwait(false);
        }

        var childRoot = new byte[MerkleHash.Size];
        for (var j = 0; j < tile.Width; j++)
        {
            var child = TileCoordinate.Hashes(tile.Level - 1, checked((tile.Index * TileCoordinate.FullWidth) + (ulong)j));
            var read = await ReadTileAsync(child, cancellationToken).ConfigureAwait(false);
            if (!read.IsSuccess)
            {
                return VerificationResult.Invalid(read.Error);
            }

            TileMath.PerfectRoot(read.Value, childRoot);
            if (!childRoot.AsSpan().SequenceEqual(hashes.AsSpan(j * MerkleHash.Size, MerkleHash.Size)))
            {
                return VerificationResult.Invalid("log.tile-mismatch", $"The tile does not hash to entry {j} of the authenticated tile {tile.ToPath()}.", child.ToPath());
            }

            var verdict = await VerifySubtreeAsync(child, read.Value, cancellationToken).ConfigureAwait(false);
            if (!verdict.IsValid)
            {
                return verdict;
            }
        }

        return VerificationResult.Valid;
    }

    private async Task<VerificationResult> VerifyBundleAsync(TileCoordinate tile, byte[] leafHashes, CancellationToken cancellationToken)
    {
        var bundle = TileCoordinate.Entries(tile.Index, tile.Width);
        var entries = await TileFetcher.ReadBundleAsync(reader, bundle, cancellationToken).ConfigureAwait(false);
        _resourcesRead++;
        if (!entries.IsSuccess)
        {
            return VerificationResult.Invalid(entries.Error);
        }

        Span<byte> leaf = stackalloc byte[MerkleHash.Size];
        for (var i = 0; i < entries.Value.Count; i++)
        {
            MerkleHash.HashLeaf(entries.Value[i].Span, leaf);
            if (!leaf.SequenceEqual(leafHashes.AsSpan(i * MerkleHash.Size, MerkleHash.Size)))
            {
                var index = (tile.Index * TileCoordinate.FullWidth) + (ulong)i;
                return VerificationResult.Invalid("log.entry-mismatch", $"Entry {index} does not hash to its leaf hash in {tile.ToPath()}.", bundle.ToPath());
            }
        }

        _entriesVerified += (ulong)entries.Value.Count;
        progress?.Report(new LogVerificationProgress(_entriesVerified, treeSize, _resourcesRead));
        return VerificationResult.Valid;
    }

    private async Task<LedgerResult<byte[]>> ReadTileAsync(TileCoordinate tile, CancellationToken cancellationToken)
    {
        _resourcesRead++;
        return await TileFetcher.ReadHashTileAsync(reader, tile, cancellationToken).ConfigureAwait(false);
    }
}
