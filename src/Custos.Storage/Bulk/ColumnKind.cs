namespace Custos.Storage.Bulk;

/// <summary>How a column's value is represented on each provider.</summary>
public enum ColumnKind
{
    /// <summary>TEXT on both.</summary>
    Text = 1,
    /// <summary>INTEGER Unix milliseconds on SQLite, timestamptz on PostgreSQL.</summary>
    Timestamp = 2,
    /// <summary>ISO 8601 TEXT on SQLite, date on PostgreSQL.</summary>
    Date = 3,
    /// <summary>Invariant decimal TEXT on SQLite, numeric on PostgreSQL.</summary>
    Number = 4,
    /// <summary>INTEGER 0/1 on SQLite, boolean on PostgreSQL.</summary>
    Boolean = 5,
    /// <summary>INTEGER on both.</summary>
    WholeNumber = 6,
}
