using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Custos.Application.Common;
using Custos.Application.Customers.Files;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Bulk;
using Custos.Storage.Customers;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Customers.Import;

/// <summary>
/// Imports the platform's customer data from the documented files, streaming: inside one transaction, records are read
/// and checked row by row and written in batches to staging tables; then duplicate keys and dangling account references
/// are found in SQL; then everything is upserted by natural key together with the import record and its ledger event.
/// Memory holds a few batches, whatever the size of the data. Any error rolls the transaction back, so a failed import
/// leaves the database exactly as it was.
/// <para>
/// On PostgreSQL the files are read and checked in parallel (a thread per file) and sent as COPY text; a large first
/// load or full replacement goes straight into the real tables (<see cref="CustomerStaging.DirectLoad"/>) and, should
/// it find a duplicate key or dangling reference (which it cannot place), is rolled back and run again through staging
/// tables to name every line. SQLite reads on one thread and writes on another.
/// </para>
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

    /// <summary>
    /// On PostgreSQL, a first load or full replacement whose files hold at least this many bytes is a direct load into
    /// the real tables (see <see cref="CustomerStaging.DirectLoad"/>); default 32 MiB, about 250,000 rows.
    /// </summary>
    public long DirectLoadFromBytes { get; init; } = 32L << 20;

    /// <summary>On PostgreSQL, how many files are read and checked at once (default: one per processor, at least two).</summary>
    public int ReadThreads { get; init; } = Math.Max(2, Environment.ProcessorCount);

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

        var phases = new List<(string Phase, TimeSpan Elapsed)>();
        // The files are hashed for the ledger event on the side, while the import reads them (the hash is needed only
        // at the end; reading the gigabytes of a large export twice in a row would add a phase of its own).
        using var stopHashing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var fileHashes = HashFilesAsync(fullPath, stopHashing.Token);
        Result<ImportSummary>? outcome;
        try
        {
            var inputBytes = InputBytes(fullPath);
            var strategy = db.Database.CreateExecutionStrategy();
            var direct = inputBytes >= DirectLoadFromBytes;
            outcome = await strategy.ExecuteAsync(() => AttemptAsync(fullPath, replaceAll, actor, started, stopwatch, fileHashes, direct, phases, progress, cancellationToken));
            if (outcome is null)
            {
                // The direct load found a problem it cannot place: read again through staging tables, which name each line.
                outcome = await strategy.ExecuteAsync(() => AttemptAsync(fullPath, replaceAll, actor, started, stopwatch, fileHashes, false, phases, progress, cancellationToken));
            }
        }
        finally
        {
            // A refused or failed import does not wait for the hashes it no longer needs.
            await stopHashing.CancelAsync();
            try
            {
                await fileHashes;
            }
            catch (OperationCanceledException)
            {
                // stopped above
            }
        }

        return outcome ?? throw new InvalidOperationException("An import through staging tables always ends.");
    }

    /// <summary>One import in one transaction; null when a direct load found a problem (everything is rolled back).</summary>
    private async Task<Result<ImportSummary>?> AttemptAsync(
        string fullPath, bool replaceAll, Actor actor, DateTimeOffset started, Stopwatch stopwatch, Task<IReadOnlyList<(string Name, string Sha256)>> hashing,
        bool tryDirectLoad, List<(string Phase, TimeSpan Elapsed)> phases, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var mark = stopwatch.Elapsed;
        void Phase(string name)
        {
            phases.Add((name, stopwatch.Elapsed - mark));
            mark = stopwatch.Elapsed;
        }

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var staging = await CustomerStaging.BeginAsync(
            db.Database.GetDbConnection(), transaction.GetDbTransaction(), replaceAll, started, BatchSize, RebuildIndexesFrom, tryDirectLoad, cancellationToken);
        Phase(staging.DirectLoad ? "begin (direct load: truncate, drop keys and indexes)" : "begin (staging tables)");
        var checkedRows = staging.CopiesText
            ? await StageInParallelAsync(staging, fullPath, replaceAll, progress, cancellationToken)
            : await StageAsync(staging, fullPath, replaceAll, progress, cancellationToken);
        Phase(staging.DirectLoad ? "read, check and copy" : "read, check, stage and check keys");
        var writing = progress is null ? null : new SynchronousProgress<(string Table, int Rows)>(p => progress.Report(new ImportProgress(ImportPhase.Writing, p.Table, p.Rows, 0, 0)));
        if (staging.DirectLoad)
        {
            var finished = checkedRows.Count == 0 && await staging.FinishDirectLoadAsync(writing, cancellationToken);
            phases.AddRange(staging.Timings.Select(t => ("  " + t.Step, t.Elapsed)));
            Phase("keys, references and indexes");
            if (!finished)
            {
                await transaction.RollbackAsync(cancellationToken);
                Phase("roll back (a problem to place: again through staging)");
                return null;
            }
        }

        if (checkedRows.Count > 0)
        {
            return Result<ImportSummary>.Failure(checkedRows);
        }

        var counts = await staging.MergeAsync(writing, cancellationToken);
        if (!staging.DirectLoad)
        {
            Phase("upsert from staging");
        }

        var fileHashes = await hashing;

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
        Phase("import record, ledger event, commit");
        if (counts.Total >= RebuildIndexesFrom || staging.DirectLoad)
        {
            await CustomerStaging.VacuumAsync(db.Database.GetDbConnection(), cancellationToken);
            Phase("vacuum and analyze");
        }

        return Result<ImportSummary>.Success(new ImportSummary(record.Id, record.Source, replaceAll, counts, stopwatch.Elapsed)
        {
            DirectLoad = staging.DirectLoad,
            Phases = phases,
        });
    }

    /// <summary>
    /// PostgreSQL: reads the parts of the data set (a file each) on up to <see cref="ReadThreads"/> threads at once; each
    /// thread checks its rows and formats them into COPY text chunks, which this thread sends one after another on the
    /// transaction's connection (a bounded channel keeps memory flat). Then, unless the load is direct, checks keys and
    /// references in the staging tables. Returns every error found, in the order a sequential read would give them.
    /// </summary>
    private async Task<IReadOnlyList<Error>> StageInParallelAsync(
        CustomerStaging staging, string fullPath, bool replaceAll, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var reader = new CustomerDataReader(new CustomerDataReadOptions { MaxErrors = MaxErrors, CustomersOptional = !replaceAll });
        var gate = new Lock();
        var readProgress = progress is null ? null : new SynchronousProgress<CustomerDataReadProgress>(p =>
        {
            lock (gate)
            {
                progress.Report(new ImportProgress(ImportPhase.Reading, p.FileName, p.RowsRead, p.BytesRead, p.TotalBytes));
            }
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var (parts, refusal) = reader.StreamParts(fullPath, readProgress, stop.Token);
        var sessions = new ReadSession?[parts.Count];
        var channel = Channel.CreateBounded<CopyChunk>(
            new BoundedChannelOptions(2 * ReadThreads) { SingleReader = true, SingleWriter = false, FullMode = BoundedChannelFullMode.Wait });
        // Largest part first, so that the longest read starts at once; the errors are put back in part order below.
        var order = Enumerable.Range(0, parts.Count).OrderByDescending(i => parts[i].Bytes).ToArray();
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(ReadThreads, parts.Count)).Select(_ => Task.Factory.StartNew(() =>
        {
            int taken;
            while ((taken = Interlocked.Increment(ref next)) < order.Length)
            {
                var index = order[taken];
                var batcher = staging.CreateBatcher(chunk =>
                {
                    if (!channel.Writer.TryWrite(chunk))
                    {
                        channel.Writer.WriteAsync(chunk, stop.Token).AsTask().GetAwaiter().GetResult();
                    }
                });
                sessions[index] = parts[index].Read(batcher.Add);
                batcher.Flush();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var reading = Task.WhenAll(workers);
        _ = reading.ContinueWith(t => channel.Writer.TryComplete(t.Exception), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        try
        {
            await foreach (var chunk in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await staging.CopyAsync(chunk, cancellationToken);
            }
        }
        catch
        {
            await stop.CancelAsync();
            try
            {
                await reading;
            }
            catch (OperationCanceledException)
            {
                // The readers stopped because writing failed; the writing error is the one to report.
            }

            throw;
        }
        finally
        {
            while (channel.Reader.TryRead(out var left))
            {
                left.Release();
            }
        }

        await reading;
        var errors = refusal.Errors.Concat(sessions.SelectMany(s => s!.Errors)).Take(MaxErrors).ToList();
        var rejected = sessions.SelectMany(s => s!.RejectedAccounts).ToHashSet(StringComparer.Ordinal);
        return await CheckStagedAsync(staging, errors, errors.Count >= MaxErrors, rejected, fullPath, cancellationToken);
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
        return await CheckStagedAsync(staging, session.Errors.ToList(), session.Full, session.RejectedAccounts, fullPath, cancellationToken);
    }

    /// <summary>
    /// After reading: the reader's <paramref name="errors"/>, then (unless reading stopped at the error limit or the load
    /// is direct) the duplicate keys and dangling references found in the staging tables, described as the reader would.
    /// </summary>
    private async Task<IReadOnlyList<Error>> CheckStagedAsync(
        CustomerStaging staging, List<Error> errors, bool full, IReadOnlySet<string> rejectedAccounts, string fullPath, CancellationToken cancellationToken)
    {
        if (full)
        {
            errors.Add(TooManyErrors());
            return errors;
        }

        if (staging.DirectLoad)
        {
            return errors; // keys and references are checked by putting the keys back (FinishDirectLoadAsync)
        }

        var fileName = Path.GetFileName(fullPath);
        var json = !Directory.Exists(fullPath);
        var problems = await staging.CheckAsync(MaxErrors - errors.Count + rejectedAccounts.Count, cancellationToken);
        foreach (var problem in problems)
        {
            if (problem.Kind == StagingProblemKind.UnknownAccount && rejectedAccounts.Contains(problem.Values[0]))
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

    /// <summary>The files an import reads: the CSV files present in a directory, or the one JSON file.</summary>
    private static List<string> InputFiles(string path) => Directory.Exists(path)
        ? [.. CustomerDataFiles.CsvFiles.Select(name => Path.Combine(path, name)).Where(File.Exists)]
        : [path];

    private static long InputBytes(string path) => InputFiles(path).Sum(f => new FileInfo(f).Length);

    private static async Task<IReadOnlyList<(string Name, string Sha256)>> HashFilesAsync(string path, CancellationToken cancellationToken)
    {
        await Task.Yield(); // the caller goes on reading while the files are hashed

        var hashes = new List<(string, string)>();
        foreach (var file in InputFiles(path))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var hash = await SHA256.HashDataAsync(stream, cancellationToken);
            hashes.Add((Path.GetFileName(file), Convert.ToHexStringLower(hash)));
        }

        return hashes;
    }
}
