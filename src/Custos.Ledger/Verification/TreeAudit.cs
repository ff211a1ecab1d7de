using System.Runtime.ExceptionServices;
using Custos.Ledger.Merkle;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// One full audit of a tiled tree: partial tiles are authenticated by the root, every full tile by the hash in its
/// parent tile, and every entry by the authenticated level-0 tile, so the first mismatch names the bad resource.
/// Children of a tile are fetched and hashed ahead, up to <see cref="Window"/> at a time on the thread pool, and checked
/// in order, so the first bad resource reported is the same as in a sequential audit.
/// </summary>
internal sealed class TreeAudit(ITileReader reader, ulong treeSize, IProgress<LogVerificationProgress>? progress)
{
    /// <summary>How many child tiles (with their entry bundles) are read and hashed ahead of the one being checked.</summary>
    public const int Window = 16;

    private ulong _entriesVerified;
    private long _resourcesRead;

    public long ResourcesRead => Interlocked.Read(ref _resourcesRead);

    public async Task<VerificationResult> RunAsync(byte[] expectedRoot, CancellationToken cancellationToken)
    {
        try
        {
            return await AuditAsync(expectedRoot, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerDataException e)
        {
            return VerificationResult.Invalid(e.Error);
        }
    }

    private async Task<VerificationResult> AuditAsync(byte[] expectedRoot, CancellationToken cancellationToken)
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
            Interlocked.Increment(ref _resourcesRead);
            var read = await TileFetcher.ReadHashTileAsync(reader, tile, cancellationToken).ConfigureAwait(false);
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
                var verdict = partial.Tile.Level == 0
                    ? CheckBundle(await ReadChildAsync(partial.Tile, cancellationToken, partial.Hashes).ConfigureAwait(false))
                    : await VerifySubtreeAsync(partial.Tile, partial.Hashes, cancellationToken).ConfigureAwait(false);
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
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = new Queue<Task<ChildRead>>();
        var next = 0;
        try
        {
            for (var j = 0; j < tile.Width; j++)
            {
                while (next < tile.Width && pending.Count < Window)
                {
                    var child = TileCoordinate.Hashes(tile.Level - 1, checked((tile.Index * TileCoordinate.FullWidth) + (ulong)next));
                    pending.Enqueue(Task.Run(() => ReadChildAsync(child, stop.Token), stop.Token));
                    next++;
                }

                var read = await pending.Dequeue().ConfigureAwait(false);
                read.Failure?.Throw();
                if (!read.Hashes.IsSuccess)
                {
                    return VerificationResult.Invalid(read.Hashes.Error);
                }

                if (!read.Root.AsSpan().SequenceEqual(hashes.AsSpan(j * MerkleHash.Size, MerkleHash.Size)))
                {
                    return VerificationResult.Invalid("log.tile-mismatch", $"The tile does not hash to entry {j} of the authenticated tile {tile.ToPath()}.", read.Tile.ToPath());
                }

                var verdict = read.Tile.Level == 0
                    ? CheckBundle(read)
                    : await VerifySubtreeAsync(read.Tile, read.Hashes.Value, stop.Token).ConfigureAwait(false);
                if (!verdict.IsValid)
                {
                    return verdict;
                }
            }

            return VerificationResult.Valid;
        }
        finally
        {
            // Reads still in flight after a failure are abandoned; wait for them so none outlives the audit.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var task in pending)
            {
                await task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Reads a tile (unless its hashes are already <paramref name="known"/>) and, at level 0, its entry bundle, and does
    /// all the hashing they need; never throws.
    /// </summary>
    private async Task<ChildRead> ReadChildAsync(TileCoordinate tile, CancellationToken cancellationToken, byte[]? known = null)
    {
        try
        {
            LedgerResult<byte[]> hashes;
            if (known is null)
            {
                Interlocked.Increment(ref _resourcesRead);
                hashes = await TileFetcher.ReadHashTileAsync(reader, tile, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                hashes = known;
            }

            if (!hashes.IsSuccess)
            {
                return new ChildRead(tile, hashes, [], null, null);
            }

            var root = new byte[MerkleHash.Size];
            if (tile.IsFull)
            {
                TileMath.PerfectRoot(hashes.Value, root);
            }

            if (tile.Level != 0)
            {
                return new ChildRead(tile, hashes, root, null, null);
            }

            var bundle = TileCoordinate.Entries(tile.Index, tile.Width);
            Interlocked.Increment(ref _resourcesRead);
            var entries = await TileFetcher.ReadBundleAsync(reader, bundle, cancellationToken).ConfigureAwait(false);
            if (!entries.IsSuccess)
            {
                return new ChildRead(tile, hashes, root, entries.Error, null);
            }

            var leaves = new byte[entries.Value.Count * MerkleHash.Size];
            MerkleHash.HashLeaves(entries.Value, leaves);
            var mismatch = FirstMismatch(leaves, hashes.Value);
            var error = mismatch < 0
                ? null
                : new LedgerError("log.entry-mismatch", $"Entry {(tile.Index * TileCoordinate.FullWidth) + (ulong)mismatch} does not hash to its leaf hash in {tile.ToPath()}.", bundle.ToPath());
            return new ChildRead(tile, hashes, root, error, null) { EntryCount = entries.Value.Count };
        }
        catch (LedgerDataException e)
        {
            return new ChildRead(tile, e.Error, [], null, null);
        }
#pragma warning disable CA1031 // Any other failure (cancellation included) is carried to the in-order consumer and rethrown there.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ChildRead(tile, new LedgerError("ledger.data", e.Message), [], null, ExceptionDispatchInfo.Capture(e));
        }
    }

    private VerificationResult CheckBundle(ChildRead read)
    {
        read.Failure?.Throw();
        if (!read.Hashes.IsSuccess)
        {
            return VerificationResult.Invalid(read.Hashes.Error);
        }

        if (read.BundleError is { } error)
        {
            return VerificationResult.Invalid(error);
        }

        _entriesVerified += (ulong)read.EntryCount;
        progress?.Report(new LogVerificationProgress(_entriesVerified, treeSize, ResourcesRead));
        return VerificationResult.Valid;
    }

    private static int FirstMismatch(byte[] leaves, byte[] tileHashes)
    {
        if (leaves.Length != tileHashes.Length)
        {
            return Math.Min(leaves.Length, tileHashes.Length) / MerkleHash.Size;
        }

        for (var i = 0; i < leaves.Length; i += MerkleHash.Size)
        {
            if (!leaves.AsSpan(i, MerkleHash.Size).SequenceEqual(tileHashes.AsSpan(i, MerkleHash.Size)))
            {
                return i / MerkleHash.Size;
            }
        }

        return -1;
    }

    /// <summary>A tile read ahead: its hashes, the root of a full tile, and at level 0 the verdict on its entries.</summary>
    private sealed record ChildRead(TileCoordinate Tile, LedgerResult<byte[]> Hashes, byte[] Root, LedgerError? BundleError, ExceptionDispatchInfo? Failure)
    {
        public int EntryCount { get; init; }
    }
}
