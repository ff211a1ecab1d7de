using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Cli;
using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

// A production package for one target with N transactions (default 100,000) and its subscriber record, built from
// records in memory (as the builder receives them), then:
//   build  step (a): JSON and CSV per item, manifest, ZIP — against a baseline in the same run: the same two data files
//          zipped with no manifest and no hashing ("plain ZIP");
//   seal   step (b): check the ledger evidence, add it, encrypt (CMS, AES-256, RSA-OAEP) — against CMS encryption alone
//          of the same archive bytes;
//   verify custos package verify, in process (the command's whole path: read files, parse keys, decrypt, unzip, check
//          the chain, print) and as a separate process (adds .NET start-up) — against SHA-256 of the package bytes.
// These steps do not include the wait for the production event to reach a signed checkpoint (the event is appended to
// an in-memory tile log and proven directly, timed separately); the end-to-end figure at the end does: it loads the data
// from the customer store, stages, integrates and signs the ledger, and releases, as custos serve does.
//   dotnet run -c Release --project bench/Custos.Production.Bench -- [--transactions 100000] [--runs 5]
var transactions = Option("--transactions", 100_000);
var runs = Option("--runs", 5);
var inv = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(inv, $"{transactions:N0} transactions for one target, {runs} runs after one warm-up, {Environment.ProcessorCount} cores, .NET {Environment.Version}"));

using var agencyKey = RSA.Create(3072);
var certificateRequest = new CertificateRequest("CN=Bench Agency Productions", agencyKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
certificateRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
using var certificate = certificateRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
using var publicCertificate = X509CertificateLoader.LoadCertificate(certificate.RawData);
using var ledgerKey = NoteSignerKey.Generate("bench.custos.example/ledger");
var contents = Contents(transactions);
var identities = new LedgerIdentityKey(RandomNumberGenerator.GetBytes(32));
var references = PackageReferences.For(identities, contents.Accounts(), ["agency:agy_bench", "request:" + contents.RequestId]);

var builds = new List<double>();
var plainZips = new List<double>();
var seals = new List<double>();
var encryptOnly = new List<double>();
var hashes = new List<double>();
var verifies = new List<double>();
var decrypts = new List<double>();
var unzips = new List<double>();
PlainPackage? plain = null;
SealedPackage? sealedPackage = null;
ProductionEvidence? evidence = null;
double evidenceMs = 0;
for (var run = 0; run <= runs; run++)
{
    var measure = run > 0;
    var watch = Stopwatch.StartNew();
    plain = PackageBuilder.Build(contents, references).Value;
    Record(builds, watch, measure);

    watch.Restart();
    PlainZip(contents);
    Record(plainZips, watch, measure);

    if (evidence is null)
    {
        watch.Restart();
        evidence = await EvidenceAsync(contents, plain, references, certificate, ledgerKey);
        evidenceMs = watch.Elapsed.TotalMilliseconds;
    }

    watch.Restart();
    var sealedResult = PackageSealer.Seal(plain, evidence, publicCertificate, ledgerKey.VerifierKey);
    sealedPackage = sealedResult.IsSuccess ? sealedResult.Value : throw new InvalidOperationException(sealedResult.Error.ToString());
    Record(seals, watch, measure);

    watch.Restart();
    var envelope = new EnvelopedCms(new ContentInfo(plain.Archive), new AlgorithmIdentifier(new Oid(PackageFormat.ContentEncryptionOid), 256));
    envelope.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, publicCertificate, RSAEncryptionPadding.OaepSHA256));
    _ = envelope.Encode();
    Record(encryptOnly, watch, measure);

    watch.Restart();
    _ = SHA256.HashData(sealedPackage.Bytes);
    Record(hashes, watch, measure);

    watch.Restart();
    var decoded = new EnvelopedCms();
    decoded.Decode(sealedPackage.Bytes);
    decoded.Decrypt(decoded.RecipientInfos[0], agencyKey);
    Record(decrypts, watch, measure);

    watch.Restart();
    Unzip(decoded.ContentInfo.Content);
    Record(unzips, watch, measure);

    watch.Restart();
    var verified = PackageVerifier.Verify(sealedPackage.Bytes, agencyKey, ledgerKey.VerifierKey);
    Record(verifies, watch, measure);
    if (!verified.IsSuccess)
    {
        throw new InvalidOperationException(verified.Error.ToString());
    }
}

Console.WriteLine(string.Create(inv,
    $"package: {sealedPackage!.Bytes.Length / 1e6:0.0} MB encrypted ({plain!.Archive.Length / 1e6:0.0} MB plain archive); data files {string.Join(", ", plain.Manifest.Files.Select(f => f.Path))}"));
Console.WriteLine(string.Create(inv, $"not counted: appending the event to an in-memory tile log of 10,001 entries, signing the checkpoint and proving it took {evidenceMs:0} ms (the real wait for a checkpoint does not exist in this harness)"));
Console.WriteLine();
Report("build (step a: files, manifest, ZIP)", builds, "plain ZIP of the same two data files", plainZips);
Report("seal (step b: evidence, CMS encryption)", seals, "CMS encryption alone of the plain archive", encryptOnly);
var totals = builds.Zip(seals, (a, b) => a + b).ToList();
Report("build + seal (target < 5 s)", totals, "SHA-256 of the package", hashes);
Report("PackageVerifier.Verify", verifies, "SHA-256 of the package", hashes);
Report("  of which: CMS decryption alone", decrypts, "SHA-256 of the package", hashes);
Report("  of which: unzipping alone", unzips, "SHA-256 of the package", hashes);

// End to end in Custos: load the two items from the customer store on SQLite (ProductionData), stage (build +
// production.created + productions row, saved), integrate and sign the ledger (LedgerIntegrator, as custos serve runs
// it, without its batch window), release (inclusion proof, seal, save).
var (endToEnd, phases) = await EndToEnd.RunAsync(contents, Store(transactions), certificate.ExportCertificatePem(), runs);
Report("load from the store + stage + integrate + sign + release (target < 5 s)", endToEnd, "build + seal in memory", totals);
foreach (var (phase, laps) in phases)
{
    Report("  of which: " + phase, laps, "build + seal in memory", totals);
}
Console.WriteLine("  (custos serve adds at most the integrator's batch window, 250 ms, before the checkpoint is signed)");

var directory = Directory.CreateTempSubdirectory("custos-production-bench").FullName;
try
{
    var packagePath = Path.Combine(directory, "package.p7m");
    var keyPath = Path.Combine(directory, "agency.key");
    await File.WriteAllBytesAsync(packagePath, sealedPackage.Bytes);
    await File.WriteAllTextAsync(keyPath, agencyKey.ExportPkcs8PrivateKeyPem());
    string[] arguments = ["package", "verify", packagePath, "--key", keyPath, "--log-key", ledgerKey.VerifierKey.Format()];
    var commands = new List<double>();
    for (var run = 0; run <= runs; run++)
    {
        var watch = Stopwatch.StartNew();
        var code = await InProcessAsync(arguments);
        Record(commands, watch, run > 0);
        if (code != 0)
        {
            throw new InvalidOperationException($"custos package verify exited {code}");
        }
    }

    Report("custos package verify, in process (target < 2 s)", commands, "SHA-256 of the package", hashes);
    var cli = Path.Combine(AppContext.BaseDirectory, "custos.dll");
    if (File.Exists(cli) && File.Exists(Path.Combine(AppContext.BaseDirectory, "custos.runtimeconfig.json")))
    {
        var processes = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var code = await ProcessAsync(cli, arguments);
            Record(processes, watch, run > 0);
            if (code != 0)
            {
                throw new InvalidOperationException($"custos package verify exited {code}");
            }
        }

        Report("custos package verify, as a process", processes, "SHA-256 of the package", hashes);
    }
    else
    {
        Console.WriteLine($"custos package verify as a process: skipped, no custos.dll with its runtimeconfig in {AppContext.BaseDirectory}");
    }
}
finally
{
    Directory.Delete(directory, recursive: true);
}

return 0;

static void Record(List<double> into, Stopwatch watch, bool measure)
{
    if (measure)
    {
        into.Add(watch.Elapsed.TotalMilliseconds);
    }
}

static void Report(string label, List<double> times, string baselineLabel, List<double> baseline)
{
    static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
    var median = Median(times);
    var reference = Median(baseline);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label,-50} median {median,8:0} ms (min {times.Min(),6:0}, max {times.Max(),6:0})   baseline {baselineLabel}: {reference:0.0} ms, ratio {median / reference:0.0}x"));
}

static async Task<int> InProcessAsync(string[] arguments)
{
    var output = Console.Out;
    var error = Console.Error;
    Console.SetOut(TextWriter.Null);
    Console.SetError(TextWriter.Null);
    try
    {
        return await CustosCli.Build().Parse(arguments).InvokeAsync();
    }
    finally
    {
        Console.SetOut(output);
        Console.SetError(error);
    }
}

static async Task<int> ProcessAsync(string cli, string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    start.ArgumentList.Add(cli);
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
    await process.WaitForExitAsync();
    await drain;
    return process.ExitCode;
}

static void PlainZip(PackageContents contents)
{
    using var archive = new MemoryStream();
    using var zip = new ZipArchive(archive, ZipArchiveMode.Create, leaveOpen: true);
    foreach (var item in contents.Items)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', item.Records.Fields.Select(f => f.CsvName)).Append('\n');
        var json = new StringBuilder("[");
        foreach (var row in item.Records.Rows)
        {
            csv.AppendJoin(',', row.Cells.Select(c => c ?? "")).Append('\n');
            json.Append('{');
            for (var i = 0; i < row.Cells.Count; i++)
            {
                json.Append('"').Append(item.Records.Fields[i].JsonName).Append("\":\"").Append(row.Cells[i]).Append("\",");
            }

            json.Append("},");
        }

        json.Append(']');
        foreach (var (name, text) in new[] { ("csv", csv), ("json", json) })
        {
            using var stream = zip.CreateEntry($"{item.Item.Category}.{name}", CompressionLevel.Fastest).Open();
            stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        }
    }
}

static void Unzip(byte[] archive)
{
    using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
    foreach (var entry in zip.Entries)
    {
        using var stream = entry.Open();
        stream.CopyTo(Stream.Null);
    }
}

static async Task<ProductionEvidence> EvidenceAsync(PackageContents contents, PlainPackage plain, PackageReferences references, X509Certificate2 certificate, NoteSignerKey key)
{
    var details = EventRecorder.SerializeDetails(ProductionEventDetails.For(contents, plain, Convert.ToHexStringLower(SHA256.HashData(certificate.RawData))));
    var salt = RandomNumberGenerator.GetBytes(32);
    var entry = LedgerEntryFormat.Encode(new LedgerEntry(5020, PackageFormat.EventTypeName, DateTimeOffset.UtcNow, null, new string('a', 32), new string('b', 32),
        [.. references.CustomerKeys().Concat(references.Others.Select(o => o.Key)).Order(StringComparer.Ordinal)], EventRecorder.Commit(salt, details)));
    var store = new MemoryTileStore();
    var writer = (await TileWriter.OpenAsync(store, 0)).Value;
    var others = Enumerable.Range(0, 10_000).Select(i => (ReadOnlyMemory<byte>)Encoding.ASCII.GetBytes($"other event {i}\n"));
    var head = await writer.AppendAsync([.. others, entry]);
    var note = SignedNote.Sign(new Checkpoint("bench.custos.example/ledger", head.Size, head.RootHash).Format(), [key]).Format();
    var proof = await ProofBuilder.CreateInclusionProofAsync(new TileHashSource(store, head.Size), head.Size - 1, head.Size);
    return new ProductionEvidence
    {
        CheckpointNote = note, LeafIndex = (long)head.Size - 1, TreeSize = (long)head.Size, InclusionProof = proof, Entry = entry, Salt = salt, Details = details,
    };
}

static CustomerDataSet Store(int count)
{
    var (customer, records) = Records(count);
    var store = new CustomerDataSet();
    store.Customers.Add(customer);
    store.Transactions.AddRange(records);
    return store;
}

static PackageContents Contents(int count)
{
    var range = new ItemRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
    var (customer, records) = Records(count);
    var target = new Target { Type = TargetType.Account, Value = customer.AccountId };
    return new PackageContents("req_bench", "bench-case-1", "dec_bench", ["vot_a", "vot_b"],
    [
        new ProducedItemData(new ItemKey(0, DataCategory.Subscriber), target, range, ProductionRecords.Subscriber([customer])),
        new ProducedItemData(new ItemKey(0, DataCategory.Transactions), target, range, ProductionRecords.Transactions(records)),
    ], DateTimeOffset.UtcNow);
}

static (Customer Customer, Transaction[] Records) Records(int count)
{
    var range = new ItemRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));
    var customer = new Customer
    {
        AccountId = "C0001042", GivenName = "Ana", FamilyName = "Petrova", ResidenceCountry = "DE", Email = "ana@example.org",
        Status = AccountStatus.Active, OpenedAt = new DateTimeOffset(2019, 5, 1, 8, 0, 0, TimeSpan.Zero),
    };
    var step = (range.End - range.Start).Ticks / count;
    var records = new Transaction[count];
    for (var i = 0; i < count; i++)
    {
        var trade = i % 3 == 2;
        records[i] = new Transaction
        {
            TransactionId = "T" + i.ToString("D9", CultureInfo.InvariantCulture), AccountId = customer.AccountId, Kind = (TransactionKind)(i % 3 + 1),
            OccurredAt = range.Start.AddTicks(step * i), Asset = i % 2 == 0 ? "BTC" : "USDT", Amount = 0.00012345m * (i + 1),
            WalletAddress = trade ? null : "bc1qcustomerwallet" + (i % 7).ToString(CultureInfo.InvariantCulture).PadLeft(24, '0'),
            CounterpartyAddress = trade ? null : "bc1qcounterparty" + (i % 1000).ToString(CultureInfo.InvariantCulture).PadLeft(26, '0'),
            TxHash = trade ? null : Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))),
            CounterAsset = trade ? "EUR" : null, CounterAmount = trade ? 12.34m * (i % 100) : null,
        };
    }

    return (customer, records);
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}
