using System.Text;

namespace Custos.TestSupport;

/// <summary>
/// Hostile variants of a valid input, driven by FsCheck's random integers: bytes flipped, removed, inserted or
/// duplicated, the input cut short, a piece of it repeated, and structural characters (quotes, brackets, separators,
/// line ends, non-ASCII and control characters) dropped in. Starting from valid input reaches far deeper into a parser
/// than random bytes alone, which most parsers refuse at the first character.
/// </summary>
public static class Mutations
{
    private static readonly byte[][] Fragments =
    [
        "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\0"u8.ToArray(), " "u8.ToArray(), "\t"u8.ToArray(), "-"u8.ToArray(), "/"u8.ToArray(),
        "null"u8.ToArray(), "true"u8.ToArray(), "-1"u8.ToArray(), "1e309"u8.ToArray(), "99999999999999999999"u8.ToArray(),
        "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(), Encoding.UTF8.GetBytes("é"), Encoding.UTF8.GetBytes("\u202e"), [0xFF], [0xC3],
        "&"u8.ToArray(), "*a"u8.ToArray(), "!!binary"u8.ToArray(), "<<:"u8.ToArray(), "- - -"u8.ToArray(), "'"u8.ToArray(),
    ];

    /// <summary>Applies up to eight mutations, each chosen and placed by one of <paramref name="operations"/>.</summary>
    public static byte[] Apply(byte[] seed, int[] operations)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var bytes = new List<byte>(seed);
        foreach (var op in (operations ?? []).Take(8))
        {
            var value = (uint)op;
            var at = bytes.Count == 0 ? 0 : (int)((value >> 4) % (uint)(bytes.Count + 1));
            switch (value % 8)
            {
                case 0 when bytes.Count > 0:
                    bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << (int)((value >> 24) % 8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(Math.Min(at, bytes.Count - 1), (int)Math.Min((value >> 20) % 16 + 1, (uint)(bytes.Count - Math.Min(at, bytes.Count - 1))));
                    break;
                case 2:
                    bytes.InsertRange(at, Fragments[(value >> 24) % (uint)Fragments.Length]);
                    break;
                case 3:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4 when bytes.Count > 0:
                    var start = Math.Min(at, bytes.Count - 1);
                    var length = (int)Math.Min((value >> 20) % 64 + 1, (uint)(bytes.Count - start));
                    bytes.InsertRange(start, bytes.GetRange(start, length));
                    break;
                case 5:
                    bytes.Insert(at, (byte)(value >> 24));
                    break;
                case 6 when bytes.Count > 0:
                    // Swap two pieces of the input: fields in the wrong place.
                    var other = (int)((value >> 16) % (uint)bytes.Count);
                    var a = Math.Min(at, bytes.Count - 1);
                    (bytes[a], bytes[other]) = (bytes[other], bytes[a]);
                    break;
                default:
                    bytes.InsertRange(at, Fragments[(value >> 20) % (uint)Fragments.Length]);
                    break;
            }
        }

        return [.. bytes];
    }

    /// <summary>The mutated input as text (invalid UTF-8 becomes replacement characters, as a reader of text would see it).</summary>
    public static string ApplyText(string seed, int[] operations) => Encoding.UTF8.GetString(Apply(Encoding.UTF8.GetBytes(seed), operations));
}
