using Custos.Application.Customers.Files;
using Custos.Domain.Common;
using Custos.Domain.Customers;

namespace Custos.Application.Tests.Customers;

public sealed class CustomerCsvErrorTests : IDisposable
{
    private const string CustomersHeader = "account_id,given_name,family_name,residence_country,status,opened_at\n";
    private const string TwoCustomers = CustomersHeader
        + "1001,Ivan,Ivanov,RU,active,2020-01-01T10:00:00Z\n"
        + "1002,Anna,Müller,DE,active,2021-03-04T12:00:00+01:00\n";

    private const string TransactionsHeader = "transaction_id,account_id,kind,occurred_at,asset,amount\n";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private Result<CustomerDataSet> Read(CustomerDataReadOptions? options = null) => new CustomerDataReader(options).ReadDirectory(_dir.Path);

    private static Error Single(Result<CustomerDataSet> result)
    {
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void ReadDirectory_BadDecimal_NamesFileLineAndField()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("transactions.csv", TransactionsHeader
            + "t1,1001,deposit,2021-01-01T00:00:00Z,BTC,0.5\n"
            + "t2,1001,deposit,2021-01-02T00:00:00Z,BTC,abc\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.InvalidField, error.Code);
        Assert.Equal("amount", error.Field);
        Assert.StartsWith("transactions.csv line 3, field amount: 'abc' is not a decimal number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1,000.5")]
    [InlineData("1e3")]
    [InlineData("-2")]
    public void ReadDirectory_AmountNotPlainNonNegativeDecimal_IsInvalid(string amount)
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("holdings.csv", $"account_id,asset,amount,as_of\n1001,BTC,\"{amount}\",2024-01-01\n");

        var error = Single(Read());

        Assert.Equal("amount", error.Field);
        Assert.StartsWith("holdings.csv line 2, field amount:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_BadDate_NamesFileLineAndField()
    {
        _dir.Write("customers.csv", "account_id,given_name,family_name,date_of_birth,residence_country,status,opened_at\n"
            + "1001,Ivan,Ivanov,1985-02-30,RU,active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal("date_of_birth", error.Field);
        Assert.StartsWith("customers.csv line 2, field date_of_birth: '1985-02-30' is not a date", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01T10:00:00")]
    [InlineData("2020-01-01 10:00:00Z")]
    [InlineData("01/02/2020")]
    public void ReadDirectory_TimestampWithoutOffsetOrNotIso_IsInvalid(string openedAt)
    {
        _dir.Write("customers.csv", CustomersHeader + $"1001,Ivan,Ivanov,RU,active,{openedAt}\n");

        var error = Single(Read());

        Assert.Equal("opened_at", error.Field);
        Assert.Contains("ISO 8601 timestamp with an offset", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_BadEnum_ListsAllowedValues()
    {
        _dir.Write("customers.csv", CustomersHeader + "1001,Ivan,Ivanov,RU,Active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal("customers.csv line 2, field status: 'Active' is not one of: active, suspended, restricted, closed", error.Message);
    }

    [Fact]
    public void ReadDirectory_LowercaseCountry_IsInvalid()
    {
        _dir.Write("customers.csv", CustomersHeader + "1001,Ivan,Ivanov,ru,active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal("residence_country", error.Field);
        Assert.StartsWith("customers.csv line 2, field residence_country: 'ru' is not an ISO 3166-1 alpha-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_EmptyRequiredValue_IsMissingValue()
    {
        _dir.Write("customers.csv", CustomersHeader + "1001,,Ivanov,RU,active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.MissingValue, error.Code);
        Assert.Equal("customers.csv line 2, field given_name: a value is required", error.Message);
    }

    [Fact]
    public void ReadDirectory_MissingRequiredColumn_NamesColumnOnLineOne()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("wallets.csv", "account_id,asset,created_at\n1001,BTC,2021-01-01T00:00:00Z\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.MissingColumn, error.Code);
        Assert.Equal("address", error.Field);
        Assert.StartsWith("wallets.csv line 1, field address:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_UnknownColumn_IsErrorNotIgnored()
    {
        _dir.Write("customers.csv", "account_id,given_name,family_name,residence_country,status,opened_at,emial\n"
            + "1001,Ivan,Ivanov,RU,active,2020-01-01T10:00:00Z,ivan@example.org\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.UnknownColumn, error.Code);
        Assert.Equal("emial", error.Field);
        Assert.StartsWith("customers.csv line 1, field emial: unknown column 'emial'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_DuplicateAccountId_NamesSecondLine()
    {
        _dir.Write("customers.csv", TwoCustomers + "1001,Petr,Petrov,RU,active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.DuplicateKey, error.Code);
        Assert.StartsWith("customers.csv line 4, field account_id:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_DuplicateWalletAddressOfSameAsset_IsDuplicateKey()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("wallets.csv", "account_id,asset,address,created_at\n"
            + "1001,BTC,bc1qabc,2021-01-01T00:00:00Z\n"
            + "1002,ETH,bc1qabc,2021-01-01T00:00:00Z\n"
            + "1002,BTC,bc1qabc,2021-01-01T00:00:00Z\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.DuplicateKey, error.Code);
        Assert.StartsWith("wallets.csv line 4, field address:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_DuplicateTransactionAndLoginIds_AreDuplicateKeys()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("transactions.csv", TransactionsHeader
            + "t1,1001,deposit,2021-01-01T00:00:00Z,BTC,0.5\n"
            + "t1,1002,withdrawal,2021-01-01T00:00:00Z,BTC,0.5\n");
        _dir.Write("logins.csv", "login_id,account_id,occurred_at,ip_address\n"
            + "l1,1001,2021-01-01T00:00:00Z,10.0.0.1\n"
            + "l1,1001,2021-01-01T00:00:00Z,2001:db8::1\n");

        var result = Read();

        Assert.Collection(result.Errors,
            e => Assert.StartsWith("transactions.csv line 3, field transaction_id:", e.Message, StringComparison.Ordinal),
            e => Assert.StartsWith("logins.csv line 3, field login_id:", e.Message, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(CustomerDataErrors.DuplicateKey, e.Code));
    }

    [Fact]
    public void ReadDirectory_DanglingAccountReference_IsUnknownAccount()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("transactions.csv", TransactionsHeader + "t1,9999,deposit,2021-01-01T00:00:00Z,BTC,0.5\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.UnknownAccount, error.Code);
        Assert.StartsWith("transactions.csv line 2, field account_id: account '9999'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_ReferenceToAccountThePredicateKnows_IsAccepted()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("transactions.csv", TransactionsHeader
            + "t1,9999,deposit,2021-01-01T00:00:00Z,BTC,0.5\n"
            + "t2,9999,deposit,2021-01-02T00:00:00Z,BTC,0.5\n"
            + "t3,8888,deposit,2021-01-02T00:00:00Z,BTC,0.5\n");
        var asked = new List<string>();

        var result = Read(new CustomerDataReadOptions
        {
            AccountExists = id =>
            {
                asked.Add(id);
                return id == "9999";
            },
        });

        var error = Single(result);
        Assert.StartsWith("transactions.csv line 4, field account_id: account '8888'", error.Message, StringComparison.Ordinal);
        Assert.Equal(["9999", "8888"], asked); // asked once per distinct id
    }

    [Fact]
    public void ReadDirectory_TradeWithoutCounterAsset_IsMissingValue()
    {
        _dir.Write("customers.csv", TwoCustomers);
        _dir.Write("transactions.csv", TransactionsHeader.TrimEnd('\n') + ",counter_asset,counter_amount\n"
            + "t1,1001,trade,2021-01-01T00:00:00Z,BTC,0.5,,20000\n");

        var error = Single(Read());

        Assert.Equal("transactions.csv line 2, field counter_asset: a trade needs the asset given in exchange", error.Message);
    }

    [Fact]
    public void ReadDirectory_RowWithWrongFieldCount_IsReported()
    {
        _dir.Write("customers.csv", CustomersHeader + "1001,Ivan,Ivanov,RU,active\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.FieldCount, error.Code);
        Assert.Equal("customers.csv line 2: the row has 5 fields but the header has 6", error.Message);
    }

    [Fact]
    public void ReadDirectory_StrayQuote_IsMalformedCsvWithLine()
    {
        _dir.Write("customers.csv", TwoCustomers + "1003,Ol\"ga,Orlova,RU,active,2020-01-01T10:00:00Z\n");

        var error = Single(Read());

        Assert.Equal(CustomerDataErrors.MalformedCsv, error.Code);
        Assert.StartsWith("customers.csv line 4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_ManyErrors_StopsAtLimitAndSaysSo()
    {
        var rows = string.Concat(Enumerable.Range(0, 50).Select(i => $"{i},Ivan,Ivanov,XX1,active,2020-01-01T10:00:00Z\n"));
        _dir.Write("customers.csv", CustomersHeader + rows);

        var result = Read(new CustomerDataReadOptions { MaxErrors = 10 });

        Assert.Equal(11, result.Errors.Count);
        Assert.Equal(CustomerDataErrors.TooManyErrors, result.Errors[^1].Code);
        Assert.StartsWith("customers.csv line 11,", result.Errors[9].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoCustomersFile_IsNotFound()
    {
        _dir.Write("wallets.csv", "account_id,asset,address,created_at\n");

        var result = new CustomerDataReader().Read(_dir.Path);

        Assert.Equal(CustomerDataErrors.NotFound, Single(result).Code);
    }
}
