using Custos.Application.Customers.Files;
using Custos.Domain.Customers;

namespace Custos.Application.Tests.Customers;

public sealed class CustomerCsvFormatTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ReadDirectory_CrlfAndQuotedFieldsWithCommasNewlinesAndQuotes_ReadsExactValues()
    {
        _dir.Write("customers.csv",
            "account_id,given_name,family_name,native_name,residence_country,address_line,status,opened_at\r\n"
            + "1001,Jean-Pierre,\"O'Brien, Jr.\",,IE,\"Flat 2\r\n14 \"\"The Mews\"\", Main Street\",active,2020-01-01T10:00:00Z\r\n"
            + "1002,Ayşe,Yılmaz,,TR,İstiklal Cad. No: 5,active,2021-03-04T12:00:00.5+03:00\r\n");

        var result = new CustomerDataReader().ReadDirectory(_dir.Path);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var customers = result.Value.Customers;
        Assert.Equal(2, customers.Count);
        Assert.Equal("O'Brien, Jr.", customers[0].FamilyName);
        Assert.Equal("Flat 2\r\n14 \"The Mews\", Main Street", customers[0].AddressLine);
        Assert.Null(customers[0].NativeName);
        Assert.Equal("Yılmaz", customers[1].FamilyName);
        Assert.Equal(new DateTimeOffset(2021, 3, 4, 9, 0, 0, 500, TimeSpan.Zero), customers[1].OpenedAt);
        Assert.Equal(TimeSpan.FromHours(3), customers[1].OpenedAt.Offset);
    }

    [Fact]
    public void ReadDirectory_ErrorAfterMultilineField_CountsPhysicalLines()
    {
        _dir.Write("customers.csv",
            "account_id,given_name,family_name,residence_country,address_line,status,opened_at\r\n"
            + "1001,Seán,Murphy,IE,\"line one\r\nline two\r\nline three\",active,2020-01-01T10:00:00Z\r\n"
            + "1002,Niamh,Kelly,IE,Main Street,actve,2020-01-01T10:00:00Z\r\n");

        var result = new CustomerDataReader().ReadDirectory(_dir.Path);

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("customers.csv line 5, field status:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDirectory_OptionalFilesEmptyOrHeaderOnly_GiveEmptyLists()
    {
        _dir.Write("customers.csv", "account_id,given_name,family_name,residence_country,status,opened_at\n1001,Ivan,Ivanov,RU,closed,2020-01-01T10:00:00Z\n");
        _dir.Write("wallets.csv", "");
        _dir.Write("transactions.csv", "transaction_id,account_id,kind,occurred_at,asset,amount\n");
        _dir.Write("logins.csv", "login_id,account_id,occurred_at,ip_address,device\r\n");

        var result = new CustomerDataReader().ReadDirectory(_dir.Path);

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal(AccountStatus.Closed, Assert.Single(result.Value.Customers).Status);
        Assert.Empty(result.Value.Wallets);
        Assert.Empty(result.Value.Transactions);
        Assert.Empty(result.Value.Logins);
    }

    [Fact]
    public void ReadDirectory_EmptyCustomersFile_IsMissingColumns()
    {
        _dir.Write("customers.csv", "");

        var result = new CustomerDataReader().ReadDirectory(_dir.Path);

        Assert.False(result.IsSuccess);
        Assert.All(result.Errors, e => Assert.Equal(CustomerDataErrors.MissingColumn, e.Code));
        Assert.Contains(result.Errors, e => e.Field == "account_id");
    }

    [Fact]
    public void ReadDirectory_WithProgress_ReportsEveryFileCompleted()
    {
        _dir.Write("customers.csv", "account_id,given_name,family_name,residence_country,status,opened_at\n"
            + "1001,Ivan,Ivanov,RU,active,2020-01-01T10:00:00Z\n1002,Olga,Orlova,RU,active,2020-01-01T10:00:00Z\n");
        _dir.Write("wallets.csv", "account_id,asset,address,created_at\n1001,BTC,bc1qxyz,2020-01-01T10:00:00Z\n");
        var reports = new List<CustomerDataReadProgress>();

        new CustomerDataReader(new CustomerDataReadOptions { ProgressInterval = 1 })
            .ReadDirectory(_dir.Path, new Custos.Application.Common.SynchronousProgress<CustomerDataReadProgress>(reports.Add));

        var completed = reports.Where(r => r.Completed).ToList();
        Assert.Equal(["customers.csv", "wallets.csv"], completed.Select(r => r.FileName));
        Assert.Equal(2, completed[0].RowsRead);
        Assert.Equal(new FileInfo(_dir.File("customers.csv")).Length, completed[0].TotalBytes);
        Assert.Contains(reports, r => !r.Completed && r.FileName == "customers.csv" && r.RowsRead == 1);
    }

    [Fact]
    public void WriteDirectory_ValuesNeedingQuotes_RoundTrip()
    {
        var data = new CustomerDataSet();
        data.Customers.Add(new Customer
        {
            AccountId = "A,1", GivenName = "Ġużeppi", FamilyName = "Borg \"Il-Kbir\"", NativeName = "Иванов Иван\nИванович",
            ResidenceCountry = "MT", AddressLine = "23, Triq il-Kbira\r\nMosta", Status = AccountStatus.Restricted,
            OpenedAt = new DateTimeOffset(2019, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)).AddTicks(1234567),
        });
        data.Holdings.Add(new Holding { AccountId = "A,1", Asset = "BTC", Amount = 0.00000001m, AsOf = new DateOnly(2024, 2, 29) });

        CustomerDataWriter.WriteDirectory(data, _dir.Path);
        var read = new CustomerDataReader().ReadDirectory(_dir.Path);

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors));
        Assert.Equal(data.Customers, read.Value.Customers);
        Assert.Equal(data.Holdings, read.Value.Holdings);
        Assert.Equal(data.Customers[0].OpenedAt.Offset, read.Value.Customers[0].OpenedAt.Offset);
    }
}
