using System.Buffers.Binary;

namespace Custos.Screening.Matching;

/// <summary>
/// Writes the body of a stored index (<see cref="ScreeningIndexFile"/>): little-endian numbers and references into a
/// table of distinct strings, so that a string the index holds many times (a token's text in every name and in the
/// vocabulary) is stored and, when read, allocated once.
/// </summary>
internal sealed class IndexFileWriter
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> strings = [];
    private byte[] body = new byte[1 << 20];
    private int length;

    public void Byte(byte value)
    {
        Reserve(1)[0] = value;
        length++;
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Int(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        length += 4;
    }

    public void Long(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);
        length += 8;
    }

    public void Float(float value)
    {
        BinaryPrimitives.WriteSingleLittleEndian(Reserve(4), value);
        length += 4;
    }

    /// <summary>A string as its place in the string table; null as -1.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int(-1);
            return;
        }

        if (!ids.TryGetValue(value, out var id))
        {
            id = strings.Count;
            ids[value] = id;
            strings.Add(value);
        }

        Int(id);
    }

    public void Strings(IReadOnlyCollection<string> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            String(value);
        }
    }

    public void Ints(int[] values)
    {
        Int(values.Length);
        foreach (var value in values)
        {
            Int(value);
        }
    }

    public void Floats(float[] values)
    {
        Int(values.Length);
        foreach (var value in values)
        {
            Float(value);
        }
    }

    /// <summary>The string table (count, each length, then the UTF-16 code units, little-endian) followed by the body.</summary>
    public void CopyTo(Stream output)
    {
        var table = new byte[4 + (4 * strings.Count) + (2 * strings.Sum(s => (long)s.Length))];
        BinaryPrimitives.WriteInt32LittleEndian(table, strings.Count);
        var at = 4;
        foreach (var text in strings)
        {
            BinaryPrimitives.WriteInt32LittleEndian(table.AsSpan(at), text.Length);
            at += 4;
        }

        foreach (var text in strings)
        {
            foreach (var c in text)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(table.AsSpan(at), c);
                at += 2;
            }
        }

        output.Write(table);
        output.Write(body, 0, length);
    }

    private Span<byte> Reserve(int bytes)
    {
        if (length + bytes > body.Length)
        {
            Array.Resize(ref body, Math.Max(body.Length * 2, length + bytes));
        }

        return body.AsSpan(length, bytes);
    }
}
