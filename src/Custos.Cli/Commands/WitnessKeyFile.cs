using System.Text;
using Custos.Domain.Common;
using Custos.Ledger.Notes;

namespace Custos.Cli.Commands;

/// <summary>The witness's signer key on disk: one line in the note <c>PRIVATE+KEY+…</c> format, readable by its owner only.</summary>
internal static class WitnessKeyFile
{
    public const string DefaultName = "custos-witness";

    /// <summary>Creates a new cosignature/v1 key at <paramref name="path"/>; refuses to replace an existing file.</summary>
    public static Result<NoteSignerKey> Create(string path, string name)
    {
        if (File.Exists(path))
        {
            return Error.Conflict("witness.key-exists", $"'{path}' already exists; a witness key is never overwritten (move it away first).");
        }

        NoteSignerKey key;
        try
        {
            key = NoteSignerKey.Generate(name, NoteKeyAlgorithm.CosignatureV1);
        }
        catch (ArgumentException)
        {
            return Error.Invalid("witness.name-invalid", $"'{name}' is not a valid witness name (non-empty, no spaces, no '+').", "--name");
        }

        Application.Ledger.KeyFiles.WriteNew(path, Encoding.UTF8.GetBytes(key.Format() + "\n"));
        return key;
    }

    /// <summary>Reads the key at <paramref name="path"/>; when <paramref name="expectedName"/> is given the key must carry it.</summary>
    public static Result<NoteSignerKey> Read(string path, string? expectedName)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8).TrimEnd('\n', '\r');
        }
        catch (IOException exception)
        {
            return Error.Invalid("witness.key-unreadable", $"Cannot read '{path}': {exception.Message}", "--key-file");
        }
        catch (UnauthorizedAccessException exception)
        {
            return Error.Invalid("witness.key-unreadable", $"Cannot read '{path}': {exception.Message}", "--key-file");
        }

        var parsed = NoteSignerKey.Parse(text);
        if (!parsed.IsSuccess)
        {
            return Error.Invalid("witness.key-malformed", $"'{path}' does not hold a signer key: {parsed.Error.Message}", "--key-file");
        }

        var key = parsed.Value;
        if (key.Algorithm != NoteKeyAlgorithm.CosignatureV1)
        {
            key.Dispose();
            return Error.Invalid("witness.key-type", $"'{path}' holds an Ed25519 log key (type 0x01), not a cosignature/v1 witness key (type 0x04).", "--key-file");
        }

        if (expectedName is not null && !string.Equals(key.Name, expectedName, StringComparison.Ordinal))
        {
            var actual = key.Name;
            key.Dispose();
            return Error.Invalid("witness.key-name-mismatch", $"The key in '{path}' is named '{actual}', not '{expectedName}'. Drop --name or use another key file.", "--name");
        }

        return key;
    }
}
