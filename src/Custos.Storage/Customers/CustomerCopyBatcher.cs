using System.Buffers;
using System.Text;
using Custos.Domain.Customers;
using Custos.Storage.Bulk;

namespace Custos.Storage.Customers;

/// <summary>
/// Formats customer records into COPY text chunks on the thread that reads them (one batcher per thread): a chunk per
/// table is handed to <c>emit</c> whenever it holds a batch of rows, so memory holds one batch per table and thread.
/// </summary>
public sealed class CustomerCopyBatcher
{
    private readonly CustomerStaging _staging;
    private readonly Action<CopyChunk> _emit;
    private readonly Dictionary<string, (StringBuilder Text, int Rows)> _open = new(StringComparer.Ordinal);

    internal CustomerCopyBatcher(CustomerStaging staging, Action<CopyChunk> emit)
    {
        _staging = staging;
        _emit = emit;
    }

    /// <summary>Formats one record with the source line that errors about it should name.</summary>
    public void Add(object record, long line)
    {
        var (table, values, columns) = _staging.ValuesOf(record);
        if (!_open.TryGetValue(table, out var batch))
        {
            batch = (new StringBuilder(1 << 16), 0);
        }

        CopyText.AppendRow(batch.Text, _staging.DirectLoad ? null : line, values, columns);
        batch.Rows++;
        _open[table] = batch;
        if (batch.Rows >= _staging.BatchSize)
        {
            Emit(table, batch);
        }
    }

    /// <summary>Hands over the part batches still open.</summary>
    public void Flush()
    {
        foreach (var (table, batch) in _open.ToList())
        {
            if (batch.Rows > 0)
            {
                Emit(table, batch);
            }
        }
    }

    private void Emit(string table, (StringBuilder Text, int Rows) batch)
    {
        var text = ArrayPool<char>.Shared.Rent(batch.Text.Length);
        batch.Text.CopyTo(0, text, batch.Text.Length);
        var chunk = new CopyChunk(table, _staging.CopyCommand(table), text, batch.Text.Length, batch.Rows);
        batch.Text.Clear();
        _open[table] = (batch.Text, 0);
        _emit(chunk);
    }
}
