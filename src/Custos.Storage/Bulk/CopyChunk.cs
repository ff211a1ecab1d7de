using System.Buffers;

namespace Custos.Storage.Bulk;

/// <summary>
/// A batch of rows of one table in COPY text form, formatted on a reading thread and sent by the writer; its text is a
/// pooled buffer given back once sent.
/// </summary>
public sealed class CopyChunk
{
    internal CopyChunk(string table, string command, char[] text, int length, int rows)
    {
        Table = table;
        Command = command;
        Text = text;
        Length = length;
        Rows = rows;
    }

    /// <summary>The customer table the rows belong to (its real name, also when they go to a staging table).</summary>
    public string Table { get; }

    /// <summary>The <c>COPY … FROM STDIN</c> statement.</summary>
    internal string Command { get; }

    internal char[] Text { get; private set; }

    internal int Length { get; }

    /// <summary>Rows in the chunk.</summary>
    public int Rows { get; }

    /// <summary>Gives the buffer back to the pool (once).</summary>
    public void Release()
    {
        var text = Text;
        Text = [];
        if (text.Length > 0)
        {
            ArrayPool<char>.Shared.Return(text);
        }
    }
}
