using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Custos.Screening.Matching;

/// <summary>
/// Reads what <see cref="IndexFileWriter"/> wrote: the string table first (each string allocated once), then the body.
/// A read past the end or a reference outside the table throws <see cref="InvalidDataException"/>.
/// </summary>
internal sealed class IndexFileReader
{
    private readonly byte[] bytes;
    private readonly string[] strings;
    private int at;

    public IndexFileReader(byte[] bytes, int offset)
    {
        this.bytes = bytes;
        at = offset;
        var count = Int();
        if (count < 0 || count > (bytes.Length - at) / 4)
        {
            throw new InvalidDataException("The string table's count is out of range.");
        }

        var lengths = new int[count];
        for (var i = 0; i < count; i++)
        {
            lengths[i] = Int();
        }

        strings = new string[count];
        for (var i = 0; i < count; i++)
        {
            var units = Take(checked(lengths[i] * 2));
            strings[i] = BitConverter.IsLittleEndian ? new string(MemoryMarshal.Cast<byte, char>(units)) : BigEndian(units);
        }
    }

    /// <summary>True when every byte has been read.</summary>
    public bool AtEnd => at == bytes.Length;

    public byte Byte() => Take(1)[0];

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("A flag is neither 0 nor 1."),
    };

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    /// <summary>A count of items that follow, each at least <paramref name="minimumBytes"/> long.</summary>
    public int Count(int minimumBytes = 1)
    {
        var count = Int();
        return count >= 0 && count <= (bytes.Length - at) / Math.Max(1, minimumBytes)
            ? count
            : throw new InvalidDataException("A count is out of range.");
    }

    public string? NullableString()
    {
        var id = Int();
        return id == -1 ? null : (uint)id < (uint)strings.Length ? strings[id] : throw new InvalidDataException("A string reference is out of range.");
    }

    public string String() => NullableString() ?? throw new InvalidDataException("A required string is missing.");

    public string[] Strings()
    {
        var values = new string[Count(4)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = String();
        }

        return values;
    }

    public int[] Ints()
    {
        var values = new int[Count(4)];
        var span = Take(values.Length * 4);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.Cast<byte, int>(span).CopyTo(values);
        }
        else
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = BinaryPrimitives.ReadInt32LittleEndian(span[(i * 4)..]);
            }
        }

        return values;
    }

    public float[] Floats()
    {
        var values = new float[Count(4)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Float();
        }

        return values;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > bytes.Length - at)
        {
            throw new InvalidDataException("The stored index ends early.");
        }

        var span = bytes.AsSpan(at, count);
        at += count;
        return span;
    }

    private static string BigEndian(ReadOnlySpan<byte> units)
    {
        var chars = new char[units.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(units[(i * 2)..]);
        }

        return new string(chars);
    }
}
