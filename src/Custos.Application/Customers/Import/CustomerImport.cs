using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
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
/// Imports the platform's customer data from the documented files, streaming: inside one transaction, records are read
/// and checked row by row on one thread and written in batches to staging tables on another; then duplicate keys and
/// dangling account references are found in SQL; then everything is upserted by natural key together with the import
/// record and its ledger event. Memory holds a few batches, whatever the size of the data. Any error rolls the
/// transaction back, so a failed import leaves the database exactly as it was.
/// </summary>
public sealed class CustomerImport(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>Rows per table written to the staging tables at a time (default 10,000).</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>
    /// On PostgreSQL, a customer table that is empty when written and receives at least this many rows is loaded without
    /// its secondary indexes and foreign keys, rebuilt afterwards (see <see cref="CustomerStaging.BeginAsync"/>).
    /// </summary>
    public int RebuildIndexesFrom { get; init; } = CustomerStaging.DefaultRebuildFrom;

    /// <summary>Reading stops after this many errors (default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    public async Task<Result<ImportSummary>> ImportAsync(
        string path, bool replaceAll, Actor actor, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(actor);
        var stopwatch = Stopwatch.StartNew();
        var started = clock.GetUtcNow();
        var fullPath = Path.GetFullPath(path);
        if (!Directory.Exists(fullPath) && !(File.Exists(fullPath) && fullPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase)))
        {
            return Result<ImportSummary>.Failure(CustomerDataErrors.NoSuchPath(fullPath));
        }

        var fileHashes = await HashFilesAsync(fullPath, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var staging = await CustomerStaging.BeginAsync(
                db.Database.GetDbConnection(), transaction.GetDbTransaction(), replaceAll, started, BatchSize, RebuildIndexesFrom, cancellationToken);
            var checkedRows = await StageAsync(staging, fullPath, replaceAll, progress, cancellationToken);
            if (checkedRows.Count > 0)
            {
                return Result<ImportSummary>.Failure(checkedRows);
            }

            var counts = await staging.MergeAsync(
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
            if (counts.Total >= RebuildIndexesFrom)
            {
                await CustomerStaging.VacuumAsync(db.Database.GetDbConnection(), cancellationToken);
            }

            return Result<ImportSummary>.Success(new ImportSummary(record.Id, record.Source, replaceAll, counts, stopwatch.Elapsed));
        });
    }

    /// <summary>
    /// Reads the files on a worker thread and stages each record as it comes (a bounded channel between the two keeps
    /// memory flat and lets reading and writing overlap); then checks keys and references. Returns every error found.
    /// </summary>
    private async Task<IReadOnlyList<Error>> StageAsync(
        CustomerStaging staging, string fullPath, bool replaceAll, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        // An incremental import may carry only items of customers held already; a full replacement needs customers.csv.
        var reader = new CustomerDataReader(new CustomerDataReadOptions { MaxErrors = MaxErrors, CustomersOptional = !replaceAll });
        var readProgress = progress is null ? null : new SynchronousProgress<CustomerDataReadProgress>(p =>
            progress.Report(new ImportProgress(ImportPhase.Reading, p.FileName, p.RowsRead, p.BytesRead, p.TotalBytes)));
        var channel = Channel.CreateBounded<(object Record, long Line)>(
            new BoundedChannelOptions(4 * BatchSize) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                return reader.Stream(fullPath, (record, line) =>
                {
                    if (!channel.Writer.TryWrite((record, line)))
                    {
                        channel.Writer.WriteAsync((record, line), stop.Token).AsTask().GetAwaiter().GetResult();
                    }
                }, readProgress, stop.Token);
            }
            finally
            {
                channel.Writer.Complete();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            await foreach (var (record, line) in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await staging.AddAsync(record, line, cancellationToken);
            }

            await staging.FlushAsync(cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // The reader stopped because writing failed; the writing error is the one to report.
            }

            throw;
        }

        var session = await producer;
        var errors = session.Errors.ToList();
        if (session.Full)
        {
            errors.Add(TooManyErrors());
            return errors;
        }

        var fileName = Path.GetFileName(fullPath);
        var json = !Directory.Exists(fullPath);
        var problems = await staging.CheckAsync(MaxErrors - errors.Count + session.RejectedAccounts.Count, cancellationToken);
        foreach (var problem in problems)
        {
            if (problem.Kind == StagingProblemKind.UnknownAccount && session.RejectedAccounts.Contains(problem.Values[0]))
            {
                continue; // its customer record was rejected for a bad value, already reported
            }

            if (errors.Count >= MaxErrors)
            {
                errors.Add(TooManyErrors());
                break;
            }

            errors.Add(StagingErrors.Describe(problem, json ? fileName : null));
        }

        return errors;
    }

    private Error TooManyErrors() => Error.Invalid(CustomerDataErrors.TooManyErrors,
        $"Reading stopped after {MaxErrors} errors; fix these and read the data again.");

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
