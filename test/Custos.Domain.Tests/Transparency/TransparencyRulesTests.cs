using Custos.Domain.Lifecycle;
using Custos.Domain.Notices;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;

namespace Custos.Domain.Tests.Transparency;

public class TransparencyRulesTests
{
    private static readonly ReportPeriod H1 = ReportPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 7, 1)).Value;
    private static readonly DateTimeOffset InH1 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static RequestFacts Request(
        string? country = "DE", AgencyType authority = AgencyType.Police, LegalProcessType process = LegalProcessType.CourtOrder,
        RequestStatus status = RequestStatus.UnderReview, int accounts = 1) => new()
    {
        Country = country,
        Authority = authority,
        LegalProcess = process,
        Kind = RequestKind.Production,
        Channel = RequestChannel.Portal,
        ReceivedAt = InH1,
        Status = status,
        Targets = 1,
        AccountsSpecified = accounts,
        Categories = [DataCategory.Subscriber, DataCategory.Transactions],
    };

    private static RequestFacts Produced(RequestFacts request, params (int Target, DataCategory Category, DateOnly From, DateOnly To, int Records)[] items) =>
        ProducedOver(request, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), items);

    private static RequestFacts ProducedOver(
        RequestFacts request, DateOnly? rangeFrom, DateOnly? rangeTo, params (int Target, DataCategory Category, DateOnly From, DateOnly To, int Records)[] items) =>
        request with
        {
            Status = RequestStatus.Delivered,
            HasProduction = true,
            Produced = ProducedCategoryFact.Summarise(items.Select(i => new ProducedItemFact(i.Target, i.Category, i.From, i.To, i.Records)), rangeFrom, rangeTo),
        };

    private static readonly DateOnly Jan1 = new(2025, 1, 1);
    private static readonly DateOnly Dec31 = new(2025, 12, 31);

    [Fact]
    public void OutcomeOf_EveryItemOverTheWholeRange_ProducedAll()
    {
        var facts = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 40));
        Assert.Equal(RequestOutcome.ProducedAll, TransparencyRules.OutcomeOf(facts));
    }

    [Fact]
    public void OutcomeOf_OneCategoryWithheld_ProducedPart()
    {
        var facts = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 1));
        Assert.Equal(RequestOutcome.ProducedPart, TransparencyRules.OutcomeOf(facts));
    }

    [Fact]
    public void OutcomeOf_EveryItemButAShorterRange_Narrowed()
    {
        var facts = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, new DateOnly(2025, 6, 1), Dec31, 4));
        Assert.Equal(RequestOutcome.Narrowed, TransparencyRules.OutcomeOf(facts));
    }

    [Fact]
    public void OutcomeOf_OpenRangeClosedByTheReviewer_NotNarrowed()
    {
        var facts = ProducedOver(Request(), null, null,
            (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 2));
        Assert.Equal(RequestOutcome.ProducedAll, TransparencyRules.OutcomeOf(facts));
    }

    [Fact]
    public void OutcomeOf_ProductionWithNoRecords_NoData()
    {
        var facts = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 0), (0, DataCategory.Transactions, Jan1, Dec31, 0));
        Assert.Equal(RequestOutcome.NoData, TransparencyRules.OutcomeOf(facts));
    }

    [Theory]
    [InlineData(Recommendation.Deny, RequestOutcome.Refused)]
    [InlineData(Recommendation.Produce, RequestOutcome.Refused)]
    [InlineData(Recommendation.Redirect, RequestOutcome.Redirected)]
    public void OutcomeOf_Refused_RefusedOrRedirectedByTheRecommendation(Recommendation recommendation, RequestOutcome expected)
    {
        var facts = Request(status: RequestStatus.Closed) with { Refused = true, Recommendation = recommendation };
        Assert.Equal(expected, TransparencyRules.OutcomeOf(facts));
    }

    [Theory]
    [InlineData(RequestStatus.Received, RequestOutcome.Pending)]
    [InlineData(RequestStatus.UnderReview, RequestOutcome.Pending)]
    [InlineData(RequestStatus.AwaitingClarification, RequestOutcome.Pending)]
    [InlineData(RequestStatus.Incomplete, RequestOutcome.Incomplete)]
    [InlineData(RequestStatus.Closed, RequestOutcome.Lapsed)]
    [InlineData(RequestStatus.Preserved, RequestOutcome.Preserved)]
    [InlineData(RequestStatus.PreservationReleased, RequestOutcome.Preserved)]
    public void OutcomeOf_NoDecision_FollowsTheStatus(RequestStatus status, RequestOutcome expected) =>
        Assert.Equal(expected, TransparencyRules.OutcomeOf(Request(status: status)));

    [Fact]
    public void OutcomeOf_PushedBackAndWaiting_PushedBack() =>
        Assert.Equal(RequestOutcome.PushedBack, TransparencyRules.OutcomeOf(Request(status: RequestStatus.AwaitingClarification) with { PushedBack = true }));

    [Fact]
    public void OutcomeOf_InformalWithdrawnUnverified_TheirOwnOutcomes()
    {
        Assert.Equal(RequestOutcome.Informal, TransparencyRules.OutcomeOf(Request(status: RequestStatus.Escalated) with { Informal = true }));
        Assert.Equal(RequestOutcome.Withdrawn, TransparencyRules.OutcomeOf(Request(status: RequestStatus.Closed) with { Withdrawn = true, Refused = true }));
        Assert.Equal(RequestOutcome.NotVerified, TransparencyRules.OutcomeOf(Request(status: RequestStatus.Closed) with { VerificationFailed = true }));
    }

    [Fact]
    public void OutcomeOf_PreservedThenProduced_CountsTheProduction()
    {
        var facts = Produced(Request() with { Preserved = true }, (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 1));
        Assert.Equal(RequestOutcome.ProducedAll, TransparencyRules.OutcomeOf(facts));
    }

    [Fact]
    public void Compute_GroupsByCountryAuthorityAndProcess_WithTheirFigures()
    {
        var facts = new[]
        {
            Produced(Request(accounts: 3), (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 5)),
            Request(status: RequestStatus.Closed, accounts: 2) with { Refused = true },
            Request(process: LegalProcessType.Subpoena) with { Categories = [DataCategory.Content], Kind = RequestKind.Emergency },
            Request(country: "fr", authority: AgencyType.Fiu, process: LegalProcessType.FiuRequest) with { NonDisclosure = true, Channel = RequestChannel.Email },
            Request(country: null, process: LegalProcessType.None, status: RequestStatus.Escalated) with { Informal = true, Channel = RequestChannel.Phone },
        };

        var report = TransparencyRules.Compute(H1, facts, [], []);

        Assert.Equal(
            ["DE/Police/Subpoena", "DE/Police/CourtOrder", "FR/Fiu/FiuRequest", "unknown/Police/None"],
            report.Groups.Select(g => $"{g.Country}/{g.Authority}/{g.LegalProcess}"));
        var court = report.Groups.Single(g => g.LegalProcess == LegalProcessType.CourtOrder).Figures;
        Assert.Equal(2, court.Requests);
        Assert.Equal(5, court.AccountsSpecified);
        Assert.Equal(1, court.Outcomes.ProducedAll);
        Assert.Equal(1, court.Outcomes.Refused);
        Assert.Equal(50.0m, court.SomeDataProducedPercent);
        Assert.Equal(6, court.RecordsProduced);
        Assert.Equal(0, court.ContentRequests);
        Assert.Equal(2, court.NonContentRequests);

        var subpoena = report.Groups.Single(g => g.LegalProcess == LegalProcessType.Subpoena).Figures;
        Assert.Equal(1, subpoena.ContentRequests);
        Assert.Equal(1, subpoena.EmergencyRequests);

        Assert.Equal(["DE", "FR", "unknown"], report.Countries.Select(c => c.Country));
        Assert.Equal(3, report.Countries[0].Figures.Requests);
        Assert.Equal(1, report.Countries[1].Figures.NonDisclosureOrders);
        Assert.Equal(5, report.Totals.Requests);
        Assert.Equal(1, report.Totals.InformalApproaches);
        Assert.Equal(1, report.Totals.Outcomes.Informal);
        Assert.Equal(20.0m, report.Totals.SomeDataProducedPercent);
        Assert.Equal(3, report.Totals.Channels.Single(c => c.Name == "portal").Count);
        Assert.Equal(1, report.Totals.Channels.Single(c => c.Name == "email").Count);
        Assert.Equal(1, report.Totals.Channels.Single(c => c.Name == "in-person").Count + report.Totals.Channels.Single(c => c.Name == "phone").Count);
    }

    [Fact]
    public void Compute_RequestsOutsideThePeriod_LeftOut()
    {
        var before = Request() with { ReceivedAt = new DateTimeOffset(2025, 12, 31, 23, 59, 59, TimeSpan.Zero) };
        var firstInstant = Request() with { ReceivedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) };
        var end = Request() with { ReceivedAt = new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero) };

        var report = TransparencyRules.Compute(H1, [before, firstInstant, end], [], []);

        Assert.Equal(1, report.Totals.Requests);
    }

    [Fact]
    public void Compute_NationalSecurityDemands_OnlyInBandsAndOutOfEveryExactFigure()
    {
        var facts = Enumerable.Range(0, 260).Select(_ => Request(country: "US", authority: AgencyType.Intelligence, process: LegalProcessType.Subpoena, accounts: 2))
            .Append(Request(country: "US", authority: AgencyType.Police, process: LegalProcessType.SearchWarrant))
            .ToList();

        var report = TransparencyRules.Compute(H1, facts, [], BandRule.Defaults);

        var banded = Assert.Single(report.Banded);
        Assert.Equal("us-national-security", banded.Rule);
        Assert.Equal(new CountBand(250, 499), banded.Requests);
        Assert.Equal(new CountBand(500, 749), banded.AccountsSpecified);
        Assert.Contains("1874", banded.Source, StringComparison.Ordinal);
        var group = Assert.Single(report.Groups);
        Assert.Equal(AgencyType.Police, group.Authority);
        Assert.Equal(1, report.Totals.Requests);
        Assert.Equal(1, Assert.Single(report.Countries).Figures.Requests);
    }

    [Fact]
    public void Compute_NoBandedDemands_StillPublishesTheZeroBand()
    {
        var report = TransparencyRules.Compute(H1, [Request()], [], BandRule.Defaults);

        Assert.Equal("0-249", Assert.Single(report.Banded).Requests.ToString());
    }

    [Fact]
    public void Compute_BandRuleForAnotherCountry_LeavesTheRowExact()
    {
        var report = TransparencyRules.Compute(H1, [Request(country: "DE", authority: AgencyType.Intelligence)], [], BandRule.Defaults);

        Assert.Equal(1, report.Totals.Requests);
        Assert.Equal(AgencyType.Intelligence, Assert.Single(report.Groups).Authority);
    }

    [Fact]
    public void Compute_Notices_GivenDelayedWithheld()
    {
        var facts = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 1)) with
        {
            Notices = NoticeCounts.Of(
            [
                new NoticeFact(NoticeStatus.Due, true), new NoticeFact(NoticeStatus.Scheduled, true), new NoticeFact(NoticeStatus.Due, false),
                new NoticeFact(NoticeStatus.Scheduled, false), new NoticeFact(NoticeStatus.AwaitingEmergencyEnd, false),
                new NoticeFact(NoticeStatus.Blocked, false), new NoticeFact(NoticeStatus.WithheldPendingReview, false),
                new NoticeFact(NoticeStatus.WithheldPendingReview, false),
            ]),
        };

        var notices = TransparencyRules.Compute(H1, [facts, facts], [], []).Totals.Notices;

        Assert.Equal(new NoticeCounts(4, 2, 2, 2, 2, 4), notices);
        Assert.Equal(4, notices.Delayed);
        Assert.Equal(6, notices.Withheld);
        Assert.Equal(16, notices.Total);
    }

    [Fact]
    public void Compute_Restrictions_PerReasonInThePeriod()
    {
        RestrictionFact[] restrictions =
        [
            new("eu-833-5b-threshold", "eu-833-2014", InH1), new("eu-833-5b-threshold", "eu-833-2014", InH1),
            new("sanctions-list-match", null, InH1), new("sanctions-list-match", null, H1.End),
        ];

        var report = TransparencyRules.Compute(H1, [], restrictions, []);

        Assert.Equal(
            [new RestrictionCount("eu-833-5b-threshold", "eu-833-2014", 2), new RestrictionCount("sanctions-list-match", null, 1)],
            report.Restrictions);
        Assert.Equal(0, report.Totals.Requests);
        Assert.Equal(0m, report.Totals.SomeDataProducedPercent);
    }

    [Fact]
    public void SomeDataProducedPercent_RoundsToOneDecimal()
    {
        var produced = Produced(Request(), (0, DataCategory.Subscriber, Jan1, Dec31, 1), (0, DataCategory.Transactions, Jan1, Dec31, 1));
        var report = TransparencyRules.Compute(H1, [produced, Request(), Request()], [], []);

        Assert.Equal(33.3m, report.Totals.SomeDataProducedPercent);
    }

    [Theory]
    [InlineData("2026-03-15", "2025-07-01", "2026-01-01")]
    [InlineData("2026-07-01", "2026-01-01", "2026-07-01")]
    [InlineData("2026-12-31", "2026-01-01", "2026-07-01")]
    [InlineData("2026-01-01", "2025-07-01", "2026-01-01")]
    public void LastCompleteHalfYear_EndsOnOrBeforeToday(string today, string from, string to)
    {
        var period = ReportPeriod.LastCompleteHalfYear(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), period.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), period.To);
    }

    [Fact]
    public void Create_ReversedOrEmpty_Refused()
    {
        Assert.Equal("report.period-reversed", ReportPeriod.Create(new DateOnly(2026, 7, 1), new DateOnly(2026, 1, 1)).Error.Code);
        Assert.False(ReportPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)).IsSuccess);
        Assert.True(ReportPeriod.Create(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)).IsSuccess);
    }

    [Theory]
    [InlineData(0, 0, 249)]
    [InlineData(249, 0, 249)]
    [InlineData(250, 250, 499)]
    [InlineData(1001, 1000, 1249)]
    public void BandOf_Width250_Bands(int count, int low, int high) =>
        Assert.Equal(new CountBand(low, high), BandRule.Defaults[0].BandOf(count));

    [Fact]
    public void Summarise_TwoTargetsOneNarrowed_PerCategoryItemsNarrowedAndRecords()
    {
        var items = new[]
        {
            new ProducedItemFact(0, DataCategory.Transactions, Jan1, Dec31, 4),
            new ProducedItemFact(1, DataCategory.Transactions, new DateOnly(2025, 3, 1), Dec31, 6),
            new ProducedItemFact(0, DataCategory.Subscriber, Jan1, Dec31, 1),
            new ProducedItemFact(0, DataCategory.Subscriber, Jan1, new DateOnly(2025, 6, 30), 2),
        };

        var summary = ProducedCategoryFact.Summarise(items, Jan1, Dec31);

        Assert.Equal(
            [new ProducedCategoryFact(DataCategory.Subscriber, 1, 1, 3), new ProducedCategoryFact(DataCategory.Transactions, 2, 1, 10)],
            summary);
    }

    [Fact]
    public void BandRuleOf_UsNationalSecurity_TheDefaultRuleOtherwiseNone()
    {
        var intelligence = Request(country: "us", authority: AgencyType.Intelligence);

        Assert.Equal("us-national-security", TransparencyRules.BandRuleOf(intelligence, BandRule.Defaults)?.Id);
        Assert.Null(TransparencyRules.BandRuleOf(Request(country: "US"), BandRule.Defaults));
        Assert.Null(TransparencyRules.BandRuleOf(intelligence, []));
    }
}
