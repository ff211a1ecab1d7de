using Custos.Domain.Customers;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;
using Custos.TestSupport;
using static Custos.Application.Tests.Preservation.PreservationFixture;

namespace Custos.Application.Tests.Preservation;

public class ProductionDataTests
{
    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_AccountTarget_LoadsExactlyItsRecordsInTheApprovedRange(string provider)
    {
        await using var fixture = await CreateAsync(provider);
        var request = Request("P1", Quarter);

        var data = await fixture.LoadAsync("req_a", request, fixture.AgencyA, Items(QuarterRange,
            DataCategory.Subscriber, DataCategory.KycIdentity, DataCategory.LoginIp, DataCategory.Transactions, DataCategory.Balances, DataCategory.PaymentSource));

        Assert.Equal(6, data.Items.Count);
        Assert.All(data.Items, i => Assert.Equal(["P1"], i.Accounts));
        Assert.All(data.Items, i => Assert.Null(i.PreservationId));
        Assert.Empty(data.PreservationIds);
        Assert.Equal(["P1"], Cells(data, DataCategory.Subscriber, "accountId"));
        Assert.Equal(["P1-PASS"], Cells(data, DataCategory.KycIdentity, "documentNumber"));
        Assert.Equal(["l1"], Cells(data, DataCategory.LoginIp, "loginId"));
        // t1 is the last millisecond of 2024 and t5 the first of April: both outside; t6 is P2's.
        Assert.Equal(["t2", "t3", "t4"], Cells(data, DataCategory.Transactions, "transactionId"));
        Assert.Equal(["2025-01-31"], Cells(data, DataCategory.Balances, "asOf"));
        var payment = data.Items.Single(i => i.Data.Item.Category == DataCategory.PaymentSource).Data.Records;
        Assert.Equal(0, payment.Count);
        Assert.Contains(payment.Fields, f => f.CsvName == "account_id");
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_NarrowedRange_LeavesOutTheDaysNotApproved(string provider)
    {
        await using var fixture = await CreateAsync(provider);

        var data = await fixture.LoadAsync("req_a", Request("P1", Quarter), null,
            Items(new ItemRange(new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 28)), DataCategory.Transactions));

        Assert.Equal(["t3"], Cells(data, DataCategory.Transactions, "transactionId"));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_UnknownAccount_ProducesAnEmptyFileForNobody(string provider)
    {
        await using var fixture = await CreateAsync(provider);

        var data = await fixture.LoadAsync("req_a", Request("P9", Quarter), null, Items(QuarterRange, DataCategory.Transactions));

        var item = Assert.Single(data.Items);
        Assert.Empty(item.Accounts);
        Assert.Equal(0, item.Data.Records.Count);
    }

    [Theory, SqliteData]
    public async Task LoadAsync_OneTargetWith100000Transactions_LoadsExactlyItsRecords(string provider)
    {
        var data = BaseData();
        var start = At(2025, 1, 1);
        data.Transactions.AddRange(Enumerable.Range(0, 100_000).Select(i => Tx($"big{i:D6}", "P1", start.AddMinutes(i), 1m)));
        // Another customer's 20,000 transactions in the same days must not be read.
        data.Transactions.AddRange(Enumerable.Range(0, 20_000).Select(i => Tx($"other{i:D6}", "P2", start.AddMinutes(i), 1m)));
        await using var fixture = await CreateAsync(provider, data);
        await fixture.LoadAsync("req_warm", Request("P2", Quarter), null, Items(QuarterRange, DataCategory.Subscriber));

        var loaded = await fixture.LoadAsync("req_a", Request("P1", Quarter), null, Items(QuarterRange, DataCategory.Transactions));

        // 100,000 minutes from 2025-01-01 end on 2025-03-11, inside the quarter; plus t2, t3 and t4. (How fast: bench/Custos.Production.Bench.)
        Assert.Equal(100_003, loaded.Items[0].Data.Records.Count);
        Assert.All(loaded.Items[0].Data.Records.Rows.Take(1000), r => Assert.Equal("P1", r.Cells[1]));
    }

    [Theory, SqliteData, PostgresData]
    public async Task LoadAsync_BulkCountryTarget_ReadsEveryReachedAccountAcrossBatches(string provider)
    {
        var data = BaseData();
        for (var i = 0; i < 1_200; i++)
        {
            var account = $"RU{i:D4}";
            data.Customers.Add(Customer(account, "Ivan", "Petrov", $"{account}@example.org", residence: "RU"));
            data.Transactions.Add(Tx($"ru{i:D4}a", account, At(2025, 2, 1), 1m));
            data.Transactions.Add(Tx($"ru{i:D4}b", account, At(2025, 6, 1), 1m)); // outside the range
        }

        await using var fixture = await CreateAsync(provider, data);
        var request = Request("x", Quarter) with { Targets = [new Target { Type = TargetType.Country, Value = "ru" }] };

        var loaded = await fixture.LoadAsync("req_a", request, null, Items(QuarterRange, DataCategory.Transactions));

        var item = Assert.Single(loaded.Items);
        Assert.Equal(1_200, item.Accounts.Count);
        Assert.Equal(1_200, item.Data.Records.Count);
        Assert.All(item.Data.Records.Rows, r => Assert.StartsWith("RU", r.Cells[1], StringComparison.Ordinal));
        Assert.DoesNotContain("P1", item.Accounts);
    }

    /// <summary>The values of one column of one category's rows, in row order.</summary>
    internal static IReadOnlyList<string?> Cells(Application.Production.ProductionDataSet data, DataCategory category, string column)
    {
        var records = data.Items.Single(i => i.Data.Item.Category == category).Data.Records;
        var index = records.Fields.Select(f => f.JsonName).ToList().IndexOf(column);
        Assert.True(index >= 0, $"No column {column}.");
        return [.. records.Rows.Select(r => r.Cells[index])];
    }
}
