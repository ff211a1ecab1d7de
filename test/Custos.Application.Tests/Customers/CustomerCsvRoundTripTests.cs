using Custos.Application.Customers.Files;
using Custos.Application.Demo;

namespace Custos.Application.Tests.Customers;

public sealed class CustomerCsvRoundTripTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void WriteDirectory_GeneratedData_ReadsBackEqual()
    {
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 500, Seed = 11 }).Generate();

        CustomerDataWriter.WriteDirectory(data, _dir.Path);
        var read = new CustomerDataReader().Read(_dir.Path);

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors.Take(5)));
        Assert.Equal(data.Customers, read.Value.Customers);
        Assert.Equal(data.ResidencePermits, read.Value.ResidencePermits);
        Assert.Equal(data.KycDocuments, read.Value.KycDocuments);
        Assert.Equal(data.Wallets, read.Value.Wallets);
        Assert.Equal(data.Transactions, read.Value.Transactions);
        Assert.Equal(data.Logins, read.Value.Logins);
        Assert.Equal(data.Holdings, read.Value.Holdings);
    }

    [Fact]
    public void WriteDirectory_Always_WritesAllSevenFilesWithHeaders()
    {
        var data = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 1, Seed = 1 }).Generate();

        CustomerDataWriter.WriteDirectory(data, _dir.Path);

        foreach (var file in CustomerDataFiles.CsvFiles)
        {
            var firstLine = File.ReadLines(_dir.File(file)).First();
            Assert.Matches("^[a-z_]+(,[a-z_]+)+$", firstLine);
        }

        Assert.Equal(
            "account_id,given_name,family_name,native_name,date_of_birth,place_of_birth,nationality,residence_country,email,phone,address_line,city,postal_code,status,opened_at",
            File.ReadLines(_dir.File(CustomerDataFiles.Customers)).First());
    }
}
