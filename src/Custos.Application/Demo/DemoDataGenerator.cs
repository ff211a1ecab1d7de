using Custos.Application.Customers.Files;
using Custos.Domain.Customers;

namespace Custos.Application.Demo;

/// <summary>
/// Makes a realistic synthetic customer base, the same for the same <see cref="DemoDataOptions"/>: customers of many
/// cultures and scripts, residence permits, KYC documents, wallets, deposits, withdrawals and trades since 2016, logins
/// and holdings at the reference date. It includes a donation campaign: small BTC withdrawals by several hundred distinct
/// customers per 100,000 (at least 20) to <see cref="CampaignAddress"/> between 2017 and 2021-04-20, and popular shared
/// counterparties (exchange hot wallets), so that "everyone who sent to X" queries have real work to do.
/// </summary>
public sealed class DemoDataGenerator
{
    /// <summary>The bitcoin address of the donation campaign of scenario 03 (donations to the Anti-Corruption Foundation).</summary>
    public const string CampaignAddress = "3QScVANj4Tzrnbuh2okRoL2FAdXknKBt6m";

    /// <summary>A made-up hot wallet of another exchange that many customers deposit from and withdraw to (BTC).</summary>
    public const string ExchangeHotWalletBtc = "bc1q7cyrfmck2ffu2ud3rn5l5a8yv6f0chkp0zpemf";

    /// <summary>A made-up hot wallet of another exchange (ETH and ERC-20 USDT).</summary>
    public const string ExchangeHotWalletEth = "0x5e0b7c1d4a9f2e36c8d1b0a47f93e2c6d8a1f4b7";

    /// <summary>A made-up over-the-counter desk on TRON (TRX and TRC-20 USDT).</summary>
    public const string OtcDeskTron = "TXk3vQyW8bR5nLm2cJdPz7aHfG4sE9uTqR";

    /// <summary>Campaign donors per customer: several hundred per 100,000.</summary>
    private const double DonorShare = 0.004;

    /// <summary>The fewest donors generated (all customers, when there are fewer).</summary>
    public const int MinimumDonors = 20;

    private readonly DemoDataOptions _options;

    public DemoDataGenerator(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The number of campaign donors for a customer count.</summary>
    public static int DonorCount(int customerCount) =>
        Math.Min(customerCount, Math.Max(MinimumDonors, (int)Math.Round(customerCount * DonorShare)));

    /// <summary>Makes the whole data set in memory.</summary>
    public CustomerDataSet Generate()
    {
        var collector = new CustomerDataCollector();
        GenerateTo(collector);
        return collector.DataSet;
    }

    /// <summary>Writes the data set in the CSV form to a directory as it is made, holding only one customer at a time in memory.</summary>
    public DemoDataSummary WriteDirectory(string directory)
    {
        using var writer = new CsvCustomerDataWriter(directory);
        return GenerateTo(writer);
    }

    /// <summary>Hands every record to <paramref name="sink"/>, customer by customer (each customer before its items).</summary>
    public DemoDataSummary GenerateTo(ICustomerDataSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var random = new DemoRandom(_options.Seed);
        var donors = PickDonors(random, _options.CustomerCount);
        var counter = new CountingSink(sink);
        var factory = new DemoCustomerFactory(random, _options, counter);
        for (var i = 0; i < _options.CustomerCount; i++)
        {
            factory.Make(i, donors.Contains(i));
        }

        return new DemoDataSummary(counter.Customers, counter.Permits, counter.Documents, counter.Wallets, counter.Transactions,
            counter.Logins, counter.Holdings, donors.Count, factory.Activity.Donations);
    }

    /// <summary>The shared counterparty used for an asset on a chain, if the demo has one.</summary>
    internal static string? PopularCounterparty(string asset, bool tron) => asset switch
    {
        "BTC" => ExchangeHotWalletBtc,
        "ETH" => ExchangeHotWalletEth,
        "USDT" => tron ? OtcDeskTron : ExchangeHotWalletEth,
        "TRX" => OtcDeskTron,
        _ => null,
    };

    private static HashSet<int> PickDonors(DemoRandom random, int customers)
    {
        var wanted = DonorCount(customers);
        var donors = new HashSet<int>();
        while (donors.Count < wanted)
        {
            donors.Add(random.Next(customers));
        }

        return donors;
    }

    private sealed class CountingSink(ICustomerDataSink inner) : ICustomerDataSink
    {
        public int Customers { get; private set; }

        public int Permits { get; private set; }

        public int Documents { get; private set; }

        public int Wallets { get; private set; }

        public int Transactions { get; private set; }

        public int Logins { get; private set; }

        public int Holdings { get; private set; }

        public void Add(Customer customer)
        {
            Customers++;
            inner.Add(customer);
        }

        public void Add(ResidencePermit permit)
        {
            Permits++;
            inner.Add(permit);
        }

        public void Add(KycDocument document)
        {
            Documents++;
            inner.Add(document);
        }

        public void Add(Wallet wallet)
        {
            Wallets++;
            inner.Add(wallet);
        }

        public void Add(Transaction transaction)
        {
            Transactions++;
            inner.Add(transaction);
        }

        public void Add(LoginEvent login)
        {
            Logins++;
            inner.Add(login);
        }

        public void Add(Holding holding)
        {
            Holdings++;
            inner.Add(holding);
        }
    }
}
