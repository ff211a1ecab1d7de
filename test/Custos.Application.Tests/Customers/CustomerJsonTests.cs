using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Domain.Customers;

namespace Custos.Application.Tests.Customers;

public sealed class CustomerJsonTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private const string Valid = """
        {
          "formatVersion": 1,
          "customers": [
            {
              "accountId": "1001",
              "givenName": "Ivan",
              "familyName": "Ivanov",
              "nativeName": "Иванов Иван",
              "residenceCountry": "RU",
              "status": "active",
              "openedAt": "2020-01-01T10:00:00Z",
              "wallets": [ { "asset": "BTC", "address": "bc1qabc", "createdAt": "2020-01-02T10:00:00Z" } ],
              "transactions": [
                { "transactionId": "t1", "kind": "withdrawal", "occurredAt": "2020-02-01T00:00:00Z", "asset": "BTC", "amount": 0.015,
                  "counterpartyAddress": "3QScVANj4Tzrnbuh2okRoL2FAdXknKBt6m" }
              ]
            }
          ]
        }
        """;

    private Custos.Domain.Common.Result<CustomerDataSet> ReadText(string json) =>
        new CustomerDataReader().ReadJson(_dir.Write("customers.json", json));

    [Fact]
    public void ReadJson_ValidFile_ImpliesAccountIdOfNestedItems()
    {
        var result = ReadText(Valid);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var transaction = Assert.Single(result.Value.Transactions);
        Assert.Equal("1001", transaction.AccountId);
        Assert.Equal(0.015m, transaction.Amount);
        Assert.Equal("1001", Assert.Single(result.Value.Wallets).AccountId);
        Assert.Equal("Иванов Иван", Assert.Single(result.Value.Customers).NativeName);
    }

    [Fact]
    public void ReadJson_UnknownProperty_NamesLineAndProperty()
    {
        var result = ReadText(Valid.Replace("\"nativeName\"", "\"nativName\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(CustomerDataErrors.UnknownProperty, error.Code);
        Assert.Equal("nativName", error.Field);
        Assert.StartsWith("customers.json line 8, field nativName: unknown property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_AccountIdInNestedItem_IsUnknownProperty()
    {
        var result = ReadText(Valid.Replace("{ \"asset\": \"BTC\"", "{ \"accountId\": \"1002\", \"asset\": \"BTC\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.Equal(CustomerDataErrors.UnknownProperty, error.Code);
        Assert.StartsWith("customers.json line 12, field accountId:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_BadAmountString_NamesLineAndField()
    {
        var result = ReadText(Valid.Replace("\"amount\": 0.015", "\"amount\": \"0,015\"", StringComparison.Ordinal));

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("customers.json line 14, field amount: '0,015' is not a decimal number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_WrongFormatVersion_IsUnsupported()
    {
        var result = ReadText(Valid.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal));

        Assert.Equal(CustomerDataErrors.UnsupportedVersion, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void ReadJson_TruncatedFile_IsMalformedJson()
    {
        var result = ReadText(Valid[..^20]);

        Assert.Equal(CustomerDataErrors.MalformedJson, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void ReadJson_ObjectWhereValueExpected_IsInvalidFieldAndSkipped()
    {
        var result = ReadText(Valid.Replace("\"givenName\": \"Ivan\"", "\"givenName\": { \"first\": \"Ivan\" }", StringComparison.Ordinal));

        Assert.Collection(result.Errors, e => Assert.StartsWith("customers.json line 6, field givenName: must be a string", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void WriteJson_GeneratedData_RoundTrips()
    {
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 300, Seed = 7 }).Generate();
        var path = _dir.File("customers.json");

        CustomerDataWriter.WriteJson(data, path);
        var read = new CustomerDataReader().Read(path);

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors.Take(5)));
        AssertSameData(data, read.Value);
    }

    [Fact]
    public void ReadJson_ErrorDeepInLargeFile_ReportsTheRightLine()
    {
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 300, Seed = 7 }).Generate();
        var path = _dir.File("customers.json");
        CustomerDataWriter.WriteJson(data, path);
        var lines = File.ReadAllLines(path);
        var target = Array.FindLastIndex(lines, l => l.Contains("\"amount\":", StringComparison.Ordinal));
        lines[target] = lines[target][..lines[target].IndexOf(':', StringComparison.Ordinal)] + ": \"abc\",";
        File.WriteAllLines(path, lines);
        Assert.True(new FileInfo(path).Length > 4 * 65536, "the file must span several read buffers");

        var error = Assert.Single(new CustomerDataReader().Read(path).Errors);

        Assert.StartsWith($"customers.json line {target + 1}, field amount: 'abc'", error.Message, StringComparison.Ordinal);
    }

    internal static void AssertSameData(CustomerDataSet expected, CustomerDataSet actual)
    {
        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Equal(expected.ResidencePermits.Order(ByAccount.Instance), actual.ResidencePermits.Order(ByAccount.Instance));
        Assert.Equal(expected.KycDocuments.Order(ByAccount.Instance), actual.KycDocuments.Order(ByAccount.Instance));
        Assert.Equal(expected.Wallets.Order(ByAccount.Instance), actual.Wallets.Order(ByAccount.Instance));
        Assert.Equal(expected.Transactions.Order(ByAccount.Instance), actual.Transactions.Order(ByAccount.Instance));
        Assert.Equal(expected.Logins.Order(ByAccount.Instance), actual.Logins.Order(ByAccount.Instance));
        Assert.Equal(expected.Holdings.Order(ByAccount.Instance), actual.Holdings.Order(ByAccount.Instance));
    }

    /// <summary>Orders items by account id, keeping the order within an account (the JSON form groups items by customer).</summary>
    private sealed class ByAccount : IComparer<object>
    {
        public static readonly ByAccount Instance = new();

        public int Compare(object? x, object? y) => string.CompareOrdinal(Account(x), Account(y));

        private static string? Account(object? item) => item switch
        {
            ResidencePermit p => p.AccountId,
            KycDocument d => d.AccountId,
            Wallet w => w.AccountId,
            Transaction t => t.AccountId,
            LoginEvent l => l.AccountId,
            Holding h => h.AccountId,
            _ => null,
        };
    }
}
