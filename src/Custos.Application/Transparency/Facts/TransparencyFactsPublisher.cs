using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Transparency;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// Keeps the public facts in the log up to date (docs/transparency.md, "Checking a report"): on the leader, once per
/// <see cref="TransparencyFactsOptions.Interval"/> (<c>TransparencyFactsService</c>), it reads the log entries published since its last
/// round, finds the requests (subject or reference <c>request:…</c>, or of an agency that changed) and restrictions they
/// concern, and logs <c>request.facts</c> / <c>restriction.facts</c> for those whose facts changed.
/// </summary>
public sealed partial class TransparencyFactsPublisher(
    CustosDatabase database, LedgerIdentityKey identities, TransparencyFactsOptions options, TimeProvider clock, ILogger<TransparencyFactsPublisher> logger)
{
    /// <summary>The share of the interval over which a round's pauses may spread it (<see cref="RoundPace"/>).</summary>
    private const double RoundShare = 0.8;

    private DateTimeOffset? _lastRound;

    /// <summary>The band rules applied (the defaults: <see cref="BandRule.Defaults"/>).</summary>
    public IReadOnlyList<BandRule> BandRules { get; init; } = BandRule.Defaults;

    /// <summary>Whether the interval has started: the first call of <see cref="PublishIfDueAsync"/> starts it.</summary>
    public bool IntervalStarted => _lastRound is not null;

    /// <summary>
    /// Runs a round over the first <paramref name="publishedSize"/> log entries when one is due; returns the facts logged.
    /// The first call starts the interval: a node that has just started or taken over logs its first facts one interval
    /// later, together with what changes meanwhile.
    /// </summary>
    public async Task<int> PublishIfDueAsync(long publishedSize, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_lastRound is null)
        {
            _lastRound = now;
            return 0;
        }

        // A clock behind the last round was stepped back: how long ago that round was is unknown, so one is due now
        // rather than after the step has been made up.
        if (_lastRound is { } last && now >= last && now - last < options.Interval)
        {
            return 0;
        }

        _lastRound = now;
        return await PublishAsync(publishedSize, cancellationToken);
    }

    /// <summary>
    /// Runs a round now over the log entries below <paramref name="publishedSize"/> not yet looked at; returns the facts
    /// logged. The entries are taken <see cref="TransparencyFactsOptions.MaxEntries"/> at a time, and the facts of each
    /// window are logged <see cref="TransparencyFactsOptions.MaxFactsPerTransaction"/> at a time, each in a short
    /// transaction of its own followed by a pause (<see cref="TransparencyFactsOptions.PauseFactor"/>, while the round is on
    /// course to end within most of the interval; <see cref="RoundPace"/>): however far behind the round is, it never
    /// holds the write lock, a processor or much memory for long, and its pauses never make it fall further behind.
    /// </summary>
    public async Task<int> PublishAsync(long publishedSize, CancellationToken cancellationToken = default)
    {
        var staged = 0;
        var pace = new RoundPace(publishedSize, options.Interval * RoundShare, options.PauseFactor);
        while (await PublishWindowAsync(publishedSize, pace, cancellationToken) is { } window)
        {
            staged += window.Staged;
            if (window.Staged > 0)
            {
                LogPublished(logger, window.Staged, window.From, window.To);
            }
        }

        return staged;
    }

    /// <summary>Logs the changed facts of the next window of entries and records it as looked at; null when none is left.</summary>
    private async Task<(long From, long To, int Staged)?> PublishWindowAsync(long publishedSize, RoundPace pace, CancellationToken cancellationToken)
    {
        long from, to;
        List<string> requestIds, restrictionIds, agencyIds;
        await using (var db = database.CreateContext())
        {
            from = (await db.TransparencyFactsState.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken)).ScannedSize;
            if (publishedSize <= from)
            {
                return null;
            }

            to = Math.Min(publishedSize, from + options.MaxEntries);
            var touched = await db.LedgerEvents.AsNoTracking()
                .Where(e => e.LeafIndex >= from && e.LeafIndex < to)
                .Select(e => new { e.Subject, e.References })
                .ToListAsync(cancellationToken);
            var names = touched.SelectMany(e => e.References.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(e.Subject)).ToHashSet(StringComparer.Ordinal);
            requestIds = Ids(names, "request:");
            restrictionIds = Ids(names, "restriction:");
            // An agency's own events (its country or kind changed) change the facts of all its requests; a request's
            // events only name their agency.
            agencyIds = Ids(touched.Select(e => e.Subject), "agency:");
        }

        pace.BeginWindow(from, to, Transactions(requestIds.Count) + Transactions(restrictionIds.Count));
        var staged = 0;
        foreach (var chunk in requestIds.Chunk(options.MaxFactsPerTransaction))
        {
            staged += await StageAsync(db => db.Requests.Where(r => chunk.Contains(r.Id)), null, pace, cancellationToken);
        }

        var done = requestIds.ToHashSet(StringComparer.Ordinal);
        foreach (var agencyId in agencyIds)
        {
            var after = string.Empty;
            while (true)
            {
                List<string> page;
                await using (var db = database.CreateContext())
                {
                    page = await db.Requests.AsNoTracking()
                        .Where(r => r.AgencyId == agencyId && r.Id.CompareTo(after) > 0)
                        .OrderBy(r => r.Id).Select(r => r.Id).Take(options.MaxFactsPerTransaction)
                        .ToListAsync(cancellationToken);
                }

                if (page.Count == 0)
                {
                    break;
                }

                after = page[^1];
                var fresh = page.Where(done.Add).ToArray();
                if (fresh.Length > 0)
                {
                    staged += await StageAsync(db => db.Requests.Where(r => fresh.Contains(r.Id)), null, pace, cancellationToken);
                }
            }
        }

        foreach (var chunk in restrictionIds.Chunk(options.MaxFactsPerTransaction))
        {
            staged += await StageAsync(null, db => db.AccountRestrictions.Where(r => chunk.Contains(r.Id)), pace, cancellationToken);
        }

        // A crash before this leaves the window to be looked at again: the facts already logged are remembered with
        // their hashes and are not logged twice.
        await using (var db = database.CreateContext())
        {
            await db.TransparencyFactsState.Where(s => s.Id == 1 && s.ScannedSize == from)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ScannedSize, to), cancellationToken);
        }

        return (from, to, staged);
    }

    /// <summary>
    /// Loads the facts of some requests or restrictions and logs those that changed, in one transaction; then pauses as
    /// <paramref name="pace"/> says.
    /// </summary>
    private async Task<int> StageAsync(
        Func<CustosDbContext, IQueryable<RequestRecord>>? requests,
        Func<CustosDbContext, IQueryable<AccountRestrictionRecord>>? restrictions,
        RoundPace pace,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var staged = await StageNowAsync(requests, restrictions, cancellationToken);
        var pause = pace.PauseAfter(Stopwatch.GetElapsedTime(started));
        if (pause > TimeSpan.Zero)
        {
            await Task.Delay(pause, TimeProvider.System, cancellationToken);
        }

        return staged;
    }

    private int Transactions(int items) => (items + options.MaxFactsPerTransaction - 1) / options.MaxFactsPerTransaction;

    private async Task<int> StageNowAsync(
        Func<CustosDbContext, IQueryable<RequestRecord>>? requests,
        Func<CustosDbContext, IQueryable<AccountRestrictionRecord>>? restrictions,
        CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var requestFacts = requests is null ? [] : await RequestFactsQuery.LoadAsync(db, requests(db), cancellationToken);
        var restrictionFacts = restrictions is null ? [] : await RequestFactsQuery.RestrictionsAsync(restrictions(db), cancellationToken);
        var staged = await FactsStaging.StageAsync(db, new EventRecorder(clock, identities), clock, requestFacts, restrictionFacts, BandRules, cancellationToken);
        if (staged > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return staged;
    }

    /// <summary>
    /// The identifiers named with <paramref name="prefix"/>, in the order of their hashes: the batches a round logs do not
    /// follow the order in which the requests changed.
    /// </summary>
    private static List<string> Ids(IEnumerable<string> names, string prefix) =>
        [.. names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.Length > prefix.Length).Select(n => n[prefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id))), StringComparer.Ordinal)];

    [LoggerMessage(1, LogLevel.Information, "Logged {Count} changed request and restriction facts (log entries {From} to {To}).")]
    private static partial void LogPublished(ILogger logger, int count, long from, long to);
}
