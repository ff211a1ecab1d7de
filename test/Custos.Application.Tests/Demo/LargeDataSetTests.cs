using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Application.Tests.Customers;
using Xunit.Abstractions;

namespace Custos.Application.Tests.Demo;

public sealed class LargeDataSetTests(ITestOutputHelper output)
{
    [LargeFact]
    public void WriteDirectoryThenRead_100000Customers_RoundTripsCompletely()
    {
        using var dir = new TempDirectory();
        var generator = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 100_000, Seed = 20_210_420 });

        // Correctness at full scale only; how long it takes is measured with the commands (README, `custos demo
        // generate` / `custos customers import`), never asserted in a test.
        var summary = generator.WriteDirectory(dir.Path);
        var read = new CustomerDataReader().Read(dir.Path);

        output.WriteLine(summary.ToString());
        foreach (var file in CustomerDataFiles.CsvFiles)
        {
            output.WriteLine($"{file}: {new FileInfo(dir.File(file)).Length / 1_048_576.0:F1} MiB");
        }

        Assert.True(read.IsSuccess, string.Join("\n", read.Errors.Take(5)));
        var data = read.Value;
        Assert.Equal(100_000, data.Customers.Count);
        Assert.Equal(summary.Transactions, data.Transactions.Count);
        Assert.Equal(summary.Wallets, data.Wallets.Count);
        Assert.Equal(summary.Logins, data.Logins.Count);
        Assert.Equal(summary.Holdings, data.Holdings.Count);
        Assert.Equal(summary.KycDocuments, data.KycDocuments.Count);
        Assert.Equal(summary.ResidencePermits, data.ResidencePermits.Count);
        Assert.InRange(summary.Transactions, 1_000_000, 2_500_000);
        Assert.Equal(400, data.Transactions.Where(t => t.CounterpartyAddress == DemoDataGenerator.CampaignAddress)
            .Select(t => t.AccountId).Distinct(StringComparer.Ordinal).Count());

        var json = dir.File(CustomerDataFiles.Json);
        CustomerDataWriter.WriteJson(data, json);
        var jsonRead = new CustomerDataReader().Read(json);
        output.WriteLine($"JSON: {new FileInfo(json).Length / 1_048_576.0:F1} MiB");

        Assert.True(jsonRead.IsSuccess, string.Join("\n", jsonRead.Errors.Take(5)));
        Assert.Equal(data.Transactions.Count, jsonRead.Value.Transactions.Count);
    }
}
