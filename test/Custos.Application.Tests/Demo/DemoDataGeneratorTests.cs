using System.Globalization;
using System.Text.RegularExpressions;
using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Application.Tests.Customers;
using Custos.Domain.Customers;

namespace Custos.Application.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static readonly string[] s_eu =
        ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];

    private static readonly Lazy<CustomerDataSet> s_data =
        new(() => new DemoDataGenerator(new DemoDataOptions { CustomerCount = 3_000, Seed = 42 }).Generate());

    private static CustomerDataSet Data => s_data.Value;

    [Fact]
    public void WriteDirectory_SameSeed_WritesIdenticalFiles()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var options = new DemoDataOptions { CustomerCount = 400, Seed = 5 };

        new DemoDataGenerator(options).WriteDirectory(first.Path);
        new DemoDataGenerator(options).WriteDirectory(second.Path);

        foreach (var file in CustomerDataFiles.CsvFiles)
        {
            Assert.Equal(File.ReadAllBytes(first.File(file)), File.ReadAllBytes(second.File(file)));
        }
    }

    [Fact]
    public void Generate_DifferentSeed_GivesDifferentCustomers()
    {
        var a = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 50, Seed = 1 }).Generate();
        var b = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 50, Seed = 2 }).Generate();

        Assert.NotEqual(a.Customers.Select(c => c.GivenName + c.FamilyName), b.Customers.Select(c => c.GivenName + c.FamilyName));
    }

    [Fact]
    public void GenerateTo_Summary_MatchesWhatWasProduced()
    {
        var collector = new CustomerDataCollector();
        var summary = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 200, Seed = 3 }).GenerateTo(collector);
        var data = collector.DataSet;

        Assert.Equal(200, summary.Customers);
        Assert.Equal(data.Transactions.Count, summary.Transactions);
        Assert.Equal(data.Wallets.Count, summary.Wallets);
        Assert.Equal(data.Logins.Count, summary.Logins);
        Assert.Equal(DemoDataGenerator.MinimumDonors, summary.CampaignDonors);
        Assert.Equal(data.Transactions.Count(t => t.CounterpartyAddress == DemoDataGenerator.CampaignAddress), summary.CampaignDonations);
    }

    [Fact]
    public void Generate_EveryItem_ReferencesAnExistingCustomer()
    {
        var accounts = Data.Customers.Select(c => c.AccountId).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Data.Customers.Count, accounts.Count);
        Assert.All(Data.ResidencePermits, p => Assert.Contains(p.AccountId, accounts));
        Assert.All(Data.KycDocuments, d => Assert.Contains(d.AccountId, accounts));
        Assert.All(Data.Wallets, w => Assert.Contains(w.AccountId, accounts));
        Assert.All(Data.Transactions, t => Assert.Contains(t.AccountId, accounts));
        Assert.All(Data.Logins, l => Assert.Contains(l.AccountId, accounts));
        Assert.All(Data.Holdings, h => Assert.Contains(h.AccountId, accounts));
    }

    [Fact]
    public void Generate_Volumes_AreRealisticPerCustomer()
    {
        var n = (double)Data.Customers.Count;

        Assert.InRange(Data.Wallets.Count / n, 1.0, 4.0);
        Assert.InRange(Data.Transactions.Count / n, 8.0, 25.0);
        Assert.InRange(Data.Logins.Count / n, 2.0, 16.0);
        Assert.InRange(Data.Customers.Count(c => c.Status == AccountStatus.Active) / n, 0.8, 0.97);
        Assert.All(Data.Wallets.GroupBy(w => w.AccountId), g => Assert.InRange(g.Count(), 1, 4));
    }

    [Fact]
    public void Generate_CampaignDonations_ComeFromDistinctCustomersBetween2017And2021()
    {
        var donations = Data.Transactions.Where(t => t.CounterpartyAddress == DemoDataGenerator.CampaignAddress).ToList();
        var donors = donations.Select(t => t.AccountId).Distinct(StringComparer.Ordinal).Count();

        Assert.Equal(DemoDataGenerator.DonorCount(3_000), donors);
        Assert.True(donors >= DemoDataGenerator.MinimumDonors);
        Assert.All(donations, t =>
        {
            Assert.Equal(TransactionKind.Withdrawal, t.Kind);
            Assert.Equal("BTC", t.Asset);
            Assert.InRange(t.Amount, 0.0001m, 0.05m);
            Assert.InRange(t.OccurredAt, new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 4, 20, 0, 0, 0, TimeSpan.Zero));
            Assert.Matches("^[0-9a-f]{64}$", t.TxHash);
        });
        Assert.True(donations.Count(d => Data.Customers.First(c => c.AccountId == d.AccountId).Nationality == "RU") > donations.Count / 2);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20, 20)]
    [InlineData(1_000, 20)]
    [InlineData(100_000, 400)]
    public void DonorCount_ScalesWithCustomersAndIsAtLeastTwenty(int customers, int donors) =>
        Assert.Equal(donors, DemoDataGenerator.DonorCount(customers));

    [Fact]
    public void Generate_SharedHotWallet_IsCounterpartyOfManyCustomers()
    {
        var customers = Data.Transactions.Where(t => t.CounterpartyAddress == DemoDataGenerator.ExchangeHotWalletBtc)
            .Select(t => t.AccountId).Distinct(StringComparer.Ordinal).Count();

        Assert.True(customers > 50, $"{customers} customers used the shared hot wallet");
    }

    [Theory]
    [InlineData("Cyrillic", 0x0400, 0x04FF)]
    [InlineData("Arabic", 0x0600, 0x06FF)]
    [InlineData("Han", 0x4E00, 0x9FFF)]
    [InlineData("Hiragana", 0x3040, 0x309F)]
    [InlineData("Hangul", 0xAC00, 0xD7AF)]
    [InlineData("Devanagari", 0x0900, 0x097F)]
    [InlineData("Greek", 0x0370, 0x03FF)]
    public void Generate_NativeNames_IncludeScript(string script, int first, int last)
    {
        var count = Data.Customers.Count(c => c.NativeName is { } n && n.Any(ch => ch >= first && ch <= last));

        Assert.True(count > 0, $"no native name in {script} script");
    }

    [Theory]
    [InlineData('İ')]
    [InlineData('ı')]
    [InlineData('ş')]
    [InlineData('ğ')]
    [InlineData('ü')]
    [InlineData('ł')]
    [InlineData('Ġ')]
    [InlineData('ė')]
    public void Generate_LatinNames_IncludeLetter(char letter) =>
        Assert.Contains(Data.Customers, c => c.GivenName.Contains(letter, StringComparison.Ordinal) || c.FamilyName.Contains(letter, StringComparison.Ordinal));

    [Fact]
    public void Generate_Cyrillic_NativeNamesHaveLatinGivenAndFamilyNames()
    {
        var slavic = Data.Customers.Where(c => c.NativeName is { } n && n.Any(ch => ch is >= 'А' and <= 'я')).ToList();

        Assert.NotEmpty(slavic);
        Assert.All(slavic, c => Assert.Matches("^[A-Za-z' -]+$", c.GivenName + " " + c.FamilyName));
    }

    [Fact]
    public void Generate_RussiaLinkedCases_OfArticle5bArePresent()
    {
        var permitsByAccount = Data.ResidencePermits.ToLookup(p => p.AccountId);
        var passportsByAccount = Data.KycDocuments.Where(d => d.Kind == KycDocumentKind.Passport).ToLookup(d => d.AccountId);
        var russians = Data.Customers.Where(c => c.Nationality == "RU").ToList();

        Assert.Contains(russians, c => c.ResidenceCountry == "RU");
        Assert.Contains(russians, c => s_eu.Contains(c.ResidenceCountry) && permitsByAccount[c.AccountId].Any(p => p.Country == c.ResidenceCountry));
        Assert.Contains(russians, c => s_eu.Contains(c.ResidenceCountry) && !permitsByAccount[c.AccountId].Any());
        Assert.Contains(russians, c => passportsByAccount[c.AccountId].Any(p => s_eu.Contains(p.IssuingCountry)));
        Assert.Contains(Data.Customers, c => c.Nationality == "UA" && s_eu.Contains(c.ResidenceCountry)
            && permitsByAccount[c.AccountId].Any(p => p.Kind == ResidencePermitKind.Temporary && p.ValidFrom >= new DateOnly(2022, 3, 4)));
        Assert.Contains(Data.Customers, c => c.Nationality == "BY");
    }

    [Fact]
    public void Generate_RussiaLinkedHoldings_FallOnBothSidesOfTenThousandEuro()
    {
        var reference = new DemoDataOptions().ReferenceDate;
        var totals = Data.Holdings.GroupBy(h => h.AccountId)
            .ToDictionary(g => g.Key, g => g.Sum(h => h.Amount * DemoPrices.EurPerUnit(h.Asset, reference)));
        var linked = Data.Customers.Where(c => c.Nationality == "RU" || c.ResidenceCountry == "RU")
            .Where(c => totals.ContainsKey(c.AccountId)).Select(c => totals[c.AccountId]).ToList();

        Assert.Contains(linked, eur => eur > 10_000m);
        Assert.Contains(linked, eur => eur < 10_000m);
        Assert.DoesNotContain(linked, eur => eur is > 9_900m and < 10_400m);
    }

    [Fact]
    public void Generate_Addresses_HaveTheShapeOfTheirAsset()
    {
        var shapes = new Dictionary<string, Regex>(StringComparer.Ordinal)
        {
            ["BTC"] = new("^(bc1q[02-9ac-hj-np-z]{38}|bc1p[02-9ac-hj-np-z]{58}|1[1-9A-HJ-NP-Za-km-z]{25,33}|3[1-9A-HJ-NP-Za-km-z]{33})$"),
            ["ETH"] = new("^0x[0-9a-f]{40}$"),
            ["TRX"] = new("^T[1-9A-HJ-NP-Za-km-z]{33}$"),
            ["USDT"] = new("^(T[1-9A-HJ-NP-Za-km-z]{33}|0x[0-9a-f]{40})$"),
            ["LTC"] = new("^(ltc1q[02-9ac-hj-np-z]{38}|[LM][1-9A-HJ-NP-Za-km-z]{33})$"),
            ["XRP"] = new("^r[1-9A-HJ-NP-Za-km-z]{24,33}$"),
            ["SOL"] = new("^[1-9A-HJ-NP-Za-km-z]{43,44}$"),
            ["DOGE"] = new("^D[1-9A-HJ-NP-Za-km-z]{33}$"),
        };

        Assert.All(Data.Wallets, w => Assert.Matches(shapes[w.Asset], w.Address));
        Assert.All(Data.Transactions.Where(t => t.Kind != TransactionKind.Trade), t => Assert.Matches(shapes[t.Asset], t.CounterpartyAddress));
        Assert.Matches(shapes["BTC"], DemoDataGenerator.CampaignAddress);
        Assert.Matches(shapes["BTC"], DemoDataGenerator.ExchangeHotWalletBtc);
        Assert.Matches(shapes["ETH"], DemoDataGenerator.ExchangeHotWalletEth);
        Assert.Matches(shapes["TRX"], DemoDataGenerator.OtcDeskTron);
        Assert.All(Data.Transactions.Where(t => t.Asset == "BTC" && t.Kind != TransactionKind.Trade), t => Assert.Matches("^[0-9a-f]{64}$", t.TxHash));
    }

    [Fact]
    public void Generate_Logins_UseIpv4AndIpv6()
    {
        Assert.Contains(Data.Logins, l => System.Net.IPAddress.Parse(l.IpAddress).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        Assert.Contains(Data.Logins, l => System.Net.IPAddress.Parse(l.IpAddress).AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6);
    }

    [Fact]
    public void Generate_NothingHappens_AfterTheReferenceDate()
    {
        var end = new DateTimeOffset(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.All(Data.Transactions, t => Assert.True(t.OccurredAt < end, t.OccurredAt.ToString("O", CultureInfo.InvariantCulture)));
        Assert.All(Data.Logins, l => Assert.True(l.OccurredAt < end));
        Assert.All(Data.Customers, c => Assert.True(c.OpenedAt < end));
        Assert.All(Data.Holdings, h => Assert.Equal(new DateOnly(2025, 6, 30), h.AsOf));
    }

    [Fact]
    public void Constructor_ReferenceDateBeforeCampaignEnd_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DemoDataGenerator(new DemoDataOptions { ReferenceDate = new DateOnly(2020, 1, 1) }));
}
