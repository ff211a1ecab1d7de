using System.Diagnostics;
using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Application.Tests.Customers;
using Xunit.Abstractions;

namespace Custos.Application.Tests.Demo;

public sealed class LargeDataSetTests(ITestOutputHelper output)
{
    [LargeFact]
    public void WriteDirectoryThenRead_100000Customers_RoundTripsWithinTimeBudget()
    {
        using var dir = new TempDirectory();
        var generator = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 100_000, Seed = 20_210_420 });

        var clock = Stopwatch.StartNew();
        var summary = generator.WriteDirectory(dir.Path);
        var writeSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var read = new CustomerDataReader().Read(dir.Path);
        var readSeconds = clock.Elapsed.TotalSeconds;

        output.WriteLine($"generate+write: {writeSeconds:F1} s; read+validate: {readSeconds:F1} s; {summary}");
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
        Assert.InRange(writeSeconds, 0, 120);
        Assert.InRange(readSeconds, 0, 60);

        var json = dir.File(CustomerDataFiles.Json);
        clock.Restart();
        CustomerDataWriter.WriteJson(data, json);
        var jsonWriteSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var jsonRead = new CustomerDataReader().Read(json);
        var jsonReadSeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"JSON: write {jsonWriteSeconds:F1} s, read {jsonReadSeconds:F1} s, {new FileInfo(json).Length / 1_048_576.0:F1} MiB");

        Assert.True(jsonRead.IsSuccess, string.Join("\n", jsonRead.Errors.Take(5)));
        Assert.Equal(data.Transactions.Count, jsonRead.Value.Transactions.Count);
        Assert.InRange(jsonReadSeconds, 0, 60);
    }
}
