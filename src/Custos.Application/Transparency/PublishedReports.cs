using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Transparency;

/// <summary>The reports published so far (<c>custos report --statement</c>), for anyone to fetch and check against the log.</summary>
public sealed class PublishedReports(CustosDbContext db)
{
    /// <summary>Every published report, oldest period first, each period's publications oldest first.</summary>
    public async Task<IReadOnlyList<PublishedReportFile>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.PublishedReports.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(r => r.PeriodFrom).ThenBy(r => r.PeriodTo).ThenBy(r => r.GeneratedAt)
            .Select(r => new PublishedReportFile(r.PeriodFrom, r.PeriodTo, r.GeneratedAt, r.Sha256, r.Json, r.Statement))
            .ToList();

    /// <summary>The report whose JSON has this SHA-256 (lower-case hex), or null.</summary>
    public async Task<PublishedReportFile?> FindAsync(string sha256, CancellationToken cancellationToken = default) =>
        await db.PublishedReports.AsNoTracking().Where(r => r.Sha256 == sha256)
            .Select(r => new PublishedReportFile(r.PeriodFrom, r.PeriodTo, r.GeneratedAt, r.Sha256, r.Json, r.Statement))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>The latest report published for the period, or null.</summary>
    public async Task<PublishedReportFile?> LatestAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        (await db.PublishedReports.AsNoTracking().Where(r => r.PeriodFrom == from && r.PeriodTo == to).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.GeneratedAt)
            .Select(r => new PublishedReportFile(r.PeriodFrom, r.PeriodTo, r.GeneratedAt, r.Sha256, r.Json, r.Statement))
            .FirstOrDefault();
}
