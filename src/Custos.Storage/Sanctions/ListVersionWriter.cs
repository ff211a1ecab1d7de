using System.Data.Common;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage.Sanctions;

/// <summary>
/// Writes a new list version with its files in plain SQL, inside the caller's transaction (with the version it
/// supersedes and the ledger event, which the caller stages in the same transaction): the import's writes without the EF
/// model, which a one-shot <c>custos sanctions import</c> would otherwise spend most of its start-up building.
/// </summary>
public static class ListVersionWriter
{
    /// <summary>
    /// Marks <paramref name="supersededId"/> (when given) superseded at <paramref name="now"/>, first and in its own
    /// statement (one version of a list is in force: a unique index says so), then inserts the version and its files.
    /// </summary>
    /// <exception cref="DbUpdateConcurrencyException">The version to supersede is no longer in force (another import won).</exception>
    public static async Task WriteAsync(
        CustosDatabase database, DbConnection connection, DbTransaction transaction, SanctionsListVersionRecord version,
        IReadOnlyList<SanctionsListFileRecord> files, string? supersededId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(files);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        object Instant(DateTimeOffset? value) =>
            value is not { } v ? DBNull.Value : postgres ? v.ToUniversalTime() : v.ToUnixTimeMilliseconds();

        if (supersededId is not null)
        {
            var updated = await ExecuteAsync(connection, transaction,
                "UPDATE sanctions_list_versions SET superseded_at = @now WHERE id = @id AND superseded_at IS NULL",
                cancellationToken, ("@now", Instant(now)), ("@id", supersededId));
            if (updated != 1)
            {
                throw new DbUpdateConcurrencyException($"The list version {supersededId} is no longer in force.");
            }
        }

        await ExecuteAsync(connection, transaction,
            "INSERT INTO sanctions_list_versions (id, list_id, version, content_key, entries, generated_at, imported_at, imported_by, superseded_at, notes) " +
            "VALUES (@id, @list, @version, @key, @entries, @generated, @imported, @by, NULL, @notes)",
            cancellationToken, ("@id", version.Id), ("@list", version.ListId), ("@version", version.Version), ("@key", version.ContentKey),
            ("@entries", version.Entries), ("@generated", Instant(version.GeneratedAt)), ("@imported", Instant(version.ImportedAt)),
            ("@by", version.ImportedBy), ("@notes", version.Notes));
        foreach (var file in files)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO sanctions_list_files (version_id, position, name, role, sha256, length, records, content) " +
                "VALUES (@version, @position, @name, @role, @sha, @length, @records, @content)",
                cancellationToken, ("@version", file.VersionId), ("@position", file.Position), ("@name", file.Name), ("@role", file.Role),
                ("@sha", file.Sha256), ("@length", file.Length), ("@records", file.Records), ("@content", file.Content));
        }
    }

    private static async Task<int> ExecuteAsync(
        DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
