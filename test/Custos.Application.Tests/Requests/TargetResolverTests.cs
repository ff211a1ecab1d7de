using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Application.Requests.Targets;
using Custos.Domain.Customers;
using Custos.Domain.Requests;
using Custos.TestSupport;
using static Custos.Application.Tests.Requests.TargetTestData;

namespace Custos.Application.Tests.Requests;

public class TargetResolverTests
{
    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_ExactTypes_ReachTheOwnersOrNobody(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        await AssertReach(resolver, TargetType.Account, "A3", TargetMatch.Exact, "A3");
        await AssertReach(resolver, TargetType.Account, "a3", TargetMatch.NotFound);
        await AssertReach(resolver, TargetType.Account, "A9", TargetMatch.NotFound);
        await AssertReach(resolver, TargetType.Wallet, IvanBtc, TargetMatch.Exact, "A1");
        await AssertReach(resolver, TargetType.Wallet, IvanBtc.ToUpperInvariant(), TargetMatch.Exact, "A1"); // bech32 may be all upper case
        await AssertReach(resolver, TargetType.Wallet, JohnBtc, TargetMatch.Exact, "A3");
        await AssertReach(resolver, TargetType.Wallet, JohnBtc.ToLowerInvariant(), TargetMatch.NotFound); // base58 is case-sensitive
        await AssertReach(resolver, TargetType.Wallet, "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", TargetMatch.NotFound);
        await AssertReach(resolver, TargetType.Txid, SharedTxHash, TargetMatch.Exact, "A1", "A2");
        await AssertReach(resolver, TargetType.Txid, "0x" + EthTxHash[2..].ToUpperInvariant(), TargetMatch.Exact, "A5");
        await AssertReach(resolver, TargetType.Txid, EthTxHash[2..], TargetMatch.Exact, "A5");
        await AssertReach(resolver, TargetType.Txid, XrpTxHash.ToLowerInvariant(), TargetMatch.Exact, "A3");
        await AssertReach(resolver, TargetType.Txid, new string('e', 64), TargetMatch.NotFound);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_EmailAndEvmAddress_IgnoreCase(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        await AssertReach(resolver, TargetType.Email, "ivan.ivanov@mail.ru", TargetMatch.Exact, "A1");
        await AssertReach(resolver, TargetType.Email, "  Shared@EXAMPLE.org ", TargetMatch.Exact, "A4", "A5");
        await AssertReach(resolver, TargetType.Email, "nobody@example.org", TargetMatch.NotFound);
        await AssertReach(resolver, TargetType.Wallet, OlenaEth.ToLowerInvariant(), TargetMatch.Exact, "A2"); // two wallets (ETH, USDT), one customer
        await AssertReach(resolver, TargetType.Wallet, OlenaEth.ToUpperInvariant(), TargetMatch.Exact, "A2");
        await AssertReach(resolver, TargetType.CounterpartyOfWallet, EvmCounterparty.ToLowerInvariant(), TargetMatch.Bulk, "A5");
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_PhoneInAnyNotation_MatchesStoredNumbersAfterNormalising(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        // A1 is stored as "+7 916 123-45-67", A4 as "+7 916 123 45 67".
        await AssertReach(resolver, TargetType.Phone, "+79161234567", TargetMatch.Exact, "A1", "A4");
        await AssertReach(resolver, TargetType.Phone, "+7 (916) 123-45-67", TargetMatch.Exact, "A1", "A4");
        await AssertReach(resolver, TargetType.Phone, "+1 202.555.0147", TargetMatch.Exact, "A3");
        await AssertReach(resolver, TargetType.Phone, "+34600111222", TargetMatch.Exact, "A6");
        await AssertReach(resolver, TargetType.Phone, "+7 916 000 00 00", TargetMatch.NotFound);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_CounterpartyOfWallet_CountsEachSenderOrReceiverOnce(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        var mixer = await resolver.ResolveAsync(new Target { Type = TargetType.CounterpartyOfWallet, Value = Mixer }, 0);
        var john = await resolver.ResolveAsync(new Target { Type = TargetType.CounterpartyOfWallet, Value = JohnBtc }, 1);
        var nobody = await resolver.ResolveAsync(new Target { Type = TargetType.CounterpartyOfWallet, Value = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq" }, 2);

        // A1 sent twice (counted once); A4 only used the address as its own, which is not being a counterparty.
        Assert.Equal((TargetMatch.Bulk, 3), (mixer.Match, mixer.Reach));
        Assert.Equal(["A1", "A2", "A3"], mixer.SampleAccounts);
        Assert.Equal("Bulk: 3 customers sent to or received from 3J98t1Wp…WNLy; the address is itself a wallet of 1 customer here.", mixer.Explanation);
        Assert.Equal((TargetMatch.Bulk, 1), (john.Match, john.Reach));
        Assert.Equal(["A4"], john.SampleAccounts);
        Assert.Equal((TargetMatch.Bulk, 0), (nobody.Match, nobody.Reach));
        Assert.Empty(nobody.SampleAccounts);
        Assert.Equal("Bulk: no customer sent to or received from bc1qar0s…5mdq.", nobody.Explanation);

        // A base58 address is case-sensitive: found through the lower-case index, then compared exactly.
        var otherCase = await resolver.ResolveAsync(new Target { Type = TargetType.CounterpartyOfWallet, Value = Mixer.ToLowerInvariant() }, 3);
        Assert.Equal((TargetMatch.Bulk, 0), (otherCase.Match, otherCase.Reach));
        Assert.Equal("Bulk: no customer sent to or received from 3j98t1wp…wnly.", otherCase.Explanation);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_Country_LinksByResidenceNationalityAndPermitEachOnce(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        // RU: A1 by nationality and a permit, A4 by residence, A5 by a permit only.
        var russia = await AssertReach(resolver, TargetType.Country, "ru", TargetMatch.Bulk, "A1", "A4", "A5");
        await AssertReach(resolver, TargetType.Country, "DE", TargetMatch.Bulk, "A1", "A2"); // residence; permit
        await AssertReach(resolver, TargetType.Country, "US", TargetMatch.Bulk, "A3"); // residence and nationality
        var japan = await AssertReach(resolver, TargetType.Country, "JP", TargetMatch.Bulk);

        Assert.Equal("Bulk: 3 customers linked to RU by residence, nationality or a residence permit.", russia.Explanation);
        Assert.Equal("Bulk: no customer is linked to JP by residence, nationality or a residence permit.", japan.Explanation);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_Name_GivesCandidatesInEitherScriptNeverAnExactMatch(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        var ivan = await AssertReach(resolver, TargetType.Name, "Ivan Ivanov", TargetMatch.Candidates, "A1");
        await AssertReach(resolver, TargetType.Name, "IVANOV  ivan", TargetMatch.Candidates, "A1");
        await AssertReach(resolver, TargetType.Name, "Иванов Иван", TargetMatch.Candidates, "A1");
        await AssertReach(resolver, TargetType.Name, "Олена Шевченко", TargetMatch.Candidates, "A2");
        await AssertReach(resolver, TargetType.Name, "jose alvarez", TargetMatch.Candidates, "A6"); // diacritics folded
        var ivans = await AssertReach(resolver, TargetType.Name, "Ivan", TargetMatch.Candidates, "A1", "A4"); // whole words: not Ivanova
        var nobody = await AssertReach(resolver, TargetType.Name, "Petr Sidorov", TargetMatch.NotFound);
        await AssertReach(resolver, TargetType.Name, "Iva_", TargetMatch.NotFound); // LIKE wildcards are literal ('_' would match "ivan")
        await AssertReach(resolver, TargetType.Name, "Ivan%", TargetMatch.NotFound);

        Assert.Equal("Name search gives 1 candidate; a name is never an automatic match.", ivan.Explanation);
        Assert.Equal("Name search gives 2 candidates; a name is never an automatic match.", ivans.Explanation);
        Assert.Equal("Name search gives no candidates.", nobody.Explanation);
    }

    private static readonly (TargetType Type, string? Value, string Why)[] s_invalid =
    [
        (TargetType.Account, "   ", "no value was given"),
        (TargetType.Account, "A 1", "no spaces"),
        (TargetType.Email, "ivan.mail.ru", "has an '@'"),
        (TargetType.Email, "@mail.ru", "both sides of the '@'"),
        (TargetType.Phone, "call me", "not 'c'"),
        (TargetType.Phone, "+7 916", "5 to 15 digits, this one 4"),
        (TargetType.Wallet, "not an address", "blockchain address"),
        (TargetType.Wallet, "0x52908400098527886E0F", "40 hexadecimal digits"),
        (TargetType.CounterpartyOfWallet, null, "no value was given"),
        (TargetType.CounterpartyOfWallet, "bc1q xy2k", "blockchain address"),
        (TargetType.Txid, "deadbeef", "transaction hash"),
        (TargetType.Name, "12 34", "a name has letters"),
        (TargetType.Country, "RUS", "two-letter ISO 3166-1 code"),
        (TargetType.Country, "R1", "two-letter ISO 3166-1 code"),
        ((TargetType)99, "x", "not one Custos knows"),
    ];

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_InvalidValue_IsInvalidAndSaysWhy(string provider)
    {
        await using var database = await SeededAsync(provider);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        foreach (var (type, value, why) in s_invalid)
        {
            var target = new Target { Type = type, Value = value };

            var resolution = await resolver.ResolveAsync(target, 4);

            Assert.True(resolution.Match == TargetMatch.Invalid, $"{type} '{value}': {resolution.Match} ({resolution.Explanation})");
            Assert.Equal((4, type, value, 0), (resolution.Position, resolution.Type, resolution.Value, resolution.Reach));
            Assert.Empty(resolution.SampleAccounts);
            Assert.StartsWith("Invalid ", resolution.Explanation, StringComparison.Ordinal);
            Assert.Contains(why, resolution.Explanation, StringComparison.Ordinal);
            Assert.Empty(await ToListAsync(resolver.AccountsAsync(target)));
        }
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAllAsync_ManyReached_SamplesTheFirstFiftyInOrdinalOrderAndStreamsAll(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Mixed case, digits and punctuation: ordinal order differs from a linguistic collation's.
        var accounts = Enumerable.Range(0, 60).Select(i => (i % 4) switch { 0 => "n" + i, 1 => "N" + i, 2 => "_" + i, _ => i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        var data = new CustomerDataSet();
        data.Customers.AddRange(accounts.OrderBy(a => a.Length).ThenByDescending(a => a, StringComparer.Ordinal).Select(a => Customer(a, "Kari", "Nordmann", "NO")));
        await WriteAsync(database, data);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);
        var expected = accounts.Order(StringComparer.Ordinal).ToList();
        Target[] targets = [new() { Type = TargetType.Country, Value = "NO" }, new() { Type = TargetType.Name, Value = "Kari Nordmann" }, new() { Type = TargetType.Country, Value = "" }];

        var resolutions = await resolver.ResolveAllAsync(targets);

        Assert.Equal([0, 1, 2], resolutions.Select(r => r.Position));
        Assert.Equal([TargetMatch.Bulk, TargetMatch.Candidates, TargetMatch.Invalid], resolutions.Select(r => r.Match));
        Assert.Equal([60, 60, 0], resolutions.Select(r => r.Reach));
        Assert.Equal(TargetResolver.SampleSize, resolutions[0].SampleAccounts.Count);
        Assert.Equal(expected.Take(TargetResolver.SampleSize), resolutions[0].SampleAccounts);
        Assert.Equal(expected.Take(TargetResolver.SampleSize), resolutions[1].SampleAccounts);
        Assert.Equal(expected, await ToListAsync(resolver.AccountsAsync(targets[0])));
        Assert.Equal(expected, await ToListAsync(resolver.AccountsAsync(targets[1])));
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_ReachAroundTheSampleSize_CountsDistinctAccountsExactly(string provider)
    {
        // The sample is read first and the reach counted only when the sample overflows: 50 and 51 accounts, each
        // nationality shared with a permit of the same account (a repeated account must count once).
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new CustomerDataSet();
        foreach (var (country, count) in new[] { ("FI", TargetResolver.SampleSize), ("SE", TargetResolver.SampleSize + 1) })
        {
            for (var i = 0; i < count; i++)
            {
                var account = $"{country}{i:D3}";
                data.Customers.Add(Customer(account, "Kari", "Nordmann", country));
                data.ResidencePermits.Add(new ResidencePermit { AccountId = account, Country = country, Kind = ResidencePermitKind.Permanent, ValidFrom = new DateOnly(2020, 1, 1) });
            }
        }

        await WriteAsync(database, data);
        await using var db = database.CreateContext();
        var resolver = new TargetResolver(db);

        var fifty = await resolver.ResolveAsync(new Target { Type = TargetType.Country, Value = "FI" }, 0);
        var fiftyOne = await resolver.ResolveAsync(new Target { Type = TargetType.Country, Value = "SE" }, 1);

        Assert.Equal(TargetResolver.SampleSize, fifty.Reach);
        Assert.Equal(TargetResolver.SampleSize, fifty.SampleAccounts.Count);
        Assert.Equal(TargetResolver.SampleSize + 1, fiftyOne.Reach);
        Assert.Equal(TargetResolver.SampleSize, fiftyOne.SampleAccounts.Count);
        Assert.Equal(Enumerable.Range(0, TargetResolver.SampleSize).Select(i => $"SE{i:D3}"), fiftyOne.SampleAccounts);
    }

    [Theory, SqliteData, PostgresData]
    public async Task ResolveAsync_DemoCampaignAddress_ReachesEveryDonorTheGeneratorMade(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var collector = new CustomerDataCollector();
        var summary = new DemoDataGenerator(new DemoDataOptions { CustomerCount = 2_000, Seed = 11 }).GenerateTo(collector);
        await WriteAsync(database, collector.DataSet);
        await using var db = database.CreateContext();
        var donors = collector.DataSet.Transactions
            .Where(t => t.CounterpartyAddress == DemoDataGenerator.CampaignAddress).Select(t => t.AccountId).Distinct().Order(StringComparer.Ordinal).ToList();
        var target = new Target { Type = TargetType.CounterpartyOfWallet, Value = DemoDataGenerator.CampaignAddress };

        var resolution = await new TargetResolver(db).ResolveAsync(target, 0);

        Assert.Equal(DemoDataGenerator.DonorCount(2_000), summary.CampaignDonors);
        Assert.Equal(summary.CampaignDonors, donors.Count);
        Assert.True(summary.CampaignDonations > donors.Count, "some donors give more than once, so counting transactions would over-count");
        Assert.Equal(TargetMatch.Bulk, resolution.Match);
        Assert.Equal(summary.CampaignDonors, resolution.Reach);
        Assert.Equal(donors.Take(TargetResolver.SampleSize), resolution.SampleAccounts);
        Assert.Equal(donors, await ToListAsync(new TargetResolver(db).AccountsAsync(target)));
    }

    private static async Task<TestDatabase> SeededAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await WriteAsync(database, Build());
        return database;
    }

    /// <summary>Resolves one target and checks its match, reach, sample and full account list.</summary>
    private static async Task<TargetResolution> AssertReach(TargetResolver resolver, TargetType type, string value, TargetMatch match, params string[] accounts)
    {
        var target = new Target { Type = type, Value = value };
        var resolution = await resolver.ResolveAsync(target, 0);
        Assert.True(match == resolution.Match, $"{type} {value}: expected {match}, got {resolution.Match} ({resolution.Explanation})");
        Assert.True(accounts.Length == resolution.Reach, $"{type} {value}: expected reach {accounts.Length}, got {resolution.Reach} ({resolution.Explanation})");
        Assert.Equal(accounts, resolution.SampleAccounts);
        Assert.Equal(accounts, await ToListAsync(resolver.AccountsAsync(target)));
        Assert.Equal(value, resolution.Value);
        Assert.EndsWith(".", resolution.Explanation, StringComparison.Ordinal);
        return resolution;
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> accounts)
    {
        var list = new List<string>();
        await foreach (var account in accounts)
        {
            list.Add(account);
        }

        return list;
    }
}
