using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Custos.Domain.Common;
using Custos.Ledger.Notes;

namespace Custos.Application.Production;

/// <summary>
/// Step (b) of a production, once the production event is in a signed checkpoint: checks that the evidence proves this
/// very package (the proof leads to the checkpoint's root, the salt and details open the event's commitment, the details
/// commit to this manifest, and the event names exactly the keys of the manifest's customers and other references), adds the evidence under <c>ledger/</c>, and encrypts the archive as CMS enveloped
/// data (DER, AES-256-CBC, RSA-OAEP-SHA256 key transport) to the agency's certificate, so that
/// <c>openssl cms -decrypt -inform DER -recip CERT -inkey KEY</c> opens it with no Custos software.
/// </summary>
public static class PackageSealer
{
    /// <summary>Seals <paramref name="plain"/>; give <paramref name="ledgerKey"/> to check the checkpoint's signature too.</summary>
    public static Result<SealedPackage> Seal(PlainPackage plain, ProductionEvidence evidence, X509Certificate2 recipient, NoteVerifierKey? ledgerKey = null)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(recipient);
        using (var rsa = recipient.GetRSAPublicKey())
        {
            if (rsa is null)
            {
                return PackageErrors.CertificateUnsupported;
            }
        }

        if (evidence.LeafIndex < 0 || evidence.TreeSize < 1)
        {
            return PackageErrors.EvidenceInvalid("the leaf index or tree size is out of range");
        }

        var proven = LedgerEvidence.Check(
            evidence.CheckpointNote, ledgerKey, (ulong)evidence.LeafIndex, (ulong)evidence.TreeSize, evidence.InclusionProof,
            evidence.Entry, evidence.Salt, evidence.Details);
        if (!proven.IsSuccess)
        {
            return PackageErrors.EvidenceInvalid(proven.Error.Message);
        }

        if (!string.Equals(proven.Value.ManifestSha256, plain.ManifestSha256, StringComparison.Ordinal))
        {
            return PackageErrors.EvidenceInvalid($"the event commits to manifest {proven.Value.ManifestSha256}, this package's is {plain.ManifestSha256}");
        }

        // A production sealed under a non-disclosure order names its customers through a commitment the details open.
        var named = PackageKeyCheck.NamedKeys(proven.Value.Event, evidence.Details, plain.Manifest.References);
        if ((named.IsSuccess ? PackageKeyCheck.CheckKeys(plain.Manifest.References, named.Value) : named.Error) is { } keys)
        {
            return PackageErrors.EvidenceInvalid(keys.Message.TrimEnd('.'));
        }

        var archive = WithEvidence(plain.Archive, evidence, proven.Value.Event.Time);
        var envelope = new EnvelopedCms(new ContentInfo(archive), new AlgorithmIdentifier(new Oid(PackageFormat.ContentEncryptionOid), 256));
        envelope.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, recipient, RSAEncryptionPadding.OaepSHA256));
        var bytes = envelope.Encode();
        return new SealedPackage(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), plain.ManifestSha256);
    }

    /// <summary>The bytes of <c>ledger/inclusion-proof.json</c>: leaf index, tree size and the audit path in base64.</summary>
    public static byte[] ProofJson(long leafIndex, long treeSize, IReadOnlyList<byte[]> proof)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("leafIndex", leafIndex);
            json.WriteNumber("treeSize", treeSize);
            json.WriteStartArray("hashes");
            foreach (var hash in proof)
            {
                json.WriteStringValue(Convert.ToBase64String(hash));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static byte[] WithEvidence(byte[] plain, ProductionEvidence evidence, DateTimeOffset at)
    {
        using var archive = new MemoryStream();
        archive.Write(plain);
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Update, leaveOpen: true))
        {
            PackageBuilder.Write(zip, PackageFormat.CheckpointPath, Encoding.UTF8.GetBytes(evidence.CheckpointNote), at);
            PackageBuilder.Write(zip, PackageFormat.EventPath, evidence.Entry, at);
            PackageBuilder.Write(zip, PackageFormat.EventDetailsPath, Encoding.UTF8.GetBytes(evidence.Details), at);
            PackageBuilder.Write(zip, PackageFormat.EventSaltPath, Encoding.ASCII.GetBytes(Convert.ToHexStringLower(evidence.Salt)), at);
            PackageBuilder.Write(zip, PackageFormat.InclusionProofPath, ProofJson(evidence.LeafIndex, evidence.TreeSize, evidence.InclusionProof), at);
        }

        return archive.ToArray();
    }
}
