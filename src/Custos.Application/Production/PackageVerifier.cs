using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.Xml;
using System.Text.Json;
using Custos.Domain.Common;
using Custos.Ledger.Notes;

namespace Custos.Application.Production;

/// <summary>
/// Verifies a production package offline, as the agency does with <c>custos package verify</c>: decrypts it with the
/// agency's private key, then follows the chain of trust — the checkpoint is signed by the ledger's key, the production
/// event's leaf is in that checkpoint's tree, the salt and details open the event's commitment, the details commit to
/// this <c>manifest.json</c>, every file matches the manifest (none missing, none altered, none added), the manifest's
/// customers are exactly the account ids of the data, and the event names exactly those customers' index keys and the
/// manifest's other references — and stops at the first thing that fails, naming it with a stable <c>package.*</c> code.
/// Needs nothing but the package, the key and the ledger's verifier key.
/// </summary>
public static class PackageVerifier
{
    /// <summary>The most an archive may unpack to (guards against a decompression bomb).</summary>
    private const long MaxUnpacked = 8L << 30;

    /// <summary>Reads an RSA private key from PEM (PKCS#8 or PKCS#1, unencrypted).</summary>
    public static Result<RSA> ReadPrivateKey(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
        {
            return PackageErrors.KeyUnreadable("it is encrypted with a passphrase; decrypt it first (openssl pkey -in KEY -out PLAIN)");
        }

        if (pem.Contains("EC PRIVATE KEY", StringComparison.Ordinal))
        {
            return PackageErrors.KeyUnreadable("it is an elliptic-curve key; Custos packages are encrypted to RSA certificates");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            return PackageErrors.KeyUnreadable("no RSA private key was found in it");
        }
    }

    /// <summary>Verifies <paramref name="package"/> with the agency's <paramref name="key"/> against the ledger's <paramref name="ledgerKey"/>.</summary>
    public static Result<VerifiedPackage> Verify(byte[] package, RSA key, NoteVerifierKey ledgerKey)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(ledgerKey);
        var content = Decrypt(package, key);
        if (!content.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(content.Errors);
        }

        var read = Unzip(content.Value);
        if (!read.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(read.Errors);
        }

        var files = read.Value;
        foreach (var path in PackageFormat.LedgerPaths)
        {
            if (!files.ContainsKey(path))
            {
                return PackageErrors.LedgerMissing(path);
            }
        }

        var proof = ReadProof(files[PackageFormat.InclusionProofPath]);
        if (!proof.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(proof.Errors);
        }

        var note = LedgerEvidence.Text(files[PackageFormat.CheckpointPath]);
        var details = LedgerEvidence.Text(files[PackageFormat.EventDetailsPath]);
        var salt = ReadSalt(files[PackageFormat.EventSaltPath]);
        if (note is null)
        {
            return PackageErrors.CheckpointMalformed("it is not UTF-8 text.");
        }

        // The checkpoint and the proof first: nothing in the package is trusted before the ledger vouches for it. A salt
        // or details file that cannot be read opens no commitment, and fails as such.
        var (leafIndex, treeSize, hashes) = proof.Value;
        var proven = LedgerEvidence.Check(note, ledgerKey, leafIndex, treeSize, hashes, files[PackageFormat.EventPath], salt ?? [], details ?? "");
        if (!proven.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(proven.Errors);
        }

        if (!files.TryGetValue(PackageFormat.ManifestPath, out var manifestBytes))
        {
            return PackageErrors.ManifestMissing;
        }

        var manifestSha256 = PackageManifest.Hash(manifestBytes);
        if (!string.Equals(manifestSha256, proven.Value.ManifestSha256, StringComparison.Ordinal))
        {
            return PackageErrors.ManifestNotCommitted(manifestSha256, proven.Value.ManifestSha256);
        }

        var manifest = PackageManifest.Parse(manifestBytes);
        if (!manifest.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(manifest.Errors);
        }

        if (CheckFiles(manifest.Value, files) is { } mismatch)
        {
            return mismatch;
        }

        // The agency holds the data, so it can name the customers itself, and recompute their keys from the codes.
        var accounts = PackageKeyCheck.DataAccounts(manifest.Value, files);
        if (!accounts.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(accounts.Errors);
        }

        if (PackageKeyCheck.CheckCustomers(manifest.Value, accounts.Value) is { } customers)
        {
            return customers;
        }

        // A production sealed under a non-disclosure order names its customers through a commitment the details open.
        var named = PackageKeyCheck.NamedKeys(proven.Value.Event, details, manifest.Value.References);
        if (!named.IsSuccess)
        {
            return Result<VerifiedPackage>.Failure(named.Errors);
        }

        if (PackageKeyCheck.CheckKeys(manifest.Value.References, named.Value) is { } keys)
        {
            return keys;
        }

        return new VerifiedPackage(manifest.Value, manifestSha256, files, proven.Value.Checkpoint, proven.Value.LeafIndex, proven.Value.Event.Time)
        {
            CustomerKeys = manifest.Value.References.CustomerKeys(),
        };
    }

    private static Result<byte[]> Decrypt(byte[] package, RSA key)
    {
        var envelope = new EnvelopedCms();
        try
        {
            envelope.Decode(package);
        }
        catch (CryptographicException)
        {
            return PackageErrors.NotCms;
        }

        foreach (var recipient in envelope.RecipientInfos)
        {
            try
            {
                envelope.Decrypt(recipient, key);
                return envelope.ContentInfo.Content;
            }
            catch (CryptographicException)
            {
                // Not this recipient's key; try the next.
            }
        }

        var recipients = envelope.RecipientInfos.Cast<RecipientInfo>()
            .Select(r => r.RecipientIdentifier.Value is X509IssuerSerial issuer ? $"the certificate of {issuer.IssuerName} with serial {issuer.SerialNumber}" : "another key")
            .ToArray();
        return PackageErrors.WrongKey(recipients.Length == 0 ? "no recipient" : string.Join(" or ", recipients));
    }

    private static Result<Dictionary<string, byte[]>> Unzip(byte[] content)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (!IsSafe(entry.FullName) || files.ContainsKey(entry.FullName))
                {
                    return PackageErrors.EntryNameInvalid(entry.FullName);
                }

                total += entry.Length;
                if (entry.Length > Array.MaxLength || total > MaxUnpacked)
                {
                    return PackageErrors.ArchiveMalformed($"it unpacks to more than {MaxUnpacked / (1L << 30)} GiB");
                }

                // The declared size sizes the buffer; a stream that ends early or runs on is a malformed archive.
                var bytes = new byte[entry.Length];
                using var stream = entry.Open();
                stream.ReadExactly(bytes);
                if (stream.ReadByte() != -1)
                {
                    return PackageErrors.ArchiveMalformed($"{entry.FullName} is longer than its declared size");
                }

                files.Add(entry.FullName, bytes);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            return PackageErrors.ArchiveMalformed(ex.Message);
        }

        return files;
    }

    /// <summary>A relative path of non-empty segments of printable characters, no <c>.</c> or <c>..</c>, no backslash or drive.</summary>
    private static bool IsSafe(string path) =>
        path.Length is > 0 and <= 300
        && !path.StartsWith('/')
        && path.All(c => c is > ' ' and < (char)0x7F and not '\\' and not ':')
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    private static Result<(ulong LeafIndex, ulong TreeSize, IReadOnlyList<byte[]> Hashes)> ReadProof(byte[] bytes)
    {
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("leafIndex", out var index) || !index.TryGetUInt64(out var leafIndex)
                || !root.TryGetProperty("treeSize", out var size) || !size.TryGetUInt64(out var treeSize)
                || !root.TryGetProperty("hashes", out var hashes) || hashes.ValueKind != JsonValueKind.Array)
            {
                return PackageErrors.ProofMalformed("it needs leafIndex, treeSize and hashes");
            }

            var path = new List<byte[]>();
            foreach (var hash in hashes.EnumerateArray())
            {
                if (hash.ValueKind != JsonValueKind.String || !hash.TryGetBytesFromBase64(out var bytesOfHash) || bytesOfHash.Length != 32)
                {
                    return PackageErrors.ProofMalformed("every hash is the base64 of 32 bytes");
                }

                path.Add(bytesOfHash);
            }

            return (leafIndex, treeSize, path);
        }
        catch (JsonException ex)
        {
            return PackageErrors.ProofMalformed(ex.Message);
        }
    }

    private static byte[]? ReadSalt(byte[] bytes)
    {
        var text = LedgerEvidence.Text(bytes)?.Trim();
        return text is { Length: 64 } && text.All(char.IsAsciiHexDigit) ? Convert.FromHexString(text) : null;
    }

    private static Error? CheckFiles(PackageManifest manifest, Dictionary<string, byte[]> files)
    {
        foreach (var file in manifest.Files)
        {
            if (!files.TryGetValue(file.Path, out var bytes))
            {
                return PackageErrors.FileMissing(file.Path);
            }

            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (!string.Equals(actual, file.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                return PackageErrors.FileMismatch(file.Path, actual, file.Sha256);
            }
        }

        var listed = manifest.Files.Select(f => f.Path).Append(PackageFormat.ManifestPath).Concat(PackageFormat.LedgerPaths).ToHashSet(StringComparer.Ordinal);
        var unlisted = files.Keys.Where(p => !listed.Contains(p)).Order(StringComparer.Ordinal).FirstOrDefault();
        return unlisted is null ? null : PackageErrors.FileUnlisted(unlisted);
    }
}
