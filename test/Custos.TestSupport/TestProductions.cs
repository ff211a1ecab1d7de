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

    /// <summary>The operator's identity key of these packages (opaque identifiers, customers' disclosure codes).</summary>
    public static readonly LedgerIdentityKey Identities = new([.. Enumerable.Range(0, 32).Select(i => (byte)(0xA0 + i))]);
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

    /// <summary>What the production event of <paramref name="contents"/> names: its customers, the test agency and the request.</summary>
    public static PackageReferences References(PackageContents contents) =>
        PackageReferences.For(Identities, contents.Accounts(), ["agency:agy_test", "request:" + contents.RequestId]);

    /// <summary>The <c>ref</c> lines of an event naming <paramref name="references"/>: the customers' index keys and the others' keys, sorted.</summary>
    public static IReadOnlyList<string> Refs(PackageReferences references) =>
        [.. references.CustomerKeys().Concat(references.Others.Select(o => o.Key)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// A ledger of <paramref name="before"/> other entries, the production event naming <paramref name="refs"/> and
    /// committing to <paramref name="details"/>, and <paramref name="after"/> more, with a checkpoint signed by
    /// <paramref name="ledgerKey"/>; returns the evidence.
    /// </summary>
    public static async Task<ProductionEvidence> LedgerWithEventAsync(
        string details, NoteSignerKey ledgerKey, IReadOnlyList<string> refs, int before = 300, int after = 40, string eventType = PackageFormat.EventTypeName,
        string? publicPart = null)
    {
        var salt = RandomNumberGenerator.GetBytes(32);
        var entry = LedgerEntryFormat.Encode(new LedgerEntry(
            5020, eventType, ProducedAt, "custos-default-2026.2", new string('a', 32), new string('b', 32),
            [.. refs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], EventRecorder.Commit(salt, details), publicPart));
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
        var references = References(contents);
        var plain = PackageBuilder.Build(contents, references).Value;
        using var certificate = agency.Certificate();
        var evidence = await LedgerWithEventAsync(Details(contents, plain, certificate), ledgerKey, Refs(references));
        var sealedPackage = PackageSealer.Seal(plain, evidence, certificate, ledgerKey.VerifierKey);
        return new TestPackage(plain, evidence, sealedPackage.IsSuccess ? sealedPackage.Value : throw new InvalidOperationException(sealedPackage.Error.ToString()));
    }

    /// <summary>
    /// Builds, logs and seals a package of <paramref name="contents"/> whose production event was made while a
    /// non-disclosure order bound (docs/proofs.md, sealing): the entry leaves the customers' keys out and carries a public
    /// commitment to <paramref name="commitTo"/> of the right keys (by default the right keys), the seal's salt in its
    /// details. Returns the sealer's answer, which is a refusal when the commitment is to other keys.
    /// </summary>
    public static async Task<(PlainPackage Plain, Custos.Domain.Common.Result<SealedPackage> Sealed)> SealedUnderOrderAsync(
        AgencyKeyPair agency, NoteSignerKey ledgerKey, Func<IReadOnlyList<string>, IReadOnlyList<string>>? commitTo = null, PackageContents? contents = null)
    {
        contents ??= Contents();
        var references = References(contents);
        var plain = PackageBuilder.Build(contents, references).Value;
        using var certificate = agency.Certificate();
        var customerKeys = references.CustomerKeys();
        var sealSalt = RandomNumberGenerator.GetBytes(32);
        var details = System.Text.Json.Nodes.JsonNode.Parse(Details(contents, plain, certificate))!.AsObject();
        details["seal"] = new System.Text.Json.Nodes.JsonObject
        {
            ["refs"] = new System.Text.Json.Nodes.JsonArray([.. references.Customers.Select(c => (System.Text.Json.Nodes.JsonNode)CustomerIndexKey.Reference(c.AccountId))]),
            ["salt"] = Convert.ToHexStringLower(sealSalt),
            ["unsealBy"] = "2027-06-30",
        };
        var sealedRefs = Custos.Application.Proofs.Sealing.SealCommitment.Commit(sealSalt, commitTo is null ? customerKeys : commitTo(customerKeys));
        var others = Refs(references).Except(customerKeys, StringComparer.Ordinal).ToArray();
        var evidence = await LedgerWithEventAsync(
            details.ToJsonString(), ledgerKey, others, publicPart: $"{{\"sealedRefs\":\"{sealedRefs}\",\"unsealBy\":\"2027-06-30\"}}");
        return (plain, PackageSealer.Seal(plain, evidence, certificate, ledgerKey.VerifierKey));
    }

    /// <summary>
    /// The package of <see cref="SealedAsync"/> as an operator that logs a production under other keys than its data
    /// would make it: the production event, in a ledger of its own with a checkpoint signed by <paramref name="ledgerKey"/>,
    /// names the keys <paramref name="changeRefs"/> makes of the right ones, and commits to the manifest
    /// <paramref name="changeManifest"/> makes of the right one. The sealer refuses such a package, so this puts the manifest
    /// and the evidence into the archive itself and encrypts it again.
    /// </summary>
    public static async Task<byte[]> ForgedAsync(
        AgencyKeyPair agency, NoteSignerKey ledgerKey, Func<IReadOnlyList<string>, IReadOnlyList<string>>? changeRefs = null,
        Func<string, string>? changeManifest = null, PackageContents? contents = null)
    {
        contents ??= Contents();
        var package = await SealedAsync(agency, ledgerKey, contents);
        string manifestText;
        using (var zip = new ZipArchive(new MemoryStream(package.Plain.Archive), ZipArchiveMode.Read))
        using (var reader = new StreamReader(zip.GetEntry(PackageFormat.ManifestPath)!.Open(), Encoding.UTF8))
        {
            manifestText = await reader.ReadToEndAsync();
        }

        var manifest = Encoding.UTF8.GetBytes(changeManifest is null ? manifestText : changeManifest(manifestText));
        var refs = Refs(References(contents));
        using var certificate = agency.Certificate();
        var details = Details(contents, package.Plain with { ManifestSha256 = PackageManifest.Hash(manifest) }, certificate);
        var evidence = await LedgerWithEventAsync(details, ledgerKey, changeRefs is null ? refs : changeRefs(refs));
        return Reseal(package.Sealed.Bytes, agency, zip =>
        {
            Replace(zip, PackageFormat.ManifestPath, _ => manifest);
            Replace(zip, PackageFormat.CheckpointPath, _ => Encoding.UTF8.GetBytes(evidence.CheckpointNote));
            Replace(zip, PackageFormat.EventPath, _ => evidence.Entry);
            Replace(zip, PackageFormat.EventDetailsPath, _ => Encoding.UTF8.GetBytes(evidence.Details));
            Replace(zip, PackageFormat.EventSaltPath, _ => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(evidence.Salt)));
            Replace(zip, PackageFormat.InclusionProofPath, _ => PackageSealer.ProofJson(evidence.LeafIndex, evidence.TreeSize, evidence.InclusionProof));
        });
    }

    /// <summary><see cref="Contents"/> with a second customer's subscriber record as target 1.</summary>
    public static PackageContents TwoCustomers()
    {
        var contents = Contents();
        var other = new Customer
        {
            AccountId = "C2001", GivenName = "Ben", FamilyName = "Okafor", ResidenceCountry = "DE", Status = AccountStatus.Active,
            OpenedAt = new DateTimeOffset(2020, 2, 1, 8, 0, 0, TimeSpan.Zero),
        };
        var target = new Target { Type = TargetType.Account, Value = other.AccountId, Role = TargetRole.Suspect };
        return contents with
        {
            Items = [.. contents.Items, new ProducedItemData(new ItemKey(1, DataCategory.Subscriber), target, Range, ProductionRecords.Subscriber([other]))],
        };
    }

    /// <summary>The production event's details for <paramref name="plain"/>, encrypted to <paramref name="certificate"/>.</summary>
    public static string Details(PackageContents contents, PlainPackage plain, X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return EventRecorder.SerializeDetails(ProductionEventDetails.For(contents, plain, Convert.ToHexStringLower(SHA256.HashData(certificate.RawData))));
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
