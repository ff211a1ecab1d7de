namespace Custos.Storage.Bulk;

/// <summary>A table written in bulk: its columns (with how each is stored), its key, and how a row yields its values.</summary>
/// <typeparam name="T">The row type.</typeparam>
public sealed record BulkTable<T>(
    string Name,
    IReadOnlyList<(string Column, ColumnKind Kind)> Columns,
    IReadOnlyList<string> Key,
    Func<T, object?[]> Values)
{
    public string UpsertSql(string source)
    {
        var columns = string.Join(", ", Columns.Select(c => c.Column));
        var updates = Columns.Where(c => !Key.Contains(c.Column, StringComparer.Ordinal))
            .Select(c => $"{c.Column} = excluded.{c.Column}").ToList();
        var conflict = updates.Count == 0 ? "DO NOTHING" : "DO UPDATE SET " + string.Join(", ", updates);
        return $"INSERT INTO {Name} ({columns}) {source} ON CONFLICT ({string.Join(", ", Key)}) {conflict}";
    }
}
