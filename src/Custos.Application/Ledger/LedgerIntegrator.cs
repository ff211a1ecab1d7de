using System.Data.Common;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;
using Custos.Storage.Entities;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Ledger;

/// <summary>
/// Turns committed events into the log. One round: (1) in one database transaction, give the events that have
/// committed since the last round the next leaf indices, in the order they are seen; (2) append their entries to the
/// tiles; (3) sign a checkpoint of the new tree and publish it. The database is the source of truth: after a crash,
/// tiles are rebuilt from the sequenced rows, and a published checkpoint never goes backwards. One process at a time
/// integrates a ledger (a lock file in the ledger folder says which).
/// </summary>
public sealed partial class LedgerIntegrator(
    CustosDatabase database, LedgerOptions options, LedgerSigner signer, TimeProvider clock, ILogger<LedgerIntegrator> logger,
    WitnessedCheckpointPublisher? witnesses = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private FileSystemTileStore? _store;
    private TileWriter? _writer;
    private FileStream? _lock;
    private LedgerHead? _head;
    private long _witnessingFailures;
    private long _checkpointsPublished;

    /// <summary>The last published head, or null before the first round.</summary>
    public LedgerHead? Head => _head;

    /// <summary>Whether this integrator holds the ledger (its lock file) and integrates it; false before its first round or when another process does.</summary>
    public bool HoldsLedger => Volatile.Read(ref _writer) is not null;

    /// <summary>
    /// How many rounds found a new tree but published nothing because too few witnesses cosigned it (for monitoring:
    /// a count that grows means publication is held back).
    /// </summary>
    public long WitnessingFailures => Interlocked.Read(ref _witnessingFailures);

    /// <summary>How many checkpoints this integrator has signed and published since the process started (for monitoring).</summary>
    public long CheckpointsPublished => Interlocked.Read(ref _checkpointsPublished);

    /// <summary>
    /// Integrates everything that has committed. Returns the published head, or null when another process holds the
    /// ledger (then that process integrates).
    /// </summary>
    public async Task<LedgerHead?> IntegrateAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!await OpenAsync(cancellationToken))
            {
                return null;
            }

            while (true)
            {
                var batch = await SequenceAsync(cancellationToken);
                await CatchUpTilesAsync(batch, cancellationToken);
                if (batch.Count < options.MaxBatch)
                {
                    break;
                }
            }

            if ((long)_writer!.TreeSize > _head!.Size)
            {
                await PublishAsync(cancellationToken);
            }

            return _head;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> OpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return true;
        }

        Directory.CreateDirectory(options.LedgerDirectory);
        try
        {
            _lock = new FileStream(Path.Combine(options.LedgerDirectory, ".integrator.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return false;
        }

        await using var db = database.CreateContext();
        var state = await db.LedgerState.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            var empty = MerkleHash.EmptyRoot.ToArray();
            state = new LedgerStateRecord
            {
                Origin = options.Origin,
                PublishedRoot = empty,
                PublishedNote = signer.Sign(new Checkpoint(options.Origin, 0, empty).Format()),
                PublishedAt = clock.GetUtcNow(),
            };
            db.LedgerState.Add(state);
            db.LedgerCheckpoints.Add(new LedgerCheckpointRecord { Size = 0, Root = empty, Note = state.PublishedNote, PublishedAt = state.PublishedAt });
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (!string.Equals(state.Origin, options.Origin, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"This database holds the ledger '{state.Origin}', but Custos is configured with origin '{options.Origin}'. A log's origin never changes.");
        }

        _store = new FileSystemTileStore(options.LedgerDirectory);
        var opened = await TileWriter.OpenAsync(_store, (ulong)state.PublishedSize, cancellationToken);
        if (!opened.IsSuccess)
        {
            throw new InvalidOperationException($"The ledger tiles in {options.LedgerDirectory} cannot be read at size {state.PublishedSize}: {opened.Error.Message}");
        }

        _writer = opened.Value;
        if (!_writer.ComputeRoot().AsSpan().SequenceEqual(state.PublishedRoot))
        {
            throw new InvalidOperationException($"The ledger tiles in {options.LedgerDirectory} do not match the published checkpoint of size {state.PublishedSize}. Restore the tiles from a backup; see docs/ledger.md.");
        }

        _head = new LedgerHead(state.Origin, state.PublishedSize, state.PublishedRoot, state.PublishedNote, state.PublishedAt, state.SequencedSize);
        await WriteCheckpointFileAsync(state.PublishedNote, cancellationToken);
        LogOpened(logger, state.Origin, state.PublishedSize, state.SequencedSize);
        return true;
    }

    /// <summary>Gives the next committed, unsequenced events their leaf indices in one transaction.</summary>
    private async Task<IReadOnlyList<byte[]>> SequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction);

        // Take the write lock first (SQLite) / lock the state row (PostgreSQL), so nothing else sequences meanwhile.
        var sequenced = Convert.ToInt64(await ScalarAsync(connection, dbTransaction, database.Provider == DatabaseProvider.Postgres
            ? "SELECT sequenced_size FROM ledger_state WHERE id = 1 FOR UPDATE"
            : "UPDATE ledger_state SET sequenced_size = sequenced_size WHERE id = 1 RETURNING sequenced_size", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);

        var rows = new List<(long Id, byte[] Entry)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = dbTransaction;
            select.CommandText = $"SELECT id, entry FROM ledger_events WHERE leaf_index IS NULL ORDER BY id LIMIT {options.MaxBatch}";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1)));
            }
        }

        if (rows.Count > 0)
        {
            await using var update = connection.CreateCommand();
            update.Transaction = dbTransaction;
            update.CommandText = "UPDATE ledger_events SET leaf_index = @index WHERE id = @id";
            var index = Parameter(update, "@index");
            var id = Parameter(update, "@id");
            for (var i = 0; i < rows.Count; i++)
            {
                index.Value = sequenced + i;
                id.Value = rows[i].Id;
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var state = connection.CreateCommand();
            state.Transaction = dbTransaction;
            state.CommandText = "UPDATE ledger_state SET sequenced_size = @size WHERE id = 1";
            Parameter(state, "@size").Value = sequenced + rows.Count;
            await state.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _head = _head! with { SequencedSize = sequenced + rows.Count };
        return (long)_writer!.TreeSize == sequenced ? rows.Select(r => r.Entry).ToList() : [];
    }

    /// <summary>Appends to the tiles every sequenced entry they do not hold yet (normally just the new batch).</summary>
    private async Task CatchUpTilesAsync(IReadOnlyList<byte[]> batch, CancellationToken cancellationToken)
    {
        if (batch.Count > 0)
        {
            await _writer!.AppendAsync(batch.Select(e => (ReadOnlyMemory<byte>)e).ToList(), cancellationToken);
        }

        while ((long)_writer!.TreeSize < _head!.SequencedSize)
        {
            var from = (long)_writer.TreeSize;
            var to = Math.Min(_head.SequencedSize, from + options.MaxBatch);
            await using var db = database.CreateContext();
            var entries = await db.LedgerEvents.AsNoTracking()
                .Where(e => e.LeafIndex >= from && e.LeafIndex < to)
                .OrderBy(e => e.LeafIndex)
                .Select(e => e.Entry)
                .ToListAsync(cancellationToken);
            if (entries.Count != to - from)
            {
                throw new InvalidOperationException($"The ledger database is missing sequenced entries between {from} and {to}.");
            }

            await _writer.AppendAsync(entries.Select(e => (ReadOnlyMemory<byte>)e).ToList(), cancellationToken);
        }
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        var size = (long)_writer!.TreeSize;
        var root = _writer.ComputeRoot();
        var note = signer.Sign(new Checkpoint(options.Origin, (ulong)size, root).Format());
        if (witnesses is not null)
        {
            // Publish only what a quorum of witnesses cosigned; otherwise keep the previous checkpoint and try again next
            // round. A witness that is down delays publication; it can never make a wrong checkpoint public.
            var witnessed = await witnesses.CosignAsync(note, ConsistencyProofAsync, cancellationToken);
            if (!witnessed.IsSuccess)
            {
                LogWitnessingFailed(logger, size, witnessed.ToString());
                Interlocked.Increment(ref _witnessingFailures);
                return;
            }

            note = witnessed.CosignedNote!;
        }

        var now = clock.GetUtcNow();
        await using (var db = database.CreateContext())
        {
            var state = await db.LedgerState.SingleAsync(cancellationToken);
            if (size < state.PublishedSize)
            {
                throw new InvalidOperationException($"Refusing to publish size {size} after {state.PublishedSize}: a published checkpoint never goes backwards.");
            }

            state.PublishedSize = size;
            state.PublishedRoot = root;
            state.PublishedNote = note;
            state.PublishedAt = now;
            db.LedgerCheckpoints.Add(new LedgerCheckpointRecord { Size = size, Root = root, Note = note, PublishedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        await WriteCheckpointFileAsync(note, cancellationToken);
        _head = new LedgerHead(options.Origin, size, root, note, now, _head!.SequencedSize);
        Interlocked.Increment(ref _checkpointsPublished);
    }

    private async Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(ulong from, ulong to, CancellationToken cancellationToken) =>
        from == 0 ? [] : await ProofBuilder.CreateConsistencyProofAsync(new TileHashSource(_store!, to), from, to, cancellationToken);

    /// <summary>Writes <c>checkpoint</c> beside the tiles atomically, so that a copy of the folder can be verified offline.</summary>
    private async Task WriteCheckpointFileAsync(string note, CancellationToken cancellationToken)
    {
        var path = Path.Combine(options.LedgerDirectory, "checkpoint");
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(note), cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public async ValueTask DisposeAsync()
    {
        if (_lock is not null)
        {
            await _lock.DisposeAsync();
        }

        _gate.Dispose();
    }

    [LoggerMessage(2, LogLevel.Warning, "Checkpoint of size {Size} not published yet: the witnesses' quorum was not met ({Outcome})")]
    private static partial void LogWitnessingFailed(ILogger logger, long size, string outcome);

    [LoggerMessage(1, LogLevel.Information, "Ledger {Origin} opened: published size {Published}, sequenced size {Sequenced}")]
    private static partial void LogOpened(ILogger logger, string origin, long published, long sequenced);
}
