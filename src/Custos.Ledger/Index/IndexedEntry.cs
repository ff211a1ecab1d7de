using System.Globalization;
using System.Text;

namespace Custos.Ledger.Index;

/// <summary>
/// What the disclosure index reads of a <c>custos-event/v1</c> or <c>custos-event/v2</c> log entry: its type line and its
/// <c>ref</c> lines. An entry is read only when it starts with <c>custos-event/v1\n</c> or <c>custos-event/v2\n</c> and its
/// second line is <c>type &lt;decimal id&gt; &lt;name&gt;</c>; a <c>ref</c> line counts only when it holds exactly 32
/// lower-case hex characters (a v2 entry's <c>public</c> line is never one). Anything else is not indexed.
/// </summary>
public sealed record IndexedEntry(int TypeId, string TypeName, IReadOnlyList<byte[]> References)
{
    private const string HeaderV1 = "custos-event/v1";
    private const string HeaderV2 = "custos-event/v2";

    /// <summary>Reads the type and the opaque references of an entry, or returns null when it is not of the v1 or v2 form.</summary>
    /// <param name="entry">The entry bytes as logged.</param>
    /// <returns>The entry's type and references, or null.</returns>
    public static IndexedEntry? TryRead(ReadOnlySpan<byte> entry)
    {
        foreach (var b in entry)
        {
            if (b is > 0x7E or (< 0x20 and not (byte)'\n'))
            {
                return null;
            }
        }

        var lines = Encoding.ASCII.GetString(entry).Split('\n');
        if (lines.Length < 3 || !(string.Equals(lines[0], HeaderV1, StringComparison.Ordinal) || string.Equals(lines[0], HeaderV2, StringComparison.Ordinal)) || !lines[1].StartsWith("type ", StringComparison.Ordinal))
        {
            return null;
        }

        var type = lines[1]["type ".Length..].Split(' ');
        if (type.Length != 2 || type[0].Length is 0 or > 9 || !int.TryParse(type[0], NumberStyles.None, CultureInfo.InvariantCulture, out var typeId))
        {
            return null;
        }

        var references = new List<byte[]>();
        foreach (var line in lines.Skip(2))
        {
            if (line.Length == 4 + (2 * IndexHash.KeySize) && line.StartsWith("ref ", StringComparison.Ordinal) && IsLowerHex(line.AsSpan(4)))
            {
                references.Add(Convert.FromHexString(line.AsSpan(4)));
            }
        }

        return new IndexedEntry(typeId, type[1], references);
    }

    private static bool IsLowerHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }
}
