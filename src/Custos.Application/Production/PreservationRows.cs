using System.Globalization;
using Custos.Domain.Preservation;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Production;

/// <summary>A stored preservation as the Domain's period, and what the use cases around it share.</summary>
internal static class PreservationRows
{
    /// <summary>The period <paramref name="record"/> stores.</summary>
    public static PreservationPeriod Period(PreservationRecord record) => new()
    {
        Start = record.StartDay,
        Terms = new PreservationTerms(record.Days, record.ExtensionDays, record.MaxExtensions, record.TermsSource),
        Extensions = [.. record.Extensions.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))],
    };

    /// <summary>The stored form of the extension days.</summary>
    public static string Extensions(PreservationPeriod period) =>
        string.Join(' ', period.Extensions.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>The day the clock reads, in UTC (preservation periods are counted in days).</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The hashes of a preservation's snapshots, as ledger details list them.</summary>
    public static async Task<IReadOnlyList<object>> SnapshotHashesAsync(CustosDbContext db, string preservationId, CancellationToken ct) =>
        (await db.PreservationSnapshots.AsNoTracking().Where(s => s.PreservationId == preservationId)
            .Select(s => new { s.Target, s.Category, s.Sha256, s.Records }).ToListAsync(ct))
        .OrderBy(s => s.Target).ThenBy(s => s.Category)
        .Select(s => (object)new { target = s.Target, category = s.Category, sha256 = s.Sha256, records = s.Records }).ToArray();

    /// <summary>The next transition number of a request, counting transitions staged but not yet saved.</summary>
    public static async Task<int> NextSeqAsync(CustosDbContext db, string requestId, CancellationToken ct)
    {
        var saved = await db.RequestTransitions.AsNoTracking().Where(t => t.RequestId == requestId).MaxAsync(t => (int?)t.Seq, ct) ?? 0;
        var staged = db.ChangeTracker.Entries<RequestTransitionRecord>()
            .Where(e => e.State == EntityState.Added && string.Equals(e.Entity.RequestId, requestId, StringComparison.Ordinal))
            .Select(e => e.Entity.Seq).DefaultIfEmpty(0).Max();
        return Math.Max(saved, staged) + 1;
    }
}
