using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Verification;

/// <summary>
/// What a verifier remembers between runs: the log's origin, the key it trusted, and the size and root of the last tree
/// it verified in full. Stored as a small text file ending in a checksum line, written atomically, so a truncated or
/// edited file is refused with a clear error rather than silently trusted:
/// <code>
/// custos-verifier-state v1
/// origin custos.example/ledger
/// key custos.example/ledger+1a2b3c4d
/// size 70000
/// root &lt;base64 of 32 bytes&gt;
/// sha256 &lt;hex SHA-256 of the lines above&gt;
/// </code>
/// </summary>
public sealed class VerifierState
{
    /// <summary>The first line of every state file.</summary>
    public const string Header = "custos-verifier-state v1";

    private readonly byte[] _rootHash;

    /// <summary>Creates a state.</summary>
    /// <param name="origin">The log's origin line.</param>
    /// <param name="keyName">The name of the verifier key trusted.</param>
    /// <param name="keyId">Its key id.</param>
    /// <param name="size">The verified tree size.</param>
    /// <param name="rootHash">The verified 32-byte root hash.</param>
    public VerifierState(string origin, string keyName, uint keyId, ulong size, ReadOnlySpan<byte> rootHash)
    {
        if (string.IsNullOrEmpty(origin) || origin.Contains('\n', StringComparison.Ordinal))
        {
            throw new ArgumentException("The origin is a non-empty single line.", nameof(origin));
        }

        if (string.IsNullOrEmpty(keyName) || keyName.Contains('\n', StringComparison.Ordinal) || keyName.Contains('+', StringComparison.Ordinal))
        {
            throw new ArgumentException("The key name is a non-empty single line without '+'.", nameof(keyName));
        }

        if (rootHash.Length != MerkleHash.Size)
        {
            throw new ArgumentException("The root hash is 32 bytes.", nameof(rootHash));
        }

        Origin = origin;
        KeyName = keyName;
        KeyId = keyId;
        Size = size;
        _rootHash = rootHash.ToArray();
    }

    /// <summary>The log's origin line.</summary>
    public string Origin { get; }

    /// <summary>The name of the verifier key trusted.</summary>
    public string KeyName { get; }

    /// <summary>The key id of the verifier key trusted.</summary>
    public uint KeyId { get; }

    /// <summary>The verified tree size.</summary>
    public ulong Size { get; }

    /// <summary>The verified root hash.</summary>
    public IReadOnlyList<byte> RootHash => _rootHash;

    /// <summary>The state of a checkpoint verified with <paramref name="key"/>.</summary>
    /// <param name="checkpoint">The verified checkpoint.</param>
    /// <param name="key">The key that verified it.</param>
    /// <returns>The state.</returns>
    public static VerifierState From(Checkpoint checkpoint, NoteVerifierKey key)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(key);
        return new VerifierState(checkpoint.Origin, key.Name, key.KeyId, checkpoint.Size, checkpoint.GetRootHash());
    }

    /// <summary>The verified tree as a size and root.</summary>
    /// <returns>The tree head.</returns>
    public TreeHead ToTreeHead() => new(Size, (byte[])_rootHash.Clone());

    /// <summary>Whether this state was written for <paramref name="key"/> (same name and key id).</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when the key matches.</returns>
    public bool IsFor(NoteVerifierKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return KeyId == key.KeyId && string.Equals(KeyName, key.Name, StringComparison.Ordinal);
    }

    /// <summary>The file text, checksum line included.</summary>
    /// <returns>The text.</returns>
    public string Format()
    {
        var body = string.Create(CultureInfo.InvariantCulture, $"{Header}\norigin {Origin}\nkey {KeyName}+{KeyId:x8}\nsize {Size}\nroot {Convert.ToBase64String(_rootHash)}\n");
        return $"{body}sha256 {Checksum(body)}\n";
    }

    /// <summary>Parses a state file's text strictly.</summary>
    /// <param name="text">The text.</param>
    /// <param name="path">The file, for error messages.</param>
    /// <returns>The state, or an error saying whether the file is truncated, corrupt or malformed.</returns>
    public static LedgerResult<VerifierState> Parse(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var where = path is null ? "The verifier state" : $"The verifier state file '{path}'";
        if (text.Length == 0)
        {
            return new LedgerError("state.truncated", $"{where} is empty; it was cut short. Delete it to start again from trust on first use.", path);
        }

        var lines = text.Split('\n');
        if (lines[0] != Header)
        {
            return new LedgerError("state.malformed", $"{where} does not start with '{Header}'; it is not a verifier state file, or is damaged.", path);
        }

        if (lines.Length < 7 || lines[^1].Length != 0 || !lines[^2].StartsWith("sha256 ", StringComparison.Ordinal))
        {
            return new LedgerError("state.truncated", $"{where} is incomplete (it lacks its final checksum line); it was cut short. Delete it to start again from trust on first use.", path);
        }

        var body = string.Join('\n', lines[..^2]) + "\n";
        if (!string.Equals(lines[^2]["sha256 ".Length..], Checksum(body), StringComparison.Ordinal))
        {
            return new LedgerError("state.corrupt", $"{where} does not match its checksum; it was damaged or edited. Delete it to start again from trust on first use.", path);
        }

        if (lines.Length != 7 || !lines[1].StartsWith("origin ", StringComparison.Ordinal) || !lines[2].StartsWith("key ", StringComparison.Ordinal)
            || !lines[3].StartsWith("size ", StringComparison.Ordinal) || !lines[4].StartsWith("root ", StringComparison.Ordinal))
        {
            return new LedgerError("state.malformed", $"{where} does not hold exactly the origin, key, size and root lines.", path);
        }

        var key = lines[2]["key ".Length..].Split('+');
        if (key.Length != 2 || key[0].Length == 0 || !NoteText.TryParseKeyId(key[1], out var keyId))
        {
            return new LedgerError("state.malformed", $"{where} has a malformed key line.", path);
        }

        if (!ulong.TryParse(lines[3]["size ".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            return new LedgerError("state.malformed", $"{where} has a malformed size line.", path);
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(lines[4]["root ".Length..]);
        }
        catch (FormatException)
        {
            return new LedgerError("state.malformed", $"{where} has a root that is not base64.", path);
        }

        var origin = lines[1]["origin ".Length..];
        if (root.Length != MerkleHash.Size || origin.Length == 0)
        {
            return new LedgerError("state.malformed", $"{where} has an empty origin or a root that is not 32 bytes.", path);
        }

        return new VerifierState(origin, key[0], keyId, size, root);
    }

    /// <summary>Reads a state file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state; <see langword="null"/> when the file does not exist (a first run); or an error.</returns>
    public static async Task<LedgerResult<VerifierState?>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return LedgerResult<VerifierState?>.Success(null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LedgerError("state.unreadable", $"The verifier state file '{path}' cannot be read: {e.Message}", path);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new LedgerError("state.corrupt", $"The verifier state file '{path}' is not UTF-8 text; it was damaged.", path);
        }

        var parsed = Parse(text, path);
        return parsed.IsSuccess ? LedgerResult<VerifierState?>.Success(parsed.Value) : parsed.Error;
    }

    /// <summary>Writes the state to <paramref name="path"/> atomically: a flushed temporary file renamed over the target.</summary>
    /// <param name="path">The file; its directory is created if missing.</param>
    /// <param name="cancellationToken">Cancels the write (the old file is then left as it was).</param>
    /// <returns>A task that completes when the file is in place.</returns>
    public async Task SaveAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = $"{full}.{Guid.NewGuid():N}.tmp";
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(Format()), cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    private static string Checksum(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
