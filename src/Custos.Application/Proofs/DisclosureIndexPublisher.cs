using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Ledger.Index;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Proofs;

/// <summary>
/// Appends revisions of the disclosure index to the log: after an integration round, when disclosure events were
/// published since the last revision and either enough of them arrived or the interval has passed, it extends the
/// process's index (<see cref="DisclosureIndexCache"/>) over the published log and records <c>index.revision</c> with
/// the root. The revision's own type is not a disclosure type, so a revision never indexes revisions.
/// </summary>
public sealed partial class DisclosureIndexPublisher(
    CustosDatabase database, LedgerIdentityKey identities, DisclosureIndexOptions options, TimeProvider clock, ILogger<DisclosureIndexPublisher> logger,
    DisclosureIndexCache index)
{
    /// <summary>The ledger subject of every revision.</summary>
    public const string Subject = "ledger:disclosure-index";

    private static readonly int[] DisclosureTypes = [.. DisclosureEventTypes.All.Keys];

    // Disclosure events counted in [From, UpTo) (the integration loop is the only caller, one round at a time).
    private (long From, long UpTo, int Pending)? _counted;

    /// <summary>
    /// Appends a revision over the first <paramref name="publishedSize"/> entries when one is due; returns its details, or
    /// null when none was due. The event is committed; the next integration round puts it in the log.
    /// </summary>
    public async Task<IndexRevisionDetails?> PublishIfDueAsync(long publishedSize, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var last = await LatestAsync(db, cancellationToken);
        var from = last?.Details.LogSize ?? 0;
        if (publishedSize <= from)
        {
            return null;
        }

        var pending = await CountPendingAsync(db, from, publishedSize, cancellationToken);
        // A clock behind the last revision was stepped back: the wait is unknown, and the revision is not held back for it.
        var waited = last is null || clock.GetUtcNow() < last.At ? options.Interval : clock.GetUtcNow() - last.At;
        if (pending == 0 || (pending < options.EveryEvents && waited < options.Interval))
        {
            return null;
        }

        if (last is not null)
        {
            // Through the last revision first, so that its version is the one kept for exports until the new one is
            // published, and so that a root this process cannot reproduce is noticed.
            var lastRoot = await index.RootAtAsync(db, last.Details.LogSize, cancellationToken);
            if (lastRoot is not null && !string.Equals(Convert.ToHexStringLower(lastRoot), last.Details.Root, StringComparison.Ordinal))
            {
                LogMismatch(logger, last.LeafIndex, last.Details.LogSize);
            }
        }

        var root = await index.RootAtAsync(db, publishedSize, cancellationToken)
            ?? throw new InvalidOperationException($"The disclosure index is past the published size {publishedSize}.");
        var details = new IndexRevisionDetails(publishedSize, Convert.ToHexStringLower(root), DisclosureIndex.Algorithm);
        // The details are public too (custos-event/v2), so anyone can compare the root with their own rebuild (custos audit rebuild).
        new EventRecorder(clock, identities).Record(db, LedgerEventTypes.IndexRevision, Actor.System, Subject, details, publicAttributes: details);
        await db.SaveChangesAsync(cancellationToken);
        LogPublished(logger, publishedSize, pending);
        return details;
    }

    /// <summary>
    /// The disclosure events with leaf indices in [<paramref name="from"/>, <paramref name="to"/>). Called after every
    /// integration round, so it counts only the entries published since its last call (remembered for the same
    /// <paramref name="from"/>, the last revision's size; sequenced entries never change) rather than all since the
    /// last revision again.
    /// </summary>
    private async Task<int> CountPendingAsync(CustosDbContext db, long from, long to, CancellationToken cancellationToken)
    {
        var (start, known) = _counted is { } counted && counted.From == from && counted.UpTo <= to ? (counted.UpTo, counted.Pending) : (from, 0);
        var pending = known + await db.LedgerEvents.CountAsync(
            e => e.LeafIndex >= start && e.LeafIndex < to && DisclosureTypes.Contains(e.EventTypeId), cancellationToken);
        _counted = (from, to, pending);
        return pending;
    }

    /// <summary>The latest revision that is in the published log (leaf index below <paramref name="publishedSize"/>), or, without a size, the latest recorded.</summary>
    public static async Task<IndexRevision?> LatestAsync(
        CustosDbContext db, CancellationToken cancellationToken, long? publishedSize = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.LedgerEvents.AsNoTracking().Where(e => e.EventTypeId == LedgerEventTypes.IndexRevision.Id);
        if (publishedSize is { } size)
        {
            query = query.Where(e => e.LeafIndex != null && e.LeafIndex < size);
        }

        var row = await query.OrderByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var details = JsonSerializer.Deserialize<IndexRevisionDetails>(row.Details!, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The index revision {row.Id} has no details.");
        return new IndexRevision(row.LeafIndex ?? -1, row.OccurredAt, details, row.Salt!, row.Details!, row.Entry);
    }

    [LoggerMessage(1, LogLevel.Information, "Disclosure index revised over {LogSize} log entries: {Pending} new disclosure events.")]
    private static partial void LogPublished(ILogger logger, long logSize, int pending);

    [LoggerMessage(2, LogLevel.Error, "The disclosure index over the first {LogSize} log entries does not reproduce the root of the revision at leaf {LeafIndex}; the next revision is computed from the entries all the same.")]
    private static partial void LogMismatch(ILogger logger, long leafIndex, long logSize);
}
