using System.Text.Json;
using Custos.Application.Transparency.Checking;
using Custos.Application.Transparency.Facts;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Transparency;

namespace Custos.Application.Tests.Transparency;

/// <summary>The public parts of request.facts and restriction.facts, and the figure-by-figure comparison of two reports.</summary>
public class FactsJsonTests
{
    private static readonly RequestFacts Facts = new()
    {
        Country = "DE",
        Authority = AgencyType.Police,
        LegalProcess = LegalProcessType.CourtOrder,
        Kind = RequestKind.Production,
        Channel = RequestChannel.InPerson,
        ReceivedAt = new DateTimeOffset(2026, 3, 10, 23, 59, 59, TimeSpan.Zero),
        Status = RequestStatus.Delivered,
        Targets = 2,
        AccountsSpecified = 3,
        Categories = [DataCategory.Subscriber, DataCategory.Transactions],
        Recommendation = Recommendation.Narrow,
        Preserved = true,
        NonDisclosure = true,
        HasProduction = true,
        Produced = [new ProducedCategoryFact(DataCategory.Subscriber, 2, 1, 7), new ProducedCategoryFact(DataCategory.Transactions, 2, 0, 40)],
        Notices = new NoticeCounts(1, 0, 2, 0, 1, 0),
    };

    [Fact]
    public void Write_RequestFacts_TheDocumentedFieldsAndTheDayOnly()
    {
        var json = FactsJson.Write(Facts);

        Assert.Equal(
            """{"received":"2026-03-10","country":"DE","authority":"police","legalProcess":"court-order","kind":"production","channel":"in-person","informal":false,"status":"delivered","targets":2,"accounts":3,"categories":["subscriber","transactions"],"recommendation":"narrow","refused":false,"pushedBack":false,"withdrawn":false,"verificationFailed":false,"preserved":true,"nonDisclosure":true,"production":true,"produced":[{"category":"subscriber","items":2,"narrowed":1,"records":7},{"category":"transactions","items":2,"narrowed":0,"records":40}],"notices":{"given":1,"due":0,"scheduled":2,"awaitingEmergencyEnd":0,"blocked":1,"withheldPendingReview":0}}""",
            json);
    }

    [Fact]
    public void ReadRequest_WhatWasWritten_TheSameFactsAndTheSameOutcome()
    {
        var read = FactsJson.ReadRequest(FactsJson.Write(Facts)).Value;

        Assert.Equal(FactsJson.Write(Facts), FactsJson.Write(read));
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero), read.ReceivedAt);
        Assert.Equal(TransparencyRules.OutcomeOf(Facts), TransparencyRules.OutcomeOf(read));
        Assert.Equal(RequestOutcome.Narrowed, TransparencyRules.OutcomeOf(read));
    }

    [Theory]
    [InlineData("\"targets\":2,", "", "targets")]
    [InlineData("\"informal\":false,", "\"informal\":false,\"accountId\":\"C1\",", "accountId")]
    [InlineData("\"kind\":\"production\"", "\"kind\":\"everything\"", "everything")]
    [InlineData("\"country\":\"DE\"", "\"country\":7", "country")]
    public void ReadRequest_MissingUnknownOrWrongField_Malformed(string from, string to, string named)
    {
        var json = FactsJson.Write(Facts).Replace(from, to, StringComparison.Ordinal);

        var read = FactsJson.ReadRequest(json);

        Assert.False(read.IsSuccess);
        Assert.Equal("report.facts-malformed", read.Errors[0].Code);
        Assert.Contains(named, read.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Restriction_WriteAndRead_ReasonRegimeAndDay()
    {
        var fact = new RestrictionFact("eu-833-5b-threshold", "eu-833", new DateTimeOffset(2026, 4, 2, 8, 0, 0, TimeSpan.Zero));

        var json = FactsJson.Write(fact);
        var read = FactsJson.ReadRestriction(json).Value;

        Assert.Equal("""{"reason":"eu-833-5b-threshold","regime":"eu-833","recorded":"2026-04-02"}""", json);
        Assert.Equal(new RestrictionFact("eu-833-5b-threshold", "eu-833", new DateTimeOffset(2026, 4, 2, 0, 0, 0, TimeSpan.Zero)), read);
    }

    [Fact]
    public void ReportDiff_RowsMatchedByWhatTheyAreAbout_PathsNamed()
    {
        using var report = JsonDocument.Parse("""{"totals":{"requests":3},"countries":[{"country":"FR","figures":{"requests":1}},{"country":"DE","figures":{"requests":2}}],"banded":[{"rule":"r","country":"US","requests":"250-499"}]}""");
        using var ledger = JsonDocument.Parse("""{"totals":{"requests":2},"countries":[{"country":"DE","figures":{"requests":2}}],"banded":[{"rule":"r","country":"US","requests":"0-249"}]}""");

        var differences = ReportDiff.Compare(report.RootElement, ledger.RootElement, ReportCheck.NotRecomputable);

        Assert.Equal(["totals.requests: report 3, ledger 2", "countries[FR]: report (a row), ledger (none)"], differences.Select(d => d.ToString()));
    }
}
