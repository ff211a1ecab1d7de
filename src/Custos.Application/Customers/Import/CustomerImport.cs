using System.Diagnostics;
using System.Security.Cryptography;
using Custos.Application.Common;
using Custos.Application.Customers.Files;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Customers;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Customers.Import;

/// <summary>
/// Imports the platform's customer data from the documented files. Everything is read and checked first; then all of
/// it is written in one transaction together with the import record and its ledger event, so a failed import leaves
/// the database exactly as it was.
/// </summary>
public sealed class CustomerImport(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    public async Task<Result<ImportSummary>> ImportAsync(
        string path, bool replaceAll, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(actor);
        var stopwatch = Stopwatch.StartNew();
        var started = clock.GetUtcNow();
        var fullPath = Path.GetFullPath(path);

        HashSet<string> existing = replaceAll
            ? []
            : (await db.Customers.AsNoTracking().Select(c => c.AccountId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var reader = new CustomerDataReader(new CustomerDataReadOptions { AccountExists = existing.Contains });
        var readProgress = progress is null ? null : new SynchronousProgress<CustomerDataReadProgress>(p =>
            progress.Report(new ImportProgress(ImportPhase.Reading, p.FileName, p.RowsRead, p.BytesRead, p.TotalBytes)));
        var read = await Task.Run(() => reader.Read(fullPath, readProgress, cancellationToken), cancellationToken);
        if (!read.IsSuccess)
        {
            return Result<ImportSummary>.Failure(read.Errors);
        }

        var data = read.Value;
        var fileHashes = await HashFilesAsync(fullPath, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var counts = await CustomerStore.WriteAsync(
                connection, transaction.GetDbTransaction(), data, replaceAll, started,
                progress is null ? null : new SynchronousProgress<(string Table, int Rows)>(p => progress.Report(new ImportProgress(ImportPhase.Writing, p.Table, p.Rows, 0, 0))),
                cancellationToken);
            var record = new CustomerImportRecord
            {
                Id = Ids.New("imp"),
                StartedAt = started,
                FinishedAt = clock.GetUtcNow(),
                Source = Path.GetFileName(fullPath.TrimEnd(Path.DirectorySeparatorChar)),
                ImportedBy = actor.Id,
                ReplacedAll = replaceAll,
                Customers = counts.Customers,
                ResidencePermits = counts.ResidencePermits,
                KycDocuments = counts.KycDocuments,
                Wallets = counts.Wallets,
                Transactions = counts.Transactions,
                Logins = counts.Logins,
                Holdings = counts.Holdings,
                FileHashes = string.Join('\n', fileHashes.Select(h => $"{h.Name}={h.Sha256}")),
            };
            db.CustomerImports.Add(record);
            events.Record(db, LedgerEventTypes.CustomersImported, actor, "customer-import:" + record.Id, new
            {
                importId = record.Id,
                replacedAll = replaceAll,
                counts,
                files = fileHashes.Select(h => new { name = h.Name, sha256 = h.Sha256 }).ToArray(),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result<ImportSummary>.Success(new ImportSummary(record.Id, record.Source, replaceAll, counts, stopwatch.Elapsed));
        });
    }

    private static async Task<IReadOnlyList<(string Name, string Sha256)>> HashFilesAsync(string path, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(path)
            ? CustomerDataFiles.CsvFiles.Select(name => Path.Combine(path, name)).Where(File.Exists).ToList()
            : [path];
        var hashes = new List<(string, string)>();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken);
            hashes.Add((Path.GetFileName(file), Convert.ToHexStringLower(hash)));
        }

        return hashes;
    }
}
