using Custos.Ledger.Index;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Proofs;

/// <summary>
/// The process's one disclosure index (docs/proofs.md), shared by the revision publisher and proof exports. It is
/// brought up to a log size by reading only the disclosure entries after the size it already covers, and keeps the
/// previous version as well as the latest, so that an export can still prove against the published revision while
/// the publisher has computed the next one. Safe to use from several threads.
/// </summary>
public sealed partial class DisclosureIndexCache(ILogger<DisclosureIndexCache> logger) : IDisposable
{
    private static readonly int[] DisclosureTypes = [.. DisclosureEventTypes.All.Keys];

    private readonly IncrementalDisclosureIndex _index = new(retainedVersions: 2);
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>How many log entries the latest version covers.</summary>
    public long Size => (long)_index.Size;

    /// <summary>The log sizes of the versions that can be proved against, oldest first.</summary>
    public IReadOnlyList<long> RetainedSizes => [.. _index.RetainedSizes.Select(s => (long)s)];

    /// <summary>
    /// The index root over the first <paramref name="logSize"/> log entries (all of them sequenced), extending the index
    /// from the stored entries when it is behind; null when the index has already moved past that size and no longer
    /// keeps it.
    /// </summary>
    public async Task<byte[]?> RootAtAsync(CustosDbContext db, long logSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegative(logSize);
        if (_index.RootAt((ulong)logSize) is { } root)
        {
            return root;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var from = (long)_index.Size;
            if (from < logSize)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var postings = new List<IndexPosting>();
                var rows = db.LedgerEvents.AsNoTracking()
                    .Where(e => e.LeafIndex >= from && e.LeafIndex < logSize && DisclosureTypes.Contains(e.EventTypeId))
                    .Select(e => new { e.LeafIndex, e.Entry })
                    .AsAsyncEnumerable();
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    IndexPosting.Read((ulong)row.LeafIndex!.Value, row.Entry, postings);
                }

                _index.Extend((ulong)logSize, postings);
                LogExtended(logger, from, logSize, postings.Count, _index.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return _index.RootAt((ulong)logSize);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The proof for <paramref name="key"/> against the version over the first <paramref name="logSize"/> entries, or null when it is not kept.</summary>
    public IndexProof? Prove(ReadOnlySpan<byte> key, long logSize) => logSize < 0 ? null : _index.Prove(key, (ulong)logSize);

    /// <inheritdoc />
    public void Dispose()
    {
        _index.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(1, LogLevel.Information, "Disclosure index extended from {From} to {To} log entries: {Postings} new postings, {Keys} keys, {Milliseconds:F0} ms.")]
    private static partial void LogExtended(ILogger logger, long from, long to, int postings, int keys, double milliseconds);
}
