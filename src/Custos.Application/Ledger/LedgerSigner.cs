using System.Text;
using Custos.Ledger.Notes;

namespace Custos.Application.Ledger;

/// <summary>
/// The log's Ed25519 signing key (C2SP signed-note format, named after the origin), kept in the keys folder with
/// owner-only permissions and created on first start. Losing it is an incident: see docs/ledger.md.
/// </summary>
public sealed class LedgerSigner : IDisposable
{
    public const string FileName = "ledger-signer.key";

    private LedgerSigner(NoteSignerKey key) => Key = key;

    public NoteSignerKey Key { get; }

    /// <summary>The verifier key everybody checks checkpoints with: <c>&lt;origin&gt;+&lt;keyid&gt;+&lt;base64&gt;</c>.</summary>
    public NoteVerifierKey VerifierKey => Key.VerifierKey;

    public static LedgerSigner LoadOrCreate(LedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!LedgerOptions.IsValidOrigin(options.Origin))
        {
            throw new InvalidOperationException($"'{options.Origin}' is not a valid ledger origin: printable ASCII without spaces or '+'.");
        }

        var path = Path.Combine(options.KeysDirectory, FileName);
        var key = KeyFiles.LoadOrCreate(
            path,
            () =>
            {
                using var generated = NoteSignerKey.Generate(options.Origin);
                return Encoding.ASCII.GetBytes(generated.Format() + "\n");
            },
            bytes =>
            {
                var parsed = NoteSignerKey.Parse(Encoding.ASCII.GetString(bytes).Trim());
                return parsed.IsSuccess ? parsed.Value : throw new FormatException(parsed.Error.Message);
            });
        if (!string.Equals(key.Name, options.Origin, StringComparison.Ordinal))
        {
            key.Dispose();
            throw new InvalidOperationException(
                $"The ledger signing key in {path} is for origin '{key.Name}', but the ledger is configured as '{options.Origin}'. A log's origin never changes; see docs/ledger.md.");
        }

        return new LedgerSigner(key);
    }

    public string Sign(string text) => SignedNote.Sign(text, Key).Format();

    public void Dispose() => Key.Dispose();
}
