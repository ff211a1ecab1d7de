using System.Data.Common;
using Custos.Storage.Entities;

namespace Custos.Storage.Sanctions;

/// <summary>
/// Reads the sanctions list versions in force with their files' bytes over a plain connection: the path every
/// <c>match</c>, <c>screen</c> and <c>rescreen</c> starts with, kept free of building the EF model (seconds in a new
/// process on a busy machine) so that a one-shot command spends its time on the lists, not on start-up.
/// </summary>
public static class ListFileStore
{
    /// <summary>The versions in force with their files; without their bytes (an empty <c>Content</c>) unless
    /// <paramref name="includeContent"/>, as when a stored index will be read instead of the lists.</summary>
    public static async Task<IReadOnlyList<StoredListVersion>> ReadInForceAsync(CustosDatabase database, bool includeContent = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        await using var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        var versions = new List<SanctionsListVersionRecord>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, list_id, version, content_key, entries, generated_at, imported_at, imported_by, notes " +
                "FROM sanctions_list_versions WHERE superseded_at IS NULL ORDER BY list_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                versions.Add(new SanctionsListVersionRecord
                {
                    Id = reader.GetString(0),
                    ListId = reader.GetString(1),
                    Version = reader.GetString(2),
                    ContentKey = reader.GetString(3),
                    Entries = reader.GetInt32(4),
                    GeneratedAt = reader.IsDBNull(5) ? null : Instant(reader, 5, postgres),
                    ImportedAt = Instant(reader, 6, postgres),
                    ImportedBy = reader.GetString(7),
                    Notes = reader.GetString(8),
                });
            }
        }

        var result = new List<StoredListVersion>(versions.Count);
        foreach (var version in versions)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT position, name, role, sha256, length, records" + (includeContent ? ", content" : string.Empty) +
                " FROM sanctions_list_files WHERE version_id = @id ORDER BY position";
            var id = command.CreateParameter();
            id.ParameterName = "@id";
            id.Value = version.Id;
            command.Parameters.Add(id);
            var files = new List<SanctionsListFileRecord>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                files.Add(new SanctionsListFileRecord
                {
                    VersionId = version.Id,
                    Position = reader.GetInt32(0),
                    Name = reader.GetString(1),
                    Role = reader.GetString(2),
                    Sha256 = reader.GetString(3),
                    Length = reader.GetInt64(4),
                    Records = reader.GetInt32(5),
                    Content = includeContent ? (byte[])reader.GetValue(6) : [],
                });
            }

            result.Add(new StoredListVersion(version, files));
        }

        return result;
    }

    private static DateTimeOffset Instant(DbDataReader reader, int ordinal, bool postgres) =>
        postgres ? reader.GetFieldValue<DateTimeOffset>(ordinal) : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
