using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using Custos.Application.Production;
using Custos.Ledger.Notes;
using Custos.TestSupport;
using FsCheck.Xunit;

namespace Custos.Application.Tests.Hostile;

/// <summary>
/// The agency's <c>custos package verify</c> (<see cref="PackageVerifier"/>) fed hostile variants of a real sealed
/// package (<see cref="Mutations"/>): the encrypted envelope itself, the archive inside it re-encrypted to the agency,
/// and each file inside the archive. It answers with the package or a coded error and never throws; and a changed data
/// file or manifest never verifies, because the manifest names every file's hash and the ledger entry commits to the
/// manifest.
/// </summary>
public sealed class PackagePropertyTests
{
    private static readonly TestProductions.AgencyKeyPair Agency = TestProductions.NewAgency();
    private static readonly NoteSignerKey LedgerKey = NoteSignerKey.Generate(TestProductions.LedgerOrigin);
    private static readonly Lazy<byte[]> Sealed = new(() => TestProductions.SealedAsync(Agency, LedgerKey).GetAwaiter().GetResult().Sealed.Bytes);
    private static readonly Lazy<byte[]> Archive = new(() => Decrypt(Sealed.Value));
    private static readonly Lazy<(string Path, byte[] Bytes)[]> Files = new(() => Unzip(Archive.Value));
    private static readonly Lazy<RSA> Key = new(() => Agency.PrivateKey());

    [Property(MaxTest = 300)]
    public bool Envelope_AnyVariant_AnswersWithoutThrowing(int[] operations)
    {
        // What verifies is the archive inside (a byte after the DER envelope may be ignored): only that it answers.
        return Answers(PackageVerifier.Verify(Mutations.Apply(Sealed.Value, operations), Key.Value, LedgerKey.VerifierKey));
    }

    [Property(MaxTest = 300)]
    public bool Archive_AnyVariantReencryptedToTheAgency_AnswersWithoutThrowing(int[] operations)
    {
        var verified = PackageVerifier.Verify(Encrypt(Mutations.Apply(Archive.Value, operations)), Key.Value, LedgerKey.VerifierKey);
        return Answers(verified);
    }

    [Property(MaxTest = 600)]
    public bool FileInside_AnyVariant_AnswersAndAChangedDataFileOrManifestNeverVerifies(int[] operations, byte which)
    {
        var files = Files.Value;
        var (path, bytes) = files[which % files.Length];
        var changed = Mutations.Apply(bytes, operations);
        var archive = Zip(files.Select(f => f.Path == path ? (f.Path, changed) : f));

        var verified = PackageVerifier.Verify(Encrypt(archive), Key.Value, LedgerKey.VerifierKey);

        // The ledger files are JSON and notes whose meaning can survive a harmless change (a space between tokens);
        // every other file is pinned by its hash in the manifest, and the manifest by the ledger entry.
        var pinned = !path.StartsWith("ledger/", StringComparison.Ordinal);
        return Answers(verified) && (!verified.IsSuccess || !pinned || changed.AsSpan().SequenceEqual(bytes));
    }

    private static bool Answers<T>(Custos.Domain.Common.Result<T> result) =>
        result.IsSuccess || result.Errors.All(e => e.Code.StartsWith("package.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(e.Message));

    private static byte[] Decrypt(byte[] package)
    {
        var envelope = new EnvelopedCms();
        envelope.Decode(package);
        using var key = Agency.PrivateKey();
        envelope.Decrypt(envelope.RecipientInfos[0], key);
        return envelope.ContentInfo.Content;
    }

    private static byte[] Encrypt(byte[] archive)
    {
        using var certificate = Agency.Certificate();
        var envelope = new EnvelopedCms(new ContentInfo(archive), new AlgorithmIdentifier(new Oid(PackageFormat.ContentEncryptionOid), 256));
        envelope.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, certificate, RSAEncryptionPadding.OaepSHA256));
        return envelope.Encode();
    }

    private static (string Path, byte[] Bytes)[] Unzip(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive, writable: false), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return (e.FullName, buffer.ToArray());
        })];
    }

    private static byte[] Zip(IEnumerable<(string Path, byte[] Bytes)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in files)
            {
                using var stream = zip.CreateEntry(path).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
