using System.Globalization;
using System.Text;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Notes;

/// <summary>
/// A C2SP tlog-checkpoint: the body of a signed note, <c>&lt;origin&gt;\n&lt;size&gt;\n&lt;base64 root&gt;\n</c> followed by
/// optional non-empty extension lines.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>Creates a checkpoint.</summary>
    /// <param name="origin">The log's origin line (non-empty, no newline).</param>
    /// <param name="size">The tree size.</param>
    /// <param name="rootHash">The 32-byte root hash.</param>
    /// <param name="extensions">Optional non-empty extension lines.</param>
    public Checkpoint(string origin, ulong size, ReadOnlySpan<byte> rootHash, IReadOnlyList<string>? extensions = null)
    {
        if (string.IsNullOrEmpty(origin) || origin.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("The origin is a non-empty single line.", nameof(origin));
        }

        if (rootHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException("The root hash is 32 bytes.", nameof(rootHash));
        }

        extensions ??= [];
        if (extensions.Any(e => string.IsNullOrEmpty(e) || e.Contains('\n', StringComparison.Ordinal)))
        {
            throw new ArgumentException("Extension lines are non-empty single lines.", nameof(extensions));
        }

        Origin = origin;
        Size = size;
        RootHash = rootHash.ToArray();
        Extensions = extensions.ToArray();
    }

    /// <summary>The origin line.</summary>
    public string Origin { get; }

    /// <summary>The tree size.</summary>
    public ulong Size { get; }

    /// <summary>The 32-byte root hash.</summary>
    public IReadOnlyList<byte> RootHash { get; }

    /// <summary>The extension lines.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>A copy of the root hash as an array.</summary>
    /// <returns>The root hash.</returns>
    public byte[] GetRootHash() => [.. RootHash];

    /// <summary>Parses a checkpoint body (a note text) strictly.</summary>
    /// <param name="text">The body, ending in a newline.</param>
    /// <returns>The checkpoint or an error.</returns>
    public static LedgerResult<Checkpoint> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.EndsWith('\n'))
        {
            return Fail("the checkpoint does not end in a newline");
        }

        var lines = text[..^1].Split('\n');
        if (lines.Length < 3)
        {
            return Fail("a checkpoint has an origin, a size and a root hash line");
        }

        if (lines[0].Length == 0)
        {
            return Fail("the origin line is empty");
        }

        var sizeText = lines[1];
        if (sizeText.Length == 0 || sizeText.Any(c => c is < '0' or > '9') || (sizeText.Length > 1 && sizeText[0] == '0')
            || !ulong.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return Fail($"the size '{sizeText}' is not a decimal integer without leading zeros that fits in 64 bits");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[2]);
        }
        catch (FormatException)
        {
            return Fail("the root hash is not valid base64");
        }

        if (root.Length != MerkleHash.Size || Convert.ToBase64String(root) != lines[2])
        {
            return Fail("the root hash is not the canonical base64 of 32 bytes");
        }

        var extensions = lines[3..];
        if (extensions.Any(e => e.Length == 0))
        {
            return Fail("an extension line is empty");
        }

        return new Checkpoint(lines[0], size, root, extensions);
    }

    /// <summary>The checkpoint body, ready to sign as a note text.</summary>
    /// <returns>The body, ending in a newline.</returns>
    public string Format()
    {
        var builder = new StringBuilder()
            .Append(Origin).Append('\n')
            .Append(Size.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(Convert.ToBase64String(GetRootHash())).Append('\n');
        foreach (var extension in Extensions)
        {
            builder.Append(extension).Append('\n');
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Format();

    private static LedgerError Fail(string reason) => new("checkpoint.malformed", $"Malformed checkpoint: {reason}.");
}
