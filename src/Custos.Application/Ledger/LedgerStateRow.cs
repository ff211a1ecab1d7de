using System.Data.Common;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Ledger;

/// <summary>
/// The ledger's single state row (<c>ledger_state</c>) as the integrator uses it: a new leader takes the next term on it,
/// and every sequencing or publishing transaction locks it and reads the term in force.
/// </summary>
internal static class LedgerStateRow
{
    /// <summary>Creates the ledger's state on the first start, and takes the next leader term.</summary>
    public static async Task<LedgerStateRecord> TakeTermAsync(
        CustosDatabase database, LedgerOptions options, LedgerSigner signer, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            return await TakeTermOnceAsync(database, options, signer, clock, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two nodes started on an empty database and both created the state row: PostgreSQL does not block an
            // UPDATE of a row that does not exist yet, so both inserted and the one that committed second was refused.
            // The row exists now; taking the next term updates it.
            return await TakeTermOnceAsync(database, options, signer, clock, cancellationToken);
        }
    }

    private static async Task<LedgerStateRecord> TakeTermOnceAsync(
        CustosDatabase database, LedgerOptions options, LedgerSigner signer, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        LedgerStateRecord state;
        if (await db.Database.ExecuteSqlRawAsync("UPDATE ledger_state SET leader_term = leader_term + 1 WHERE id = 1", cancellationToken) == 0)
        {
            var empty = MerkleHash.EmptyRoot.ToArray();
            state = new LedgerStateRecord
            {
                Origin = options.Origin,
                PublishedRoot = empty,
                PublishedNote = signer.Sign(new Checkpoint(options.Origin, 0, empty).Format()),
                PublishedAt = clock.GetUtcNow(),
                LeaderTerm = 1,
            };
            db.LedgerState.Add(state);
            db.LedgerCheckpoints.Add(new LedgerCheckpointRecord { Size = 0, Root = empty, Note = state.PublishedNote, PublishedAt = state.PublishedAt });
            await db.SaveChangesAsync(cancellationToken);
        }
        else
        {
            state = await db.LedgerState.AsNoTracking().SingleAsync(cancellationToken);
            if (!string.Equals(state.Origin, options.Origin, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"This database holds the ledger '{state.Origin}', but Custos is configured with origin '{options.Origin}'. A log's origin never changes.");
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return state;
    }

    /// <summary>
    /// Locks the state row for the rest of <paramref name="transaction"/> (the write lock on SQLite, the row lock on
    /// PostgreSQL) and returns the sequenced size and the leader term in force.
    /// </summary>
    public static async Task<(long Sequenced, long Term)> LockAsync(
        DbConnection connection, DbTransaction transaction, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = provider == DatabaseProvider.Postgres
            ? "SELECT sequenced_size, leader_term FROM ledger_state WHERE id = 1 FOR UPDATE"
            : "UPDATE ledger_state SET sequenced_size = sequenced_size WHERE id = 1 RETURNING sequenced_size, leader_term";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The ledger's state row is missing.");
        }

        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
