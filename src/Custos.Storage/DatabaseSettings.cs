using Custos.Domain.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Custos.Storage;

/// <summary>Which database to use and how to reach it. Built from <c>--database</c>/<c>CUSTOS_DATABASE</c> or the data folder.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file name inside the data folder.</summary>
    public const string SqliteFileName = "custos.db";

    /// <summary>The embedded default: a SQLite file in <paramref name="dataDirectory"/>.</summary>
    public static DatabaseSettings ForDataDirectory(string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>
    /// Reads a database setting: a PostgreSQL connection string (<c>Host=…</c>), a <c>postgres://user@host:port/db</c>
    /// URL, a SQLite connection string (<c>Data Source=…</c>) or a path to a SQLite file.
    /// </summary>
    public static Result<DatabaseSettings> Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = value.Trim();
        if (text.Length == 0)
        {
            return Error.Invalid("database.empty", "The database setting is empty.", "database");
        }

        if (text.StartsWith("postgres://", StringComparison.Ordinal) || text.StartsWith("postgresql://", StringComparison.Ordinal))
        {
            return FromPostgresUrl(text);
        }

        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(text);
                if (string.IsNullOrEmpty(builder.Database))
                {
                    return Error.Invalid("database.no-database-name", "The PostgreSQL connection string names no Database.", "database");
                }

                return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
            }
            catch (ArgumentException ex)
            {
                return Error.Invalid("database.bad-connection-string", $"Not a valid PostgreSQL connection string: {ex.Message}", "database");
            }
        }

        if (text.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(text) { Pooling = true };
                return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ConnectionString);
            }
            catch (ArgumentException ex)
            {
                return Error.Invalid("database.bad-connection-string", $"Not a valid SQLite connection string: {ex.Message}", "database");
            }
        }

        if (text.Contains('=', StringComparison.Ordinal))
        {
            return Error.Invalid(
                "database.unknown-format",
                "Not a database setting Custos understands: give a PostgreSQL connection string (Host=…;Database=…), a postgres:// URL, a SQLite connection string (Data Source=…) or a path to a SQLite file.",
                "database");
        }

        var file = new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(text), Pooling = true, DefaultTimeout = 30 };
        return new DatabaseSettings(DatabaseProvider.Sqlite, file.ToString());
    }

    private static Result<DatabaseSettings> FromPostgresUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            return Error.Invalid("database.bad-url", "Not a valid postgres:// URL.", "database");
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length == 0)
        {
            return Error.Invalid("database.no-database-name", "The postgres:// URL names no database (postgres://user@host:5432/custos).", "database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(database),
        };
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString);
    }

    /// <summary>A description safe to log or print: the provider and where, never a password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }
}
