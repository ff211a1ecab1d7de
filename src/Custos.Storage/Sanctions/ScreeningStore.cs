using System.Data.Common;
using Custos.Storage.Bulk;

namespace Custos.Storage.Sanctions;

/// <summary>Writes what customers were screened on (<c>sanctions_screenings</c>) in bulk, inside the caller's transaction.</summary>
public static class ScreeningStore
{
    private static readonly BulkTable<(string AccountId, string Fingerprint, string ListsKey, DateTimeOffset ScreenedAt)> Screenings = new(
        "sanctions_screenings",
        [("account_id", ColumnKind.Text), ("fingerprint", ColumnKind.Text), ("lists_key", ColumnKind.Text), ("screened_at", ColumnKind.Timestamp)],
        ["account_id"],
        r => [r.AccountId, r.Fingerprint, r.ListsKey, r.ScreenedAt]);

    /// <summary>Upserts one row per customer screened (by account id).</summary>
    public static Task<int> UpsertAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<(string AccountId, string Fingerprint, string ListsKey, DateTimeOffset ScreenedAt)> rows,
        CancellationToken cancellationToken = default) =>
        BulkWriter.UpsertAsync(connection, transaction, Screenings, rows, null, cancellationToken);
}
