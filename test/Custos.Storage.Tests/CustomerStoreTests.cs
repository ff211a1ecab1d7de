using Custos.Domain.Customers;
using Custos.Storage.Customers;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage.Tests;

public class CustomerStoreTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_NewDataSet_StoresEveryFieldExactly(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = SampleData();

        var counts = await WriteAsync(database, data, replaceAll: false);

        Assert.Equal(new CustomerWriteCounts(2, 1, 1, 2, 2, 1, 1), counts);
        await using var db = database.CreateContext();
        var olga = await db.Customers.SingleAsync(c => c.AccountId == "C1");
        Assert.Equal(data.Customers[0], olga);
        Assert.Equal(data.Transactions.OrderBy(t => t.TransactionId), await db.Transactions.OrderBy(t => t.TransactionId).ToListAsync());
        Assert.Equal(data.Holdings[0], await db.Holdings.SingleAsync());
        Assert.Equal(data.ResidencePermits[0], await db.ResidencePermits.SingleAsync());
        Assert.Equal(data.KycDocuments[0], await db.KycDocuments.SingleAsync());
        Assert.Equal(data.Logins[0], await db.Logins.SingleAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_SameKeysAgain_UpdatesInsteadOfDuplicating(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, SampleData(), replaceAll: false);
        var changed = SampleData();
        changed.Customers[0] = changed.Customers[0] with { Email = "new@example.org", Status = AccountStatus.Restricted };

        await WriteAsync(database, changed, replaceAll: false);

        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Customers.CountAsync());
        var olga = await db.Customers.SingleAsync(c => c.AccountId == "C1");
        Assert.Equal("new@example.org", olga.Email);
        Assert.Equal(AccountStatus.Restricted, olga.Status);
        Assert.Equal(2, await db.Transactions.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_ReplaceAll_RemovesWhatTheSnapshotNoLongerHolds(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, SampleData(), replaceAll: false);
        var snapshot = new CustomerDataSet();
        snapshot.Customers.Add(SampleData().Customers[1]);

        await WriteAsync(database, snapshot, replaceAll: true);

        await using var db = database.CreateContext();
        Assert.Equal(["C2"], await db.Customers.Select(c => c.AccountId).ToListAsync());
        Assert.Equal(0, await db.Transactions.CountAsync());
        Assert.Equal(0, await db.Wallets.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task WriteAsync_RolledBack_LeavesNothingBehind(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await CustomerStore.WriteAsync(db.Database.GetDbConnection(), Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction), SampleData(), false, ImportedAt);
            await transaction.RollbackAsync();
        }

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.Customers.CountAsync());
        Assert.Equal(0, await check.Transactions.CountAsync());
    }

    private static async Task<CustomerWriteCounts> WriteAsync(TestDatabase database, CustomerDataSet data, bool replaceAll)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var counts = await CustomerStore.WriteAsync(
            db.Database.GetDbConnection(), Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(transaction), data, replaceAll, ImportedAt);
        await transaction.CommitAsync();
        return counts;
    }

    internal static CustomerDataSet SampleData()
    {
        var data = new CustomerDataSet();
        data.Customers.Add(new Customer
        {
            AccountId = "C1", GivenName = "Olga", FamilyName = "Smirnova", NativeName = "Ольга Смирнова",
            DateOfBirth = new DateOnly(1988, 3, 14), PlaceOfBirth = "Kazan", Nationality = "RU", ResidenceCountry = "LT",
            Email = "olga@example.org", Phone = "+37060000000", AddressLine = "Gedimino pr. 1", City = "Vilnius", PostalCode = "01103",
            Status = AccountStatus.Active, OpenedAt = new DateTimeOffset(2019, 5, 2, 10, 30, 15, 123, TimeSpan.Zero),
        });
        data.Customers.Add(new Customer
        {
            AccountId = "C2", GivenName = "Emre", FamilyName = "Işık", ResidenceCountry = "TR",
            Status = AccountStatus.Closed, OpenedAt = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
        });
        data.ResidencePermits.Add(new ResidencePermit { AccountId = "C1", Country = "LT", Kind = ResidencePermitKind.Temporary, ValidFrom = new DateOnly(2022, 4, 1), ValidUntil = new DateOnly(2027, 4, 1) });
        data.KycDocuments.Add(new KycDocument { AccountId = "C1", Kind = KycDocumentKind.Passport, IssuingCountry = "RU", Number = "75 1234567", IssuedOn = new DateOnly(2018, 1, 1), ExpiresOn = new DateOnly(2028, 1, 1), VerifiedAt = new DateTimeOffset(2019, 5, 2, 11, 0, 0, TimeSpan.Zero) });
        data.Wallets.Add(new Wallet { Asset = "BTC", Address = "bc1qexampleaddress0000000000000000000000", AccountId = "C1", CreatedAt = new DateTimeOffset(2019, 5, 3, 0, 0, 0, TimeSpan.Zero) });
        data.Wallets.Add(new Wallet { Asset = "ETH", Address = "0x00000000000000000000000000000000000000aa", AccountId = "C2", CreatedAt = new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero) });
        data.Transactions.Add(new Transaction
        {
            TransactionId = "T1", AccountId = "C1", Kind = TransactionKind.Withdrawal, OccurredAt = new DateTimeOffset(2021, 2, 1, 12, 0, 0, TimeSpan.Zero),
            Asset = "BTC", Amount = 0.00012345m, WalletAddress = "bc1qexampleaddress0000000000000000000000",
            CounterpartyAddress = "3QScVANj4Tzrnbuh2okRoL2FAdXknKBt6m", TxHash = new string('a', 64),
        });
        data.Transactions.Add(new Transaction
        {
            TransactionId = "T2", AccountId = "C2", Kind = TransactionKind.Trade, OccurredAt = new DateTimeOffset(2021, 3, 1, 12, 0, 0, TimeSpan.Zero),
            Asset = "ETH", Amount = 1.5m, CounterAsset = "EUR", CounterAmount = 2400.10m,
        });
        data.Logins.Add(new LoginEvent { LoginId = "L1", AccountId = "C1", OccurredAt = new DateTimeOffset(2021, 2, 1, 11, 0, 0, TimeSpan.Zero), IpAddress = "2001:db8::1", Device = "Firefox on Linux" });
        data.Holdings.Add(new Holding { AccountId = "C1", Asset = "BTC", Amount = 0.25m, AsOf = new DateOnly(2025, 6, 30) });
        return data;
    }
}
