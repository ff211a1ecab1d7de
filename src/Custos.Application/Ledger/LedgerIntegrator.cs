using System.Data.Common;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Ledger;

/// <summary>
/// Turns committed events into the log. One round: (1) in one database transaction, give the events that have
/// committed since the last round the next leaf indices, in the order they are seen; (2) append their entries to the
/// tiles; (3) sign a checkpoint of the new tree and publish it. The database is the source of truth: after a crash,
/// tiles are rebuilt from the sequenced rows, and a published checkpoint never goes backwards. On PostgreSQL without
/// witnesses the three steps are one transaction (one commit per round).
/// <para>
/// One process at a time integrates a ledger: the leader (<see cref="ILedgerLeadership"/>; by default whoever holds the
/// ledger folder's lock file). As a leader cut off may not know yet that another was elected, a leader takes a new term
/// when it opens the ledger (<c>ledger_state.leader_term</c> + 1), and every transaction that sequences or publishes
/// checks under the state row's lock that the term is still its own, or gives the ledger up. Leaf indices are thus given
/// by one leader at a time, and every checkpoint any leader signs is of a prefix of the one sequence: never a fork.
/// </para>
/// </summary>
public sealed partial class LedgerIntegrator(
    CustosDatabase database, LedgerOptions options, LedgerSigner signer, TimeProvider clock, ILogger<LedgerIntegrator> logger,
    WitnessedCheckpointPublisher? witnesses = null, ILedgerLeadership? leadership = null) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly LedgerFolderLeadership? _ownLeadership = leadership is null ? new LedgerFolderLeadership(options) : null;
    private ITileStore? _store;
    private TileWriter? _writer;
    private long _term;
    private LedgerHead? _head;
    private long _witnessingFailures;
    private long _checkpointsPublished;

    /// <summary>The last published head, or null before the first round.</summary>
    public LedgerHead? Head => _head;

    /// <summary>Whether this integrator holds the ledger and integrates it; false before its first round or when another process does.</summary>
    public bool HoldsLedger => Volatile.Read(ref _writer) is not null;

    /// <summary>Who leads: the leadership given, or this integrator's own lock on the ledger folder.</summary>
    public ILedgerLeadership Leadership => leadership ?? _ownLeadership!;

    /// <summary>
    /// How many rounds found a new tree but published nothing because too few witnesses cosigned it (for monitoring:
    /// a count that grows means publication is held back).
    /// </summary>
    public long WitnessingFailures => Interlocked.Read(ref _witnessingFailures);

    /// <summary>How many checkpoints this integrator has signed and published since the process started (for monitoring).</summary>
    public long CheckpointsPublished => Interlocked.Read(ref _checkpointsPublished);

    /// <summary>
    /// Integrates everything that has committed. Returns the published head, or null when this process does not lead
    /// (then the leader integrates).
    /// </summary>
    public async Task<LedgerHead?> IntegrateAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!await Leadership.TryLeadAsync(cancellationToken))
            {
                Close();
                return null;
            }

            await OpenAsync(cancellationToken);
            if (witnesses is null && _store is DatabaseTileStore && (long)_writer!.TreeSize == _head!.Size && _head.Size == _head.SequencedSize)
            {
                // PostgreSQL without witnesses: sequence, tile and publish in one transaction.
                while (await IntegrateInOneTransactionAsync(cancellationToken) == options.MaxBatch)
                {
                }

                return _head;
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
        catch (LedgerTermLostException lost)
        {
            LogTermLost(logger, _term, lost.Term);
            Close();
            return null;
        }
        catch
        {
            // Whatever failed (a commit whose outcome is unknown, say), the next round starts again from the database.
            Close();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Readies a process that does not lead to take the ledger over at once: builds the database model of the
    /// integrator's own contexts (seconds on a busy machine) and reads the published state and its tiles once. Writes
    /// nothing.
    /// </summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        await using var db = database.CreateContext();
        if (await db.LedgerState.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } state)
        {
            await TileWriter.OpenAsync(LedgerTiles.StoreFor(database, options), (ulong)state.PublishedSize, cancellationToken);
        }
    }

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return;
        }

        var state = await LedgerStateRow.TakeTermAsync(database, options, signer, clock, cancellationToken);
        var store = LedgerTiles.StoreFor(database, options);
        if (store is FileSystemTileStore folder)
        {
            store = new BufferedTileStore(folder); // the tiles of an append are written together, their syncs overlapping
        }

        var where = store is BufferedTileStore ? $"in {options.LedgerDirectory}" : "in the database";
        var opened = await TileWriter.OpenAsync(store, (ulong)state.PublishedSize, cancellationToken);
        if (!opened.IsSuccess)
        {
            throw new InvalidOperationException($"The ledger tiles {where} cannot be read at size {state.PublishedSize}: {opened.Error.Message}");
        }

        if (!opened.Value.ComputeRoot().AsSpan().SequenceEqual(state.PublishedRoot))
        {
            throw new InvalidOperationException($"The ledger tiles {where} do not match the published checkpoint of size {state.PublishedSize}. Restore the tiles from a backup; see docs/ledger.md.");
        }

        _store = store;
        _writer = opened.Value;
        _term = state.LeaderTerm;
        _head = new LedgerHead(state.Origin, state.PublishedSize, state.PublishedRoot, state.PublishedNote, state.PublishedAt, state.SequencedSize);
        await WriteCheckpointFileAsync(state.PublishedNote, cancellationToken);
        LogOpened(logger, state.Origin, state.PublishedSize, state.SequencedSize, state.LeaderTerm);
    }

    /// <summary>Forgets the open ledger (unpublished tiles, head): the next round as leader opens it afresh.</summary>
    private void Close()
    {
        Volatile.Write(ref _writer, null);
        _store = null;
        _head = null;
        _term = 0;
    }

    /// <summary>
    /// Gives the next committed, unsequenced events their leaf indices in one transaction: one set-based statement
    /// numbers them in id order and returns their entries (<see cref="LedgerEventRows.SequenceAsync"/>).
    /// </summary>
    private async Task<IReadOnlyList<byte[]>> SequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction);

        // Take the write lock first (SQLite) / lock the state row (PostgreSQL), so nothing else sequences meanwhile.
        var sequenced = await LockStateAsync(connection, dbTransaction, cancellationToken);
        var entries = await LedgerEventRows.SequenceAsync(connection, dbTransaction, sequenced, options.MaxBatch, cancellationToken);
        if (entries.Count > 0)
        {
            await using var state = connection.CreateCommand();
            state.Transaction = dbTransaction;
            state.CommandText = "UPDATE ledger_state SET sequenced_size = @size WHERE id = 1";
            Parameter(state, "@size").Value = sequenced + entries.Count;
            await state.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _head = _head! with { SequencedSize = sequenced + entries.Count };
        return (long)_writer!.TreeSize == sequenced ? entries : [];
    }

    /// <summary>
    /// One round on PostgreSQL when no witness has to cosign: under the state row's lock (term checked), gives the next
    /// events their leaf indices, appends them to the tiles, signs the new checkpoint, and stores the tiles and the
    /// checkpoint — all in one transaction, so a round costs one commit. Anything that fails leaves the database as it
    /// was, and the caller forgets the open ledger. Returns how many events were integrated.
    /// </summary>
    private async Task<int> IntegrateInOneTransactionAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction);
        var sequenced = await LockStateAsync(connection, dbTransaction, cancellationToken);
        if (sequenced != _head!.Size || (long)_writer!.TreeSize != sequenced)
        {
            throw new InvalidOperationException($"The ledger was sequenced to {sequenced} while this leader had published {_head.Size}.");
        }

        var entries = await LedgerEventRows.SequenceAsync(connection, dbTransaction, sequenced, options.MaxBatch, cancellationToken);
        if (entries.Count == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        await _writer.AppendAsync(entries.Select(e => (ReadOnlyMemory<byte>)e).ToList(), cancellationToken);
        var size = (long)_writer.TreeSize;
        var root = _writer.ComputeRoot();
        var note = signer.Sign(new Checkpoint(options.Origin, (ulong)size, root).Format());
        var now = clock.GetUtcNow();
        var tiles = (DatabaseTileStore)_store!;
        await tiles.WritePendingAsync(connection, dbTransaction, cancellationToken);
        await using (var publish = connection.CreateCommand())
        {
            publish.Transaction = dbTransaction;
            publish.CommandText =
                "UPDATE ledger_state SET sequenced_size = @size, published_size = @size, published_root = @root, published_note = @note, published_at = @at WHERE id = 1; " +
                "INSERT INTO ledger_checkpoints (size, root, note, published_at) VALUES (@size, @root, @note, @at)";
            Parameter(publish, "@size").Value = size;
            Parameter(publish, "@root").Value = root;
            Parameter(publish, "@note").Value = note;
            Parameter(publish, "@at").Value = now;
            await publish.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        tiles.ClearPending();
        _head = new LedgerHead(options.Origin, size, root, note, now, size);
        Interlocked.Increment(ref _checkpointsPublished);
        return entries.Count;
    }

    /// <summary>Appends to the tiles every sequenced entry they do not hold yet (normally just the new batch).</summary>
    private async Task CatchUpTilesAsync(IReadOnlyList<byte[]> batch, CancellationToken cancellationToken)
    {
        if (batch.Count > 0)
        {
            await _writer!.AppendAsync(batch.Select(e => (ReadOnlyMemory<byte>)e).ToList(), cancellationToken);
            await FlushTilesAsync(cancellationToken);
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
            await FlushTilesAsync(cancellationToken);
        }
    }

    /// <summary>Writes the tiles of the last append to the ledger folder (on PostgreSQL they are stored when the checkpoint is published).</summary>
    private Task FlushTilesAsync(CancellationToken cancellationToken) =>
        _store is BufferedTileStore folder ? folder.FlushAsync(cancellationToken) : Task.CompletedTask;

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        // Sign (and show the witnesses) only while still the leader of this term, as far as can be told now; the
        // publication itself checks the term again under the state row's lock.
        if (!await Leadership.TryLeadAsync(cancellationToken))
        {
            throw new LedgerTermLostException(0);
        }

        await using (var db = database.CreateContext())
        {
            var current = await db.LedgerState.AsNoTracking().Select(s => s.LeaderTerm).SingleAsync(cancellationToken);
            if (current != _term)
            {
                throw new LedgerTermLostException(current);
            }
        }

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
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction);
            await LockStateAsync(connection, dbTransaction, cancellationToken);
            var state = await db.LedgerState.SingleAsync(cancellationToken);
            if (size < state.PublishedSize)
            {
                throw new InvalidOperationException($"Refusing to publish size {size} after {state.PublishedSize}: a published checkpoint never goes backwards.");
            }

            if (_store is DatabaseTileStore tiles)
            {
                await tiles.WritePendingAsync(connection, dbTransaction, cancellationToken);
            }

            // A clock stepped back does not date a checkpoint before the one it follows.
            now = now < state.PublishedAt ? state.PublishedAt : now;
            state.PublishedSize = size;
            state.PublishedRoot = root;
            state.PublishedNote = note;
            state.PublishedAt = now;
            db.LedgerCheckpoints.Add(new LedgerCheckpointRecord { Size = size, Root = root, Note = note, PublishedAt = now });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            (_store as DatabaseTileStore)?.ClearPending();
        }

        // Published: the database holds it (and serves it). The folder's copy follows.
        _head = new LedgerHead(options.Origin, size, root, note, now, _head!.SequencedSize);
        Interlocked.Increment(ref _checkpointsPublished);
        await WriteCheckpointFileAsync(note, cancellationToken);
    }

    private async Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(ulong from, ulong to, CancellationToken cancellationToken) =>
        from == 0 ? [] : await ProofBuilder.CreateConsistencyProofAsync(new TileHashSource(_store!, to), from, to, cancellationToken);

    /// <summary>Writes <c>checkpoint</c> beside the tiles (SQLite), so that a copy of the folder can be verified offline.</summary>
    private Task WriteCheckpointFileAsync(string note, CancellationToken cancellationToken) =>
        _store is BufferedTileStore ? LedgerCheckpointFile.WriteAsync(options.LedgerDirectory, note, cancellationToken) : Task.CompletedTask;

    /// <summary>Locks the state row for the rest of <paramref name="transaction"/>, checks the term is still this integrator's; returns the sequenced size.</summary>
    private async Task<long> LockStateAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var (sequenced, term) = await LedgerStateRow.LockAsync(connection, transaction, database.Provider, cancellationToken);
        return term == _term ? sequenced : throw new LedgerTermLostException(term);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }

    public ValueTask DisposeAsync()
    {
        _ownLeadership?.Dispose();
        _gate.Dispose();
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(3, LogLevel.Warning, "Ledger given up: this node's leader term {Term} has ended (now {Current}); nothing more is sequenced or signed here")]
    private static partial void LogTermLost(ILogger logger, long term, long current);

    [LoggerMessage(2, LogLevel.Warning, "Checkpoint of size {Size} not published yet: the witnesses' quorum was not met ({Outcome})")]
    private static partial void LogWitnessingFailed(ILogger logger, long size, string outcome);

    [LoggerMessage(1, LogLevel.Information, "Ledger {Origin} opened: published size {Published}, sequenced size {Sequenced}, leader term {Term}")]
    private static partial void LogOpened(ILogger logger, string origin, long published, long sequenced, long term);
}
