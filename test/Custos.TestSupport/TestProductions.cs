using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.TestSupport;

/// <summary>
/// Production packages for tests, made with the real parts: an agency's RSA certificate and key, a tiled ledger (the
/// ledger library) holding the production event among other entries with a signed checkpoint, the builder and the
/// sealer. Also re-seals a decrypted package after changing it, as someone holding the agency's public certificate could.
/// </summary>
public static class TestProductions
{
    public const string LedgerOrigin = "custos.example/ledger";
    public static readonly DateTimeOffset ProducedAt = new(2026, 11, 3, 10, 0, 0, TimeSpan.Zero);
    public static readonly ItemRange Range = new(new DateOnly(2021, 1, 1), new DateOnly(2021, 3, 31));

    /// <summary>A new agency certificate (RSA 2,048, key encipherment) with its private key.</summary>
    public static AgencyKeyPair NewAgency(string name = "Agency Productions")
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Test Agency, C=US", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(ProducedAt.AddYears(-1), ProducedAt.AddYears(2));
        return new AgencyKeyPair(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>One target's subscriber record and <paramref name="transactions"/> transactions spread over the range.</summary>
    public static PackageContents Contents(int transactions = 3)
    {
        var customer = new Customer
        {
            AccountId = "C1042", GivenName = "Ana", FamilyName = "Petrova", NativeName = "Анна Петрова", ResidenceCountry = "DE",
            Email = "ana@example.org", Phone = "+49 30 1234567", Status = AccountStatus.Active, OpenedAt = new DateTimeOffset(2019, 5, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var span = (Range.End - Range.Start).Ticks;
        var records = Enumerable.Range(0, transactions).Select(i => new Transaction
        {
            TransactionId = $"T{i:D7}", AccountId = customer.AccountId, Kind = (TransactionKind)(i % 3 + 1),
            OccurredAt = Range.Start.AddTicks(span / Math.Max(transactions, 1) * i), Asset = "BTC", Amount = 0.00012345m + i,
            WalletAddress = "bc1qcustomerwallet0000000000000000000000", CounterpartyAddress = i % 3 == 2 ? null : "bc1qcounterparty" + i.ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
            TxHash = i % 3 == 2 ? null : Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))),
            CounterAsset = i % 3 == 2 ? "EUR" : null, CounterAmount = i % 3 == 2 ? 1234.5m : null,
        }).ToArray();
        var target = new Target { Type = TargetType.Account, Value = customer.AccountId, Role = TargetRole.Suspect };
        return new PackageContents("req_test", "2:21-mj-0042", "dec_test", ["vot_legal", "vot_compliance"],
        [
            new ProducedItemData(new ItemKey(0, DataCategory.Subscriber), target, Range, ProductionRecords.Subscriber([customer])),
            new ProducedItemData(new ItemKey(0, DataCategory.Transactions), target, Range, ProductionRecords.Transactions(records)),
        ], ProducedAt);
    }

    /// <summary>
    /// A ledger of <paramref name="before"/> other entries, the production event committing to <paramref name="details"/>,
    /// and <paramref name="after"/> more, with a checkpoint signed by <paramref name="ledgerKey"/>; returns the evidence.
    /// </summary>
    public static async Task<ProductionEvidence> LedgerWithEventAsync(string details, NoteSignerKey ledgerKey, int before = 300, int after = 40, string eventType = PackageFormat.EventTypeName)
    {
        var salt = RandomNumberGenerator.GetBytes(32);
        var entry = LedgerEntryFormat.Encode(new LedgerEntry(
            5020, eventType, ProducedAt, "custos-default-2026.2", new string('a', 32), new string('b', 32), [new string('c', 32)], EventRecorder.Commit(salt, details)));
        var store = new MemoryTileStore();
        var writer = (await TileWriter.OpenAsync(store, 0)).Value;
        var entries = Enumerable.Range(0, before).Select(i => (ReadOnlyMemory<byte>)Encoding.ASCII.GetBytes($"other event {i}\n"))
            .Append(entry)
            .Concat(Enumerable.Range(0, after).Select(i => (ReadOnlyMemory<byte>)Encoding.ASCII.GetBytes($"later event {i}\n")))
            .ToArray();
        var head = await writer.AppendAsync(entries);
        var note = SignedNote.Sign(new Checkpoint(LedgerOrigin, head.Size, head.RootHash).Format(), [ledgerKey]).Format();
        var proof = await ProofBuilder.CreateInclusionProofAsync(new TileHashSource(store, head.Size), (ulong)before, head.Size);
        return new ProductionEvidence
        {
            CheckpointNote = note, LeafIndex = before, TreeSize = (long)head.Size, InclusionProof = proof, Entry = entry, Salt = salt, Details = details,
        };
    }

    /// <summary>Builds, logs and seals a package of <paramref name="contents"/> to <paramref name="agency"/>.</summary>
    public static async Task<TestPackage> SealedAsync(AgencyKeyPair agency, NoteSignerKey ledgerKey, PackageContents? contents = null)
    {
        contents ??= Contents();
        var plain = PackageBuilder.Build(contents).Value;
        using var certificate = agency.Certificate();
        var details = EventRecorder.SerializeDetails(ProductionEventDetails.For(contents, plain, Convert.ToHexStringLower(SHA256.HashData(certificate.RawData))));
        var evidence = await LedgerWithEventAsync(details, ledgerKey);
        var sealedPackage = PackageSealer.Seal(plain, evidence, certificate, ledgerKey.VerifierKey);
        return new TestPackage(plain, evidence, sealedPackage.IsSuccess ? sealedPackage.Value : throw new InvalidOperationException(sealedPackage.Error.ToString()));
    }

    /// <summary>Decrypts <paramref name="package"/>, lets <paramref name="change"/> alter the archive, and encrypts it again to the same agency.</summary>
    public static byte[] Reseal(byte[] package, AgencyKeyPair agency, Action<ZipArchive> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var envelope = new EnvelopedCms();
        envelope.Decode(package);
        using var key = agency.PrivateKey();
        envelope.Decrypt(envelope.RecipientInfos[0], key);
        using var archive = new MemoryStream();
        archive.Write(envelope.ContentInfo.Content);
        using (var zip = new ZipArchive(archive, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        using var certificate = agency.Certificate();
        var again = new EnvelopedCms(new ContentInfo(archive.ToArray()), new AlgorithmIdentifier(new Oid(PackageFormat.ContentEncryptionOid), 256));
        again.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, certificate, RSAEncryptionPadding.OaepSHA256));
        return again.Encode();
    }

    /// <summary>Replaces the bytes of <paramref name="path"/> in <paramref name="zip"/>.</summary>
    public static void Replace(ZipArchive zip, string path, Func<byte[], byte[]> change)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(change);
        var entry = zip.GetEntry(path) ?? throw new InvalidOperationException($"No {path} in the archive.");
        byte[] bytes;
        using (var stream = entry.Open())
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        entry.Delete();
        using var replaced = zip.CreateEntry(path).Open();
        replaced.Write(change(bytes));
    }

    /// <summary>An agency's certificate and private key, in PEM.</summary>
    public sealed record AgencyKeyPair(string CertificatePem, string PrivateKeyPem)
    {
        public X509Certificate2 Certificate() => X509Certificate2.CreateFromPem(CertificatePem);

        public RSA PrivateKey()
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(PrivateKeyPem);
            return rsa;
        }
    }

    /// <summary>A package at both steps, with the evidence it was sealed with.</summary>
    public sealed record TestPackage(PlainPackage Plain, ProductionEvidence Evidence, SealedPackage Sealed);
}
