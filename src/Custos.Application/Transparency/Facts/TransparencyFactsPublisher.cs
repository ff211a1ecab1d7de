using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Transparency;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// Keeps the public facts in the log up to date (docs/transparency.md, "Checking a report"): after an integration round,
/// at most once per <see cref="TransparencyFactsOptions.Interval"/>, it reads the log entries published since its last
/// round, finds the requests (subject or reference <c>request:…</c>, or of an agency that changed) and restrictions they
/// concern, and logs <c>request.facts</c> / <c>restriction.facts</c> for those whose facts changed.
/// </summary>
public sealed partial class TransparencyFactsPublisher(
    CustosDatabase database, LedgerIdentityKey identities, TransparencyFactsOptions options, TimeProvider clock, ILogger<TransparencyFactsPublisher> logger)
{
    private DateTimeOffset? _lastRound;

    /// <summary>The band rules applied (the defaults: <see cref="BandRule.Defaults"/>).</summary>
    public IReadOnlyList<BandRule> BandRules { get; init; } = BandRule.Defaults;

    /// <summary>Runs a round over the first <paramref name="publishedSize"/> log entries when one is due; returns the facts logged.</summary>
    public async Task<int> PublishIfDueAsync(long publishedSize, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // A clock behind the last round was stepped back: how long ago that round was is unknown, so one is due now
        // rather than after the step has been made up.
        if (_lastRound is { } last && now >= last && now - last < options.Interval)
        {
            return 0;
        }

        _lastRound = now;
        return await PublishAsync(publishedSize, cancellationToken);
    }

    /// <summary>Runs a round now over the log entries below <paramref name="publishedSize"/> not yet looked at; returns the facts logged.</summary>
    public async Task<int> PublishAsync(long publishedSize, CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        var state = await db.TransparencyFactsState.SingleAsync(s => s.Id == 1, cancellationToken);
        var from = state.ScannedSize;
        if (publishedSize <= from)
        {
            return 0;
        }

        var to = Math.Min(publishedSize, from + options.MaxEntries);
        var touched = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.LeafIndex >= from && e.LeafIndex < to)
            .Select(e => new { e.Subject, e.References })
            .ToListAsync(cancellationToken);
        var names = touched.SelectMany(e => e.References.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(e.Subject)).ToHashSet(StringComparer.Ordinal);
        var requestIds = Ids(names, "request:");
        var restrictionIds = Ids(names, "restriction:");
        var agencyIds = Ids(names, "agency:");

        var requests = new List<(string Id, RequestFacts Facts)>();
        foreach (var chunk in requestIds.Chunk(500))
        {
            requests.AddRange(await RequestFactsQuery.LoadAsync(db, db.Requests.Where(r => chunk.Contains(r.Id)), cancellationToken));
        }

        foreach (var chunk in agencyIds.Chunk(500))
        {
            var done = requests.Select(r => r.Id).ToList();
            requests.AddRange(await RequestFactsQuery.LoadAsync(
                db, db.Requests.Where(r => r.AgencyId != null && chunk.Contains(r.AgencyId) && !done.Contains(r.Id)), cancellationToken));
        }

        var restrictions = new List<(string Id, RestrictionFact Fact)>();
        foreach (var chunk in restrictionIds.Chunk(500))
        {
            restrictions.AddRange(await RequestFactsQuery.RestrictionsAsync(db.AccountRestrictions.Where(r => chunk.Contains(r.Id)), cancellationToken));
        }

        var staged = await FactsStaging.StageAsync(db, new EventRecorder(clock, identities), clock, requests, restrictions, BandRules, cancellationToken);
        state.ScannedSize = to;
        await db.SaveChangesAsync(cancellationToken);
        if (staged > 0)
        {
            LogPublished(logger, staged, from, to);
        }

        return staged;
    }

    private static List<string> Ids(IEnumerable<string> names, string prefix) =>
        [.. names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.Length > prefix.Length).Select(n => n[prefix.Length..]).Distinct(StringComparer.Ordinal)];

    [LoggerMessage(1, LogLevel.Information, "Logged {Count} changed request and restriction facts (log entries {From} to {To}).")]
    private static partial void LogPublished(ILogger logger, int count, long from, long to);
}
