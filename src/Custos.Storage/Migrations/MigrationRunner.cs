using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Custos.Storage.Migrations;

/// <summary>
/// Applies the versioned schema scripts (<c>Migrations/&lt;Provider&gt;/NNNN_name.sql</c>, embedded in this assembly) that
/// the database has not seen yet, each in its own transaction, and records them in <c>schema_migrations</c>.
/// Scripts are append-only: a released script is never edited, a change is a new script for both providers.
/// </summary>
public static partial class MigrationRunner
{
    /// <summary>A schema script for one provider.</summary>
    public sealed record Script(int Version, string Name, string Sql);

    /// <summary>The scripts for a provider, in version order.</summary>
    public static IReadOnlyList<Script> ScriptsFor(DatabaseProvider provider)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"{assembly.GetName().Name}.Migrations.{provider}.";
        var scripts = new List<Script>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..];
            var match = ScriptName().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{resource}' is not named NNNN_name.sql.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(new Script(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations for {provider} are not numbered 1..n without gaps (found {scripts[i].Version} at position {i + 1}).");
            }
        }

        return scripts;
    }

    /// <summary>Brings the database up to the latest schema version. Returns the versions applied now.</summary>
    public static async Task<IReadOnlyList<int>> MigrateAsync(DbConnection connection, DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }

        await ExecuteAsync(connection, null, provider == DatabaseProvider.Postgres
            ? "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            : "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))",
            cancellationToken);

        var applied = new List<int>();
        foreach (var script in ScriptsFor(provider))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (provider == DatabaseProvider.Postgres)
            {
                // Serialise concurrent starts: the second waits, then sees the version already applied.
                await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7263457)", cancellationToken);
            }

            await using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = $"SELECT COUNT(*) FROM schema_migrations WHERE version = {script.Version.ToString(CultureInfo.InvariantCulture)}";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    continue;
                }
            }

            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name) VALUES (@version, @name)";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(script.Version);
        }

        return applied;
    }

    /// <summary>The highest schema version applied, or 0 for an empty database.</summary>
    public static async Task<int> CurrentVersionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (DbException)
        {
            return 0;
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();
}
