using Custos.Application.Policy;
using Custos.Application.Requests;
using Custos.Application.Requests.Targets;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Domain.Restrictions;
using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;
using static Custos.Application.Tests.Sanctions.SanctionsFixture;

namespace Custos.Application.Tests.Sanctions;

/// <summary>EU Reg. 833/2014 Art. 5b through the use cases: prices, evaluation on a day, application, and scrutiny after it.</summary>
public class RestrictionTests
{
    private static readonly DateOnly ThresholdStage = new(2022, 6, 1);
    private static readonly DateOnly BanStage = new(2023, 1, 1);
    private static readonly DateTimeOffset s_verified = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static async Task<SanctionsFixture> SeededAsync(string provider)
    {
        var f = await CreateAsync(provider);
        var data = new CustomerDataSet();
        data.Customers.AddRange(
        [
            Customer("R1", "Ivan", "Sokolov", new DateOnly(1980, 1, 1), "RU", "RU"),
            Customer("R2", "Olga", "Ivanova", new DateOnly(1981, 1, 1), "RU", "DE"),
            Customer("R3", "Pyotr", "Kuzmin", new DateOnly(1982, 1, 1), "RU", "RU"),
            Customer("R4", "Oleh", "Bondar", new DateOnly(1983, 1, 1), "UA", "PL"),
            Customer("R5", "Anna", "Belova", new DateOnly(1984, 1, 1), "RU", "RU"),
            Customer("R6", "Hans", "Weber", new DateOnly(1985, 1, 1), "DE", "DE"),
            Customer("R7", "Boris", "Orlov", new DateOnly(1986, 1, 1), "RU", "RU") with { Status = AccountStatus.Closed },
        ]);
        data.ResidencePermits.Add(new ResidencePermit { AccountId = "R2", Country = "DE", Kind = ResidencePermitKind.Temporary, ValidFrom = new DateOnly(2021, 1, 1), ValidUntil = new DateOnly(2025, 1, 1) });
        data.KycDocuments.Add(new KycDocument { AccountId = "R4", Kind = KycDocumentKind.Passport, IssuingCountry = "RU", Number = "751234567", VerifiedAt = s_verified });
        data.Holdings.AddRange(
        [
            Held("R1", "BTC", 1m), Held("R2", "BTC", 5m), Held("R3", "BTC", 0.1m), Held("R4", "BTC", 1m), Held("R5", "XMR", 100m),
            Held("R6", "BTC", 10m), Held("R7", "BTC", 10m),
        ]);
        await f.WriteAsync(data);
        var prices = f.WriteFile("prices.csv", "asset,date,eur_price\nBTC,2022-05-01,30000\nBTC,2022-12-01,15000.50\n");
        Assert.True((await f.Prices.ImportAsync(prices, Actor.CommandLine)).IsSuccess);
        return f;
    }

    private static Holding Held(string account, string asset, decimal amount) => new() { AccountId = account, Asset = asset, Amount = amount, AsOf = new DateOnly(2022, 5, 15) };

    [Theory, SqliteData, PostgresData]
    public async Task Evaluate_ThresholdStage_RestrictsRussiansAboveTenThousandAndReportsWhatItCannotValue(string provider)
    {
        await using var f = await SeededAsync(provider);

        var report = (await f.Evaluation.EvaluateAsync(ThresholdStage, Actor.CommandLine)).Value;

        Assert.Equal("eu-833-2014-art-5b", report.RegimeId);
        Assert.Equal((true, (decimal?)10_000m), (report.InForce, report.Threshold));
        Assert.Equal([("R1", "eu-833-5b-threshold", 30_000m), ("R4", "eu-833-5b-threshold", 30_000m)],
            report.Restrict.Select(r => (r.AccountId, r.ReasonCode!, r.Valuation.PricedEur)));
        Assert.Equal(["R5"], report.Undetermined.Select(r => r.AccountId));
        Assert.Equal(["R5"], report.WithUnpricedHoldings.Select(r => r.AccountId));
        Assert.Equal((6, 1, 1, 1), (report.Examined, report.Exempt, report.BelowThreshold, report.Closed));
    }

    [Theory, SqliteData]
    public async Task Evaluate_BanStage_RestrictsWhateverTheValueAtTheLatestPrice(string provider)
    {
        await using var f = await SeededAsync(provider);

        var report = (await f.Evaluation.EvaluateAsync(BanStage, Actor.CommandLine)).Value;

        Assert.Equal((decimal?)null, report.Threshold);
        Assert.Equal([("R1", "eu-833-5b-ban", 15_000.50m), ("R3", "eu-833-5b-ban", 1_500.05m), ("R4", "eu-833-5b-ban", 15_000.50m), ("R5", "eu-833-5b-ban", 0m)],
            report.Restrict.Select(r => (r.AccountId, r.ReasonCode!, r.Valuation.PricedEur)));
        Assert.Empty(report.Undetermined);
        Assert.Equal(["R5"], report.WithUnpricedHoldings.Select(r => r.AccountId));
    }

    [Theory, SqliteData]
    public async Task Evaluate_BeforeArticle5bApplied_RestrictsNobody(string provider)
    {
        await using var f = await SeededAsync(provider);

        var report = (await f.Evaluation.EvaluateAsync(new DateOnly(2022, 4, 7), Actor.CommandLine)).Value;

        Assert.False(report.InForce);
        Assert.Empty(report.Restrict);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Apply_RecordsRestrictionsStatusesAndNoticesOnceWithTheirEvents(string provider)
    {
        await using var f = await SeededAsync(provider);

        var first = (await f.Apply.ApplyAsync(ThresholdStage, Actor.CommandLine)).Value;
        var repeat = (await f.Apply.ApplyAsync(ThresholdStage, Actor.CommandLine)).Value;
        var ban = (await f.Apply.ApplyAsync(BanStage, Actor.CommandLine)).Value;

        Assert.Equal(["R1", "R4"], first.Restricted);
        Assert.Equal(0, first.AlreadyRestricted);
        Assert.Empty(repeat.Restricted);
        Assert.Equal(2, repeat.AlreadyRestricted);
        Assert.Equal(["R3", "R5"], ban.Restricted);
        Assert.Equal(2, ban.AlreadyRestricted);
        await using var db = f.Harness.NewContext();
        var restrictions = await db.AccountRestrictions.AsNoTracking().OrderBy(r => r.AccountId).ToListAsync();
        Assert.Equal([("R1", "eu-833-5b-threshold", 30_000m), ("R3", "eu-833-5b-ban", 1_500.05m), ("R4", "eu-833-5b-threshold", 30_000m), ("R5", "eu-833-5b-ban", 0m)],
            restrictions.Select(r => (r.AccountId, r.Reason, r.HoldingsEur!.Value)));
        Assert.All(restrictions, r => Assert.Equal(("eu-833-2014-art-5b", "close-and-return-assets"), (r.Regime, r.Action)));
        var statuses = await db.Customers.AsNoTracking().OrderBy(c => c.AccountId).Select(c => c.Status).ToListAsync();
        Assert.Equal([AccountStatus.Restricted, AccountStatus.Active, AccountStatus.Restricted, AccountStatus.Restricted, AccountStatus.Restricted, AccountStatus.Active, AccountStatus.Closed], statuses);
        var notices = await db.RestrictionNotices.AsNoTracking().ToListAsync();
        Assert.Equal(4, notices.Count);
        Assert.All(notices, n => Assert.Equal("scheduled", n.Status));
        Assert.Contains("return your crypto-assets", notices[0].Body, StringComparison.Ordinal);
        Assert.All(notices, n => Assert.EndsWith(
            $"See every disclosure about you, or the proof that there was none, at http://127.0.0.1:5080/disclosures with your account id {n.AccountId} and your disclosure code "
            + $"{f.Harness.Identity.DisclosureCode(n.AccountId)}. The public ledger names you only by your index key {f.Harness.Identity.CustomerKey(n.AccountId)}, which "
            + "your account id and code give and which nobody without the code can link to you: keep the code to yourself.", n.Body, StringComparison.Ordinal));
        var types = await f.EventTypesAsync();
        Assert.Equal(4, types.Count(t => t == LedgerEventTypes.AccountRestricted.Id));
        Assert.Equal(4, types.Count(t => t == LedgerEventTypes.RestrictionNoticeScheduled.Id));
    }

    [Theory, SqliteData]
    public async Task Apply_StaffWithoutTheComplianceRole_IsRefused(string provider)
    {
        await using var f = await SeededAsync(provider);

        var result = await f.Apply.ApplyAsync(ThresholdStage, TestStaff.LegalReviewer());

        Assert.Equal("access.denied", result.Error.Code);
        Assert.Empty(await f.Db.AccountRestrictions.ToListAsync());
    }

    [Theory, SqliteData]
    public async Task PricesImport_BadRows_AreAllNamedAndNothingIsWritten(string provider)
    {
        await using var f = await CreateAsync(provider);
        var path = f.WriteFile("bad.csv", "asset,date,eur_price\nBTC,2022-13-01,1\nB-TC,2022-01-01,1\nETH,2022-01-01,-5\nETH,2022-01-01,1,2\nETH,2022-01-02,1700\n");

        var result = await f.Prices.ImportAsync(path, Actor.CommandLine);

        Assert.Collection(result.Errors,
            e => Assert.StartsWith("bad.csv: line 2: date: '2022-13-01'", e.Message, StringComparison.Ordinal),
            e => Assert.StartsWith("bad.csv: line 3: asset: 'B-TC'", e.Message, StringComparison.Ordinal),
            e => Assert.StartsWith("bad.csv: line 4: eur_price: '-5'", e.Message, StringComparison.Ordinal),
            e => Assert.StartsWith("bad.csv: line 5: row: the row has 4 fields", e.Message, StringComparison.Ordinal));
        Assert.Empty(await f.Db.AssetPrices.ToListAsync());
        Assert.Equal("prices.header-invalid", (await f.Prices.ImportAsync(f.WriteFile("h.csv", "asset,day,eur_price\nBTC,2022-01-01,1\n"), Actor.CommandLine)).Error.Code);
    }

    [Theory, SqliteData]
    public async Task PricesImport_SameDayAgain_ReplacesThePriceAndLedgersTheFileHash(string provider)
    {
        await using var f = await CreateAsync(provider);
        await f.Prices.ImportAsync(f.WriteFile("p1.csv", "asset,date,eur_price\nBTC,2022-01-01,40000\n"), Actor.CommandLine);

        var second = (await f.Prices.ImportAsync(f.WriteFile("p2.csv", "asset,date,eur_price\nbtc,2022-01-01,41000.5\nETH,2022-01-01,3000\n"), Actor.CommandLine)).Value;

        await using var db = f.Harness.NewContext();
        var prices = await db.AssetPrices.AsNoTracking().OrderBy(p => p.Asset).ToListAsync();
        Assert.Equal([("BTC", 41_000.5m), ("ETH", 3_000m)], prices.Select(p => (p.Asset, p.EurPrice)));
        Assert.Equal(64, second.Sha256.Length);
        Assert.Equal(2, (await f.EventTypesAsync()).Count(t => t == LedgerEventTypes.PricesImported.Id));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Assess_RussianAuthorityAsksAboutARestrictedCustomer_ScrutinySaysTheRestrictionIsNoGround(string provider)
    {
        await using var f = await CreateAsync(provider);
        var data = new CustomerDataSet();
        data.Customers.Add(Customer("C-1001", "Ivan", "Sokolov", new DateOnly(1980, 1, 1), "RU", "RU"));
        await f.WriteAsync(data);
        f.Db.AccountRestrictions.Add(new AccountRestrictionRecord
        {
            Id = "rst_1", AccountId = "C-1001", Reason = "eu-833-5b-threshold", Regime = "eu-833-2014-art-5b", AsOf = new DateOnly(2022, 4, 20),
            Action = "close-and-return-assets", Explanation = "test", RecordedAt = DateTimeOffset.UnixEpoch, RecordedBy = "cli",
        });
        await f.Db.SaveChangesAsync();
        var scenario = Path.Combine(OwnScenarioFolder, "sanctions-ru-mt-2022-threshold.json");
        var request = RequestJson.Read(File.ReadAllText(scenario)).Value.Request!;
        var assessment = new RequestAssessment(new TargetResolver(f.Db), f.Policies, new IntakeOptions(), f.Db);

        var russian = (await assessment.AssessAsync(request, [])).Value.Scrutiny;
        var german = (await assessment.AssessAsync(request with { Agency = request.Agency with { Country = "DE" } }, [])).Value.Scrutiny;

        var finding = Assert.Single(russian.Findings, x => x.Code == "sanctions.restricted-target");
        Assert.Contains("Target(s) 1 reach 1 account(s)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("since 2022-04-20", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Russia", finding.Message, StringComparison.Ordinal);
        Assert.Contains("833/2014", finding.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(german.Findings, x => x.Code == "sanctions.restricted-target");
    }

    [Fact]
    public void DefaultPolicy_Article5b_IsDatedPolicyWithItsSourcesAndExemptions()
    {
        var regime = PolicyReader.Default.Value.SanctionsRegimes.Single(r => r.Id == "eu-833-2014-art-5b");
        var restriction = regime.Restriction!;

        Assert.Equal(("eu", "RU", "eu-833-5b"), (regime.ImposedBy, regime.Target, restriction.Code));
        Assert.Null(restriction.Thresholds.On(new DateOnly(2022, 4, 7)));
        Assert.Equal(10_000m, restriction.Thresholds.On(new DateOnly(2022, 4, 8))!.Value);
        Assert.Equal(10_000m, restriction.Thresholds.On(new DateOnly(2022, 10, 5))!.Value);
        Assert.Null(restriction.Thresholds.On(new DateOnly(2022, 10, 6))!.Value);
        Assert.Contains("2022/576", restriction.Thresholds.On(new DateOnly(2022, 4, 8))!.Source, StringComparison.Ordinal);
        Assert.Contains("2022/1904", restriction.Thresholds.On(new DateOnly(2022, 10, 6))!.Source, StringComparison.Ordinal);
        string[] euEeaSwiss = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL",
            "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH"];
        Assert.Equal(euEeaSwiss.Order(StringComparer.Ordinal), restriction.ExemptNationals.Order(StringComparer.Ordinal));
        Assert.Equal(euEeaSwiss.Order(StringComparer.Ordinal), restriction.ExemptPermitCountries.Order(StringComparer.Ordinal));
        Assert.Contains(PolicyReader.Default.Value.Rules, r => r.Kind == Domain.Policy.RuleKind.SanctionsRestrictedTarget && r.Source.Length > 0);
        Assert.Equal(RestrictionOutcomeKind.Restrict, RestrictionRules.Evaluate(regime,
            new RestrictionSubject { AccountId = "x", Nationality = "RU", ResidenceCountry = "RU" }, HoldingsValuation.None, new DateOnly(2022, 10, 6)).Kind);
    }

    private static string OwnScenarioFolder => Path.Combine(TestEnvironment.RepositoryRoot, "test", "Custos.Application.Tests", "Scrutiny", "Scenarios");
}
