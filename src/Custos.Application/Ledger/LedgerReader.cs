using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Ledger;

/// <summary>
/// Reads the published log: the checkpoint, tiles, entries and proofs, and a subject's timeline read back from the
/// tiles with every entry's inclusion proof checked against the signed checkpoint.
/// </summary>
public sealed class LedgerReader(CustosDbContext db, LedgerOptions options, LedgerSigner signer)
{
    private readonly ITileReader _tiles = LedgerTiles.ReaderFor(db, options);

    public NoteVerifierKey VerifierKey => signer.VerifierKey;

    /// <summary>The published head, or null before the ledger has been opened once.</summary>
    public async Task<LedgerHead?> HeadAsync(CancellationToken cancellationToken = default)
    {
        var state = await db.LedgerState.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return state is null ? null : new LedgerHead(state.Origin, state.PublishedSize, state.PublishedRoot, state.PublishedNote, state.PublishedAt, state.SequencedSize);
    }

    /// <summary>The ledger's status: the published head, how many events wait to be sequenced, the latest events.</summary>
    public async Task<LedgerStatus> StatusAsync(int recent = 25, CancellationToken cancellationToken = default)
    {
        var head = await HeadAsync(cancellationToken);
        var unsequenced = await db.LedgerEvents.CountAsync(e => e.LeafIndex == null, cancellationToken);
        var latest = await db.LedgerEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(Math.Clamp(recent, 1, 500))
            .Select(e => new LedgerEventSummary(e.Id, e.LeafIndex, e.EventType, e.OccurredAt, e.Subject))
            .ToListAsync(cancellationToken);
        return new LedgerStatus(head, unsequenced, latest);
    }

    /// <summary>A tile or entry bundle by its C2SP path (<c>tile/0/x001/234</c>), only within the published tree.</summary>
    public async Task<Result<(byte[] Bytes, bool Full)>> TileAsync(string path, CancellationToken cancellationToken = default)
    {
        var parsed = TileCoordinate.Parse(path);
        if (!parsed.IsSuccess)
        {
            return Error.Invalid("ledger.tile-path-invalid", parsed.Error.Message, "path");
        }

        var tile = parsed.Value;
        var head = await HeadAsync(cancellationToken);
        var published = (ulong)(head?.Size ?? 0);
        // Serve only what a checkpoint of the published tree (or an earlier one) can refer to.
        var available = tile.IsEntryBundle ? published : TileLayout.HashesAtLevel(published, tile.Level);
        // (The first test only keeps the multiplication in the second from overflowing.)
        if (tile.Index > available / 256 || tile.Index * 256 + (ulong)tile.Width > available)
        {
            return Error.NotFound("ledger.tile-beyond-tree", $"{path} lies beyond the published tree of size {published}.");
        }

        var bytes = await _tiles.ReadAsync(tile.ToPath(), cancellationToken);
        return bytes is null
            ? Error.NotFound("ledger.tile-not-found", $"{path} does not exist in this log.")
            : (bytes, tile.IsFull);
    }

    public async Task<Result<LedgerProof>> InclusionProofAsync(long index, long? size, CancellationToken cancellationToken = default)
    {
        var head = await HeadAsync(cancellationToken);
        var treeSize = size ?? head?.Size ?? 0;
        if (treeSize < 1 || treeSize > (head?.Size ?? 0))
        {
            return Error.Invalid("ledger.size-beyond-tree", $"The tree size must be between 1 and the published size {head?.Size ?? 0}.", "size");
        }

        if (index < 0 || index >= treeSize)
        {
            return Error.Invalid("ledger.index-beyond-tree", $"The leaf index must be between 0 and {treeSize - 1}.", "index");
        }

        var source = new TileHashSource(_tiles, (ulong)treeSize);
        var proof = await ProofBuilder.CreateInclusionProofAsync(source, (ulong)index, (ulong)treeSize, cancellationToken);
        var leaf = await source.GetNodeHashAsync(0, (ulong)index, cancellationToken);
        var root = await ProofBuilder.ComputeRootAsync(source, (ulong)treeSize, cancellationToken);
        return new LedgerProof(index, treeSize, leaf, proof, root);
    }

    public async Task<Result<LedgerProof>> ConsistencyProofAsync(long from, long to, CancellationToken cancellationToken = default)
    {
        var head = await HeadAsync(cancellationToken);
        if (to < 1 || to > (head?.Size ?? 0))
        {
            return Error.Invalid("ledger.size-beyond-tree", $"'to' must be between 1 and the published size {head?.Size ?? 0}.", "to");
        }

        if (from < 1 || from > to)
        {
            return Error.Invalid("ledger.size-invalid", "'from' must be between 1 and 'to'.", "from");
        }

        var source = new TileHashSource(_tiles, (ulong)to);
        var proof = await ProofBuilder.CreateConsistencyProofAsync(source, (ulong)from, (ulong)to, cancellationToken);
        var root = await ProofBuilder.ComputeRootAsync(source, (ulong)to, cancellationToken);
        return new LedgerProof(from, to, null, proof, root);
    }

    /// <summary>
    /// The events about <paramref name="reference"/> (a subject or a reference such as <c>customer:C1</c>), newest first,
    /// each read back from the published tiles and checked: the entry in the log is the one recorded, and its inclusion
    /// proof leads to the root of the signed checkpoint.
    /// </summary>
    public async Task<IReadOnlyList<TimelineItem>> TimelineAsync(string reference, int take = 100, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var head = await HeadAsync(cancellationToken);
        // References are stored space-separated: padded with spaces, a whole reference matches exactly, never a prefix.
        var pattern = "% " + SqlLike.Escape(reference) + " %";
        var events = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.Subject == reference || EF.Functions.Like(" " + e.References + " ", pattern, SqlLike.EscapeCharacter))
            .OrderByDescending(e => e.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

        var checkpointValid = head is not null && VerifyCheckpoint(head);
        var source = head is null || head.Size == 0 ? null : new TileHashSource(_tiles, (ulong)head.Size);
        var bundles = new Dictionary<ulong, IReadOnlyList<ReadOnlyMemory<byte>>?>();
        var items = new List<TimelineItem>();
        foreach (var e in events)
        {
            var status = TimelineStatus.Pending;
            if (e.LeafIndex is { } index && head is not null && index < head.Size && source is not null)
            {
                status = checkpointValid && await VerifyEntryAsync(source, head, index, e.Entry, bundles, cancellationToken)
                    ? TimelineStatus.Verified
                    : TimelineStatus.Mismatch;
            }

            items.Add(new TimelineItem(e.EventType, e.OccurredAt, e.Actor, e.Subject, e.LeafIndex, e.Commitment, status));
        }

        return items;
    }

    private bool VerifyCheckpoint(LedgerHead head)
    {
        var note = SignedNote.Parse(head.CheckpointNote);
        if (!note.IsSuccess || !note.Value.Verify([signer.VerifierKey]).IsSuccess)
        {
            return false;
        }

        var checkpoint = Checkpoint.Parse(note.Value.Text);
        return checkpoint.IsSuccess && (long)checkpoint.Value.Size == head.Size && checkpoint.Value.GetRootHash().AsSpan().SequenceEqual(head.Root);
    }

    /// <param name="bundles">Entry bundles already read in this timeline (null: unreadable), so each is read once.</param>
    private async Task<bool> VerifyEntryAsync(
        TileHashSource source, LedgerHead head, long index, byte[] recorded,
        Dictionary<ulong, IReadOnlyList<ReadOnlyMemory<byte>>?> bundles, CancellationToken cancellationToken)
    {
        var bundleIndex = (ulong)index / TileCoordinate.FullWidth;
        if (!bundles.TryGetValue(bundleIndex, out var entries))
        {
            var coordinate = TileLayout.EntryBundle(bundleIndex, (ulong)head.Size);
            var bytes = await _tiles.ReadAsync(coordinate.ToPath(), cancellationToken);
            if (bytes is not null && EntryBundle.Decode(bytes, coordinate.Width, coordinate.ToPath()) is { IsSuccess: true } decoded)
            {
                entries = decoded.Value;
            }

            bundles[bundleIndex] = entries;
        }

        if (entries is null)
        {
            return false;
        }

        var logged = entries[(int)((ulong)index % TileCoordinate.FullWidth)];
        if (!logged.Span.SequenceEqual(recorded))
        {
            return false;
        }

        var proof = await ProofBuilder.CreateInclusionProofAsync(source, (ulong)index, (ulong)head.Size, cancellationToken);
        return ProofVerifier.VerifyInclusion(MerkleHash.HashLeaf(logged.Span), (ulong)index, (ulong)head.Size, proof, head.Root).IsValid;
    }
}
