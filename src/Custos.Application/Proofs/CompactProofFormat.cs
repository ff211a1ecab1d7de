using System.Text;
using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Domain.Common;
using Custos.Ledger.Index;
using Custos.Ledger.Merkle;

namespace Custos.Application.Proofs;

/// <summary>
/// Proof file format v3, <c>custos-disclosure-proof/v3</c> (docs/proofs.md, "Format v3"): what the exporter writes by
/// default. It carries the same proof as versions 1 and 2 in about half the space, and is read strictly: anything but a
/// complete, canonical v3 file within the size limits is refused with a <c>proof.*</c> code, never an exception.
/// </summary>
public static class CompactProofFormat
{
    /// <summary>The format name.</summary>
    public const string FormatName = "custos-disclosure-proof/v3";

    /// <summary>The largest v3 file read, in characters.</summary>
    public const int MaxFileLength = 16 * 1024 * 1024;

    /// <summary>The longest checkpoint note read, in characters.</summary>
    public const int MaxCheckpointLength = 16 * 1024;

    /// <summary>The longest revision details read, in characters.</summary>
    public const int MaxDetailsLength = 4096;

    /// <summary>The most hashes an inclusion path holds (a log has fewer than 2⁶⁴ entries).</summary>
    public const int MaxInclusionHashes = 64;

    private const int SaltSize = 32;

    /// <summary>The v3 file of <paramref name="file"/> (a file of version 1 or 2 as the exporter makes it), indented JSON ending in a line feed.</summary>
    public static string Write(DisclosureProofFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var proof = new IndexProof(
            Convert.FromHexString(file.Key), file.Index.Value, [.. file.Index.Siblings.Select(Convert.FromHexString)],
            file.Index.OtherKey is null ? null : Convert.FromHexString(file.Index.OtherKey),
            file.Index.OtherValueHash is null ? null : Convert.FromHexString(file.Index.OtherValueHash));
        var compact = new CompactProofFile(
            FormatName,
            file.Key,
            file.Checkpoint,
            new CompactRevision(file.Revision.LeafIndex, file.Revision.Entry, Base64(file.Revision.Salt), file.Revision.Details, Path(file.Revision.Inclusion)),
            Convert.ToBase64String(CompactIndexProof.Encode(proof)),
            [.. file.Events.Select(e => new CompactEvent(e.LeafIndex, e.Entry, Path(e.Inclusion)))],
            file.Customer is { } customer ? new CompactCustomer(customer.AccountId, customer.Code) : null);
        return JsonSerializer.Serialize(compact, CompactProofJson.Default.CompactProofFile) + "\n";
    }

    /// <summary>
    /// Whether <paramref name="json"/> says it is a v3 file: its first member is <c>"format"</c> with the value
    /// <see cref="FormatName"/>. Only the beginning of the text is looked at; anything else is read as version 1 or 2.
    /// </summary>
    public static bool Claims(string json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json[..Math.Min(json.Length, 256)]), isFinalBlock: false, state: default);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject
                && reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("format"u8)
                && reader.Read() && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(FormatName);
        }
        catch (JsonException)
        {
            // Not JSON at its start: read as version 1 or 2, which names what is wrong.
            return false;
        }
    }

    /// <summary>
    /// Reads the v3 file <paramref name="json"/> into the proof it carries, in the form of <see cref="DisclosureProofFile"/>
    /// with <see cref="DisclosureProofFile.Format"/> <see cref="FormatName"/> and no index algorithm (the revision's
    /// details name it); the proof itself is not checked here.
    /// </summary>
    public static Result<DisclosureProofFile> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxFileLength)
        {
            return Error.Invalid("proof.too-large", $"The file is {json.Length:N0} characters long; a {FormatName} file is at most {MaxFileLength:N0}.");
        }

        CompactProofFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CompactProofJson.Default.CompactProofFile);
        }
        catch (JsonException ex)
        {
            return Malformed($"the file is not a complete {FormatName} file: {ex.Message}");
        }

        if (file is null || file.Format != FormatName)
        {
            return Malformed($"the file is not a {FormatName} file.");
        }

        if (file.Key.Length != 32 || !file.Key.All(char.IsAsciiHexDigitLower))
        {
            return Malformed("key is not 32 lower-case hex characters.");
        }

        if (file.Checkpoint.Length > MaxCheckpointLength)
        {
            return Malformed($"checkpoint is longer than {MaxCheckpointLength:N0} characters.");
        }

        var revision = file.Revision;
        if (revision.LeafIndex < 0 || revision.Details.Length > MaxDetailsLength)
        {
            return Malformed($"revision.leafIndex is negative or revision.details is longer than {MaxDetailsLength:N0} characters.");
        }

        if (Bytes(revision.Entry, LedgerEntryFormat.MaxLength) is null)
        {
            return Malformed($"revision.entry is not canonical base64 of at most {LedgerEntryFormat.MaxLength} bytes.");
        }

        if (Bytes(revision.Salt, SaltSize) is not { Length: SaltSize } salt)
        {
            return Malformed($"revision.salt is not canonical base64 of {SaltSize} bytes.");
        }

        if (Hashes(revision.Inclusion) is not { } revisionPath)
        {
            return Malformed($"revision.inclusion is not canonical base64 of at most {MaxInclusionHashes} hashes of 32 bytes.");
        }

        var events = new List<ProofEvent>(file.Events.Count);
        for (var i = 0; i < file.Events.Count; i++)
        {
            var given = file.Events[i];
            if (given is null || given.Entry is null || given.Inclusion is null || given.LeafIndex < 0)
            {
                return Malformed($"events[{i}] is null, incomplete or has a negative leafIndex.");
            }

            if (Bytes(given.Entry, LedgerEntryFormat.MaxLength) is null || Hashes(given.Inclusion) is not { } path)
            {
                return Malformed($"events[{i}].entry or events[{i}].inclusion is not canonical base64 of what it holds.");
            }

            events.Add(new ProofEvent(given.LeafIndex, given.Entry, path));
        }

        if (Bytes(file.Index, CompactIndexProof.MaxLength) is not { } indexBytes)
        {
            return Malformed($"index is not canonical base64 of at most {CompactIndexProof.MaxLength} bytes.");
        }

        var value = events.Select(e => (ulong)e.LeafIndex).ToArray();
        if (CompactIndexProof.Decode(indexBytes, Convert.FromHexString(file.Key), value, out var why) is not { } proof)
        {
            return Malformed("index is not a compact index proof: " + why + ".");
        }

        return new DisclosureProofFile(
            FormatName,
            file.Key,
            file.Checkpoint,
            new ProofRevision(revision.LeafIndex, revision.Entry, Convert.ToHexStringLower(salt), revision.Details, revisionPath),
            new ProofIndex("", proof.Value, [.. proof.Siblings.Select(Convert.ToHexStringLower)],
                proof.OtherKey is null ? null : Convert.ToHexStringLower(proof.OtherKey),
                proof.OtherValueHash is null ? null : Convert.ToHexStringLower(proof.OtherValueHash)),
            events)
        {
            Customer = file.Customer is { } customer ? new ProofCustomer(customer.AccountId, customer.Code) : null,
        };
    }

    /// <summary>The bytes of <paramref name="text"/> when it is canonical base64 (padded, no white space, zero padding bits) of at most <paramref name="max"/> bytes.</summary>
    private static byte[]? Bytes(string text, int max)
    {
        if (text.Length > ((max + 2) / 3 * 4))
        {
            return null;
        }

        var buffer = new byte[text.Length / 4 * 3];
        return Convert.TryFromBase64String(text, buffer, out var written) && written <= max
            && string.Equals(Convert.ToBase64String(buffer, 0, written), text, StringComparison.Ordinal)
            ? buffer[..written]
            : null;
    }

    /// <summary>An inclusion path: canonical base64 of whole 32-byte hashes, at most <see cref="MaxInclusionHashes"/>; as lower-case hex.</summary>
    private static List<string>? Hashes(string text)
    {
        if (Bytes(text, MaxInclusionHashes * MerkleHash.Size) is not { } bytes || bytes.Length % MerkleHash.Size != 0)
        {
            return null;
        }

        return [.. bytes.Chunk(MerkleHash.Size).Select(Convert.ToHexStringLower)];
    }

    private static string Base64(string hex) => Convert.ToBase64String(Convert.FromHexString(hex));

    private static string Path(IReadOnlyList<string> hashes) => Convert.ToBase64String([.. hashes.SelectMany(Convert.FromHexString)]);

    private static Result<DisclosureProofFile> Malformed(string what) => Error.Invalid("proof.malformed", "The proof file is malformed: " + what);
}
