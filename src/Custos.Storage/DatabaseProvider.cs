namespace Custos.Storage;

/// <summary>The database engines Custos stores its records in.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file in the data folder: the default, needs no set-up.</summary>
    Sqlite = 1,
    /// <summary>PostgreSQL, selected by a connection string (<c>Host=…;Database=…</c> or a <c>postgres://</c> URL).</summary>
    Postgres = 2,
}
