using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custos.Application.Production;
using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;
using Custos.TestSupport;

namespace Custos.Application.Tests.Production;

public class PackageBuilderTests
{
    internal static Dictionary<string, byte[]> Entries(byte[] archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        });
    }

    /// <summary>Builds <paramref name="contents"/> naming its customers, the test agency and the request.</summary>
    internal static Domain.Common.Result<PlainPackage> Build(PackageContents contents) => PackageBuilder.Build(contents, TestProductions.References(contents));

    [Fact]
    public void Build_TwoItems_OneJsonAndOneCsvEachAndAManifestOfExactlyThem()
    {
        var plain = Build(TestProductions.Contents()).Value;

        var entries = Entries(plain.Archive);
        Assert.Equal(
            ["data/target-0/subscriber.csv", "data/target-0/subscriber.json", "data/target-0/transactions.csv", "data/target-0/transactions.json", "manifest.json"],
            entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(4, plain.Manifest.Files.Count);
        Assert.All(plain.Manifest.Files, f => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries[f.Path])), f.Sha256));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(entries["manifest.json"])), plain.ManifestSha256);
    }

    [Fact]
    public void Build_Manifest_HoldsTheFormatRequestDecisionVotesFilesAndWhatTheEventNamesAndNothingElse()
    {
        var plain = Build(TestProductions.Contents()).Value;

        using var manifest = JsonDocument.Parse(Entries(plain.Archive)["manifest.json"]);
        var root = manifest.RootElement;
        Assert.Equal(["format", "request", "decision", "votes", "files", "customers", "otherReferences"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("custos-package/v2", root.GetProperty("format").GetString());
        var customer = Assert.Single(root.GetProperty("customers").EnumerateArray());
        Assert.Equal(["accountId", "code"], customer.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("C1042", TestProductions.Identities.DisclosureCode("C1042")), (customer.GetProperty("accountId").GetString(), customer.GetProperty("code").GetString()));
        Assert.Equal(
            [("agency", TestProductions.Identities.Opaque("agency:agy_test")), ("request", TestProductions.Identities.Opaque("request:req_test"))],
            root.GetProperty("otherReferences").EnumerateArray().Select(r => (r.GetProperty("kind").GetString(), r.GetProperty("key").GetString())));
        Assert.Equal("req_test", root.GetProperty("request").GetProperty("id").GetString());
        Assert.Equal("2:21-mj-0042", root.GetProperty("request").GetProperty("reference").GetString());
        Assert.Equal("dec_test", root.GetProperty("decision").GetString());
        Assert.Equal(["vot_legal", "vot_compliance"], root.GetProperty("votes").EnumerateArray().Select(v => v.GetString()));
        Assert.All(root.GetProperty("files").EnumerateArray(), f => Assert.Equal(["path", "sha256"], f.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public void Build_SubscriberFiles_HoldTheRecordAsTheCustomerFilesWriteIt()
    {
        var entries = Entries(Build(TestProductions.Contents()).Value.Archive);

        var csv = Encoding.UTF8.GetString(entries["data/target-0/subscriber.csv"]);
        using var json = JsonDocument.Parse(entries["data/target-0/subscriber.json"]);

        Assert.Equal(
            "account_id,given_name,family_name,native_name,email,phone,address_line,city,postal_code,residence_country,status,opened_at\n" +
            "C1042,Ana,Petrova,Анна Петрова,ana@example.org,+49 30 1234567,,,,DE,active,2019-05-01T08:00:00Z\n", csv);
        var root = json.RootElement;
        Assert.Equal("req_test", root.GetProperty("request").GetString());
        Assert.Equal("account", root.GetProperty("target").GetProperty("type").GetString());
        Assert.Equal("C1042", root.GetProperty("target").GetProperty("value").GetString());
        Assert.Equal(0, root.GetProperty("target").GetProperty("index").GetInt32());
        Assert.Equal("subscriber", root.GetProperty("category").GetString());
        Assert.Equal("2021-01-01", root.GetProperty("dateRange").GetProperty("from").GetString());
        Assert.Equal("2021-03-31", root.GetProperty("dateRange").GetProperty("to").GetString());
        Assert.Equal(1, root.GetProperty("count").GetInt32());
        var record = root.GetProperty("records")[0];
        Assert.Equal("Анна Петрова", record.GetProperty("nativeName").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("addressLine").ValueKind);
        Assert.Equal("2019-05-01T08:00:00Z", record.GetProperty("openedAt").GetString());
    }

    [Fact]
    public void Build_Transactions_KeepEveryDigitAndQuoteAsRfc4180()
    {
        var entries = Entries(Build(TestProductions.Contents(transactions: 3)).Value.Archive);

        var lines = Encoding.UTF8.GetString(entries["data/target-0/transactions.csv"]).Split('\n');
        using var json = JsonDocument.Parse(entries["data/target-0/transactions.json"]);

        Assert.Equal("transaction_id,account_id,kind,occurred_at,asset,amount,wallet_address,counterparty_address,tx_hash,counter_asset,counter_amount", lines[0]);
        Assert.StartsWith("T0000000,C1042,deposit,2021-01-01T00:00:00Z,BTC,0.00012345,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",,,EUR,1234.5", lines[3], StringComparison.Ordinal);
        Assert.Equal(5, lines.Length);
        Assert.Equal(3, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal("2.00012345", json.RootElement.GetProperty("records")[2].GetProperty("amount").GetString());
    }

    [Fact]
    public void Build_LoginRecordsOutsideTheRange_RefusedThroughTheirTimes()
    {
        var contents = TestProductions.Contents();
        var logins = ProductionRecords.LoginIp([
            new LoginEvent { LoginId = "L1", AccountId = "C1042", OccurredAt = new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.Zero), IpAddress = "192.0.2.1" },
            new LoginEvent { LoginId = "L2", AccountId = "C1042", OccurredAt = new DateTimeOffset(2022, 2, 1, 0, 0, 0, TimeSpan.Zero), IpAddress = "192.0.2.2" },
        ]);
        var item = new ProducedItemData(new ItemKey(0, DataCategory.LoginIp), contents.Items[0].Target, TestProductions.Range, logins);

        var built = Build(contents with { Items = [item] });

        Assert.Equal("production.record-out-of-range", built.Error.Code);
        Assert.Contains("Record 1 of target 0 × login-ip", built.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoItems_Refused() =>
        Assert.Equal("production.no-items", Build(TestProductions.Contents() with { Items = [] }).Error.Code);

    [Fact]
    public void Build_SameItemTwice_Refused()
    {
        var contents = TestProductions.Contents();

        Assert.Equal("production.item-duplicate", Build(contents with { Items = [contents.Items[0], contents.Items[0]] }).Error.Code);
    }

    [Fact]
    public void Build_RecordsOfAnotherCategory_Refused()
    {
        var contents = TestProductions.Contents();
        var wrong = contents.Items[1] with { Item = new ItemKey(0, DataCategory.LoginIp) };

        var built = Build(contents with { Items = [wrong] });

        Assert.Equal("production.category-mismatch", built.Error.Code);
        Assert.Contains("transactions records", built.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2021, 1, 1, 0, 0, 0, 0, true)]
    [InlineData(2021, 3, 31, 23, 59, 59, 999, true)]
    [InlineData(2021, 4, 1, 0, 0, 0, 0, false)]
    [InlineData(2020, 12, 31, 23, 59, 59, 999, false)]
    public void Build_RecordOutsideTheApprovedRange_RefusedAtTheExactBoundaries(int y, int mo, int d, int h, int mi, int s, int ms, bool inside)
    {
        var contents = TestProductions.Contents();
        var login = new LoginEvent { LoginId = "L1", AccountId = "C1042", OccurredAt = new DateTimeOffset(y, mo, d, h, mi, s, ms, TimeSpan.Zero), IpAddress = "192.0.2.1" };
        var item = new ProducedItemData(new ItemKey(0, DataCategory.LoginIp), contents.Items[0].Target, TestProductions.Range, ProductionRecords.LoginIp([login]));

        var built = Build(contents with { Items = [item] });

        Assert.Equal(inside, built.IsSuccess);
        if (!inside)
        {
            Assert.Equal("production.record-out-of-range", built.Error.Code);
            Assert.Contains("2021-01-01 to 2021-03-31", built.Error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Records_EachCategoryFactory_HasItsColumnsInBothNamings()
    {
        var customer = TestProductions.Contents().Items[0];
        var kyc = ProductionRecords.KycIdentity(
            [new Customer { AccountId = "C1", GivenName = "A", FamilyName = "B", ResidenceCountry = "DE", Status = AccountStatus.Active, OpenedAt = DateTimeOffset.UnixEpoch, DateOfBirth = new DateOnly(1990, 2, 3) },
             new Customer { AccountId = "C2", GivenName = "C", FamilyName = "D", ResidenceCountry = "DE", Status = AccountStatus.Active, OpenedAt = DateTimeOffset.UnixEpoch }],
            [new KycDocument { AccountId = "C1", Kind = KycDocumentKind.Passport, IssuingCountry = "DE", Number = "X1", VerifiedAt = DateTimeOffset.UnixEpoch },
             new KycDocument { AccountId = "C1", Kind = KycDocumentKind.NationalId, IssuingCountry = "DE", Number = "X2", VerifiedAt = DateTimeOffset.UnixEpoch }]);
        var balances = ProductionRecords.Balances([new Holding { AccountId = "C1", Asset = "ETH", Amount = 1.5m, AsOf = new DateOnly(2021, 2, 1) }]);

        Assert.Equal(DataCategory.Subscriber, customer.Records.Category);
        Assert.Equal(3, kyc.Count);
        Assert.Equal(["C1", "C1", "C2"], kyc.Rows.Select(r => r.Cells[0]));
        Assert.Equal(["passport", "national-id", null], kyc.Rows.Select(r => r.Cells[4]));
        Assert.Equal("date_of_birth", kyc.Fields[1].CsvName);
        Assert.Equal("dateOfBirth", kyc.Fields[1].JsonName);
        Assert.Equal(new DateTimeOffset(2021, 2, 1, 0, 0, 0, TimeSpan.Zero), balances.Rows.Single().At);
        Assert.All(new[] { customer.Records, kyc, balances, TestProductions.Contents(5).Items[1].Records }, r => Assert.Equal(r.Rows.Select(x => x.At), r.Times));
        Assert.Throws<ArgumentException>(() => ProductionRecords.Other(DataCategory.Content, [new ProductionColumn("a", "a")], [new ProductionRow(["x", "y"], null)]));
    }
}
