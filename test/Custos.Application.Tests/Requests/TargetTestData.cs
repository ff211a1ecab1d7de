using Custos.Domain.Customers;
using Custos.Storage.Customers;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Custos.Application.Tests.Requests;

/// <summary>A small customer base with one known answer for each kind of target.</summary>
internal static class TargetTestData
{
    public const string IvanBtc = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh";
    public const string OlenaEth = "0x52908400098527886E0F7030069857D2E4169EE7"; // EIP-55 checksummed (mixed case)
    public const string JohnBtc = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";
    public const string Mixer = "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"; // counterparty of A1 (twice), A2 and A3
    public const string EvmCounterparty = "0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe";
    public const string SharedTxHash = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"; // both sides of A1 → A2
    public const string XrpTxHash = "C5D2C8E6F4A1B3D5E7F9A0B2C4D6E8F0A1B3C5D7E9F1A2B4C6D8E0F2A4B6C8D0"; // stored upper case
    public const string EthTxHash = "0x88df016429689c079f3b2f6ad39fa052532c56795b733da78a91ebe6a713944b";

    private static readonly DateTimeOffset s_at = new(2021, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static CustomerDataSet Build()
    {
        var data = new CustomerDataSet();
        data.Customers.AddRange(
        [
            Customer("A1", "Ivan", "Ivanov", "DE", "RU", "Ivan.Ivanov@Mail.RU", "+7 916 123-45-67", "Иванов Иван Петрович"),
            Customer("A2", "Olena", "Shevchenko", "PL", "UA", "olena@ukr.net", "+48 512 345 678", "Шевченко Олена Петрівна"),
            Customer("A3", "John", "Smith", "US", "US", "john.smith@example.com", "+1 (202) 555-0147", null),
            Customer("A4", "Ivan", "Petrov", "RU", null, "shared@example.org", "+7 916 123 45 67", null),
            Customer("A5", "Maria", "Ivanova", "FR", "FR", "SHARED@Example.org", null, null),
            Customer("A6", "José", "Álvarez", "ES", "ES", null, "+34 600.111.222", null),
        ]);
        data.ResidencePermits.Add(Permit("A1", "RU")); // already linked to RU by nationality: counted once
        data.ResidencePermits.Add(Permit("A5", "RU"));
        data.ResidencePermits.Add(Permit("A2", "DE"));
        data.Wallets.AddRange(
        [
            Wallet("A1", "BTC", IvanBtc), Wallet("A2", "ETH", OlenaEth), Wallet("A2", "USDT", OlenaEth), Wallet("A3", "BTC", JohnBtc),
            Wallet("A4", "BTC", Mixer), // A4's own deposit address is also where the others send
        ]);
        data.Transactions.AddRange(
        [
            Transfer("t1", "A1", TransactionKind.Withdrawal, IvanBtc, Mixer, SharedTxHash),
            Transfer("t2", "A1", TransactionKind.Withdrawal, IvanBtc, Mixer, null),
            Transfer("t3", "A2", TransactionKind.Deposit, OlenaEth, Mixer, SharedTxHash),
            Transfer("t4", "A3", TransactionKind.Deposit, JohnBtc, Mixer, XrpTxHash),
            Transfer("t5", "A4", TransactionKind.Withdrawal, Mixer, JohnBtc, null), // Mixer is A4's own address here: not a counterparty
            Transfer("t6", "A5", TransactionKind.Deposit, null, EvmCounterparty, EthTxHash),
        ]);
        return data;
    }

    public static Customer Customer(
        string account, string given, string family, string residence, string? nationality = null, string? email = null, string? phone = null,
        string? nativeName = null) => new()
        {
            AccountId = account, GivenName = given, FamilyName = family, NativeName = nativeName, ResidenceCountry = residence,
            Nationality = nationality, Email = email, Phone = phone, Status = AccountStatus.Active, OpenedAt = s_at.AddYears(-3),
        };

    public static async Task WriteAsync(TestDatabase database, CustomerDataSet data)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await CustomerStore.WriteAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), data, replaceAll: false, s_at);
        await transaction.CommitAsync();
    }

    private static ResidencePermit Permit(string account, string country) => new()
    {
        AccountId = account, Country = country, Kind = ResidencePermitKind.Temporary, ValidFrom = new DateOnly(2020, 1, 1),
    };

    private static Wallet Wallet(string account, string asset, string address) => new()
    {
        AccountId = account, Asset = asset, Address = address, CreatedAt = s_at.AddYears(-2),
    };

    private static Transaction Transfer(string id, string account, TransactionKind kind, string? own, string counterparty, string? hash) => new()
    {
        TransactionId = id, AccountId = account, Kind = kind, OccurredAt = s_at, Asset = "BTC", Amount = 0.01m, WalletAddress = own,
        CounterpartyAddress = counterparty, TxHash = hash,
    };
}
