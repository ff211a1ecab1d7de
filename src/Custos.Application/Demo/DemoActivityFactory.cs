using System.Globalization;
using Custos.Application.Customers.Files;
using Custos.Domain.Customers;

namespace Custos.Application.Demo;

/// <summary>Makes a demo customer's wallets, transactions (with the campaign donations of donors), logins and holdings.</summary>
internal sealed class DemoActivityFactory(DemoRandom random, DemoDataOptions options, ICustomerDataSink sink)
{
    private static readonly string[] s_otherAssets = ["ETH", "USDT", "USDT", "TRX", "LTC", "XRP", "SOL", "DOGE"];
    private static readonly DateTimeOffset s_campaignFrom = new(2017, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_campaignUntil = new(2021, 4, 20, 0, 0, 0, TimeSpan.Zero);
    private readonly DateTimeOffset _end = new(options.ReferenceDate.ToDateTime(new TimeOnly(23, 59, 59)), TimeSpan.Zero);
    private readonly List<Transaction> _transactions = [];
    private readonly List<Wallet> _wallets = [];
    private long _transactionSequence;
    private long _loginSequence;

    public int Donations { get; private set; }

    public void Make(Customer customer, DemoSegment segment, bool donor)
    {
        var residence = DemoCountries.Get(customer.ResidenceCountry);
        Wallets(customer, donor);
        Transactions(customer, residence, donor);
        Logins(customer, residence);
        Holdings(customer, segment);
    }

    private void Wallets(Customer customer, bool donor)
    {
        _wallets.Clear();
        var count = 1 + (int)(4 * Math.Pow(random.NextDouble(), 1.6));
        for (var i = 0; i < count; i++)
        {
            var asset = i == 0 && (donor || random.Chance(0.85)) ? "BTC" : random.Pick(s_otherAssets);
            var created = i == 0
                ? customer.OpenedAt.AddMinutes(random.Next(donor ? 60 * 24 : 60 * 24 * 30))
                : random.Between(customer.OpenedAt, _end);
            if (created > _end)
            {
                created = _end;
            }

            var wallet = new Wallet
            {
                AccountId = customer.AccountId, Asset = asset, Address = DemoChain.Address(random, asset, tron: random.Chance(0.7)),
                CreatedAt = created,
            };
            _wallets.Add(wallet);
            sink.Add(wallet);
        }
    }

    private void Transactions(Customer customer, DemoCountry residence, bool donor)
    {
        _transactions.Clear();
        var count = 1 + (int)(58 * random.NextDouble() * random.NextDouble());
        for (var i = 0; i < count; i++)
        {
            var wallet = random.Pick(_wallets);
            var at = random.Between(wallet.CreatedAt, _end);
            var kind = random.NextDouble() switch
            {
                < 0.42 => TransactionKind.Deposit,
                < 0.70 => TransactionKind.Withdrawal,
                _ => TransactionKind.Trade,
            };
            _transactions.Add(kind == TransactionKind.Trade ? Trade(customer, wallet.Asset, at) : Transfer(customer, wallet, kind, at));
        }

        if (donor)
        {
            var btc = _wallets.First(w => w.Asset == "BTC");
            var from = btc.CreatedAt > s_campaignFrom ? btc.CreatedAt : s_campaignFrom;
            var until = from < s_campaignUntil ? s_campaignUntil : from.AddDays(1);
            var donations = 1 + (int)(3 * random.NextDouble() * random.NextDouble());
            for (var i = 0; i < donations; i++)
            {
                var at = random.Between(from, until);
                _transactions.Add(new Transaction
                {
                    TransactionId = "", AccountId = customer.AccountId, Kind = TransactionKind.Withdrawal, OccurredAt = at, Asset = "BTC",
                    Amount = random.LogUniform(0.0005, 0.03, 8), WalletAddress = btc.Address,
                    CounterpartyAddress = DemoDataGenerator.CampaignAddress, TxHash = DemoChain.TxHash(random, "BTC", null),
                });
            }

            Donations += donations;
        }

        _transactions.Sort((a, b) => a.OccurredAt.CompareTo(b.OccurredAt));
        foreach (var transaction in _transactions)
        {
            var id = "tx-" + (++_transactionSequence).ToString("D10", CultureInfo.InvariantCulture);
            sink.Add(transaction with { TransactionId = id });
        }
    }

    private Transaction Transfer(Customer customer, Wallet wallet, TransactionKind kind, DateTimeOffset at)
    {
        var asset = wallet.Asset;
        var tron = DemoChain.IsTron(wallet.Address);
        var popular = DemoDataGenerator.PopularCounterparty(asset, tron);
        var counterparty = popular is not null && random.Chance(kind == TransactionKind.Deposit ? 0.08 : 0.12)
            ? popular
            : DemoChain.Address(random, asset, tron);
        var eur = (double)random.LogUniform(20, 25_000, 2);
        return new Transaction
        {
            TransactionId = "", AccountId = customer.AccountId, Kind = kind, OccurredAt = at, Asset = asset,
            Amount = Units(asset, eur, at), WalletAddress = wallet.Address, CounterpartyAddress = counterparty,
            TxHash = DemoChain.TxHash(random, asset, wallet.Address),
        };
    }

    private Transaction Trade(Customer customer, string asset, DateTimeOffset at)
    {
        var fiat = customer.ResidenceCountry switch
        {
            "RU" when at.Year < 2022 => "RUB",
            "RU" or "BY" or "UA" or "AE" or "CN" or "GE" => "USDT",
            "US" => "USD",
            "GB" => "GBP",
            "TR" => "TRY",
            "BR" => "BRL",
            "DE" or "FR" or "IE" or "LT" or "LV" or "MT" or "NL" or "PL" or "ES" or "GR" or "CY" or "FI" or "CZ" => "EUR",
            _ => "USDT",
        };
        var counterAsset = asset == fiat ? "EUR" : fiat;
        var eur = (double)random.LogUniform(10, 20_000, 2);
        var date = DateOnly.FromDateTime(at.UtcDateTime);
        var counterAmount = Math.Round((decimal)eur / DemoPrices.EurPerUnit(counterAsset, date), 2, MidpointRounding.ToZero);
        return new Transaction
        {
            TransactionId = "", AccountId = customer.AccountId, Kind = TransactionKind.Trade, OccurredAt = at, Asset = asset,
            Amount = Units(asset, eur, at), CounterAsset = counterAsset, CounterAmount = counterAmount,
        };
    }

    private void Logins(Customer customer, DemoCountry residence)
    {
        var count = 2 + random.Next(14);
        var travel = DemoCountries.ByCode.Values.ToArray();
        for (var i = 0; i < count; i++)
        {
            var country = random.Chance(0.9) ? residence : random.Pick(travel);
            var ip = random.Chance(0.2) ? DemoChain.Ipv6(random, country) : DemoChain.Ipv4(random, country);
            sink.Add(new LoginEvent
            {
                LoginId = "lg-" + (++_loginSequence).ToString("D10", CultureInfo.InvariantCulture), AccountId = customer.AccountId,
                OccurredAt = random.Between(customer.OpenedAt, _end), IpAddress = ip, Device = random.Chance(0.95) ? DemoChain.Device(random) : null,
            });
        }
    }

    private void Holdings(Customer customer, DemoSegment segment)
    {
        if (customer.Status == AccountStatus.Closed)
        {
            return;
        }

        // Customers linked to Russia fall clearly on either side of the EUR 10,000 threshold of Reg. 833/2014 Art. 5b.
        var totalEur = segment.RussiaLinked
            ? (random.Chance(0.4) ? random.LogUniform(10_500, 300_000, 2) : random.LogUniform(20, 9_800, 2))
            : random.LogUniform(5, 150_000, 2);
        var assets = _wallets.Select(w => w.Asset).Distinct().ToArray();
        var weights = assets.Select(_ => 0.2 + random.NextDouble()).ToArray();
        var sum = weights.Sum();
        for (var i = 0; i < assets.Length; i++)
        {
            var eur = (double)totalEur * weights[i] / sum;
            var amount = Units(assets[i], eur, _end);
            if (amount > 0)
            {
                sink.Add(new Holding { AccountId = customer.AccountId, Asset = assets[i], Amount = amount, AsOf = options.ReferenceDate });
            }
        }
    }

    private static decimal Units(string asset, double eur, DateTimeOffset at)
    {
        var price = DemoPrices.EurPerUnit(asset, DateOnly.FromDateTime(at.UtcDateTime));
        var units = Math.Round((decimal)eur / price, DemoChain.Decimals(asset), MidpointRounding.ToZero);
        return units > 0 ? units : 1m / (decimal)Math.Pow(10, DemoChain.Decimals(asset));
    }
}
