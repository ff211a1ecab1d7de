using Custos.Domain.Intake;
using Custos.Domain.Requests;
using static Custos.Domain.Tests.Intake.IntakeTestData;

namespace Custos.Domain.Tests.Intake;

public class SubmissionRulesTests
{
    private static readonly KnownAgency Fbi = new("FBI Miami Field Office", "US", AgencyType.Police, ["fbi.gov", "ic.fbi.gov"], AgencyVerification.VerifiedOutOfBand);

    [Theory]
    [InlineData(IntakeSource.Portal, RequestChannel.Portal)]
    [InlineData(IntakeSource.Api, RequestChannel.Api)]
    public void Normalise_PortalOrApi_IsReceivedNowThroughItsOwnChannel(IntakeSource source, RequestChannel expected)
    {
        var normalised = SubmissionRules.Normalise(Request(RequestChannel.InPerson, Now.AddYears(-3)), source, Fbi, null, Now);

        Assert.Equal((Now, expected), (normalised.ReceivedAt, normalised.Channel));
    }

    [Fact]
    public void Normalise_Analyst_KeepsTheDateAndChannelOfThePaperOrder()
    {
        var paper = Request(RequestChannel.Post, Now.AddDays(-3));

        var normalised = SubmissionRules.Normalise(paper, IntakeSource.Analyst, null, null, Now);

        Assert.Equal((paper.ReceivedAt, RequestChannel.Post), (normalised.ReceivedAt, normalised.Channel));
    }

    [Fact]
    public void Normalise_RegisteredAgency_OverridesWhatTheSubmitterTyped()
    {
        var typed = Request() with
        {
            Agency = new Agency { Name = "Federal Bureau of Everything", Country = "RU", Type = AgencyType.Court, Verification = AgencyVerification.Failed },
            Officer = new Officer { Name = "Someone", Email = "agent@ic.fbi.gov" },
        };

        var normalised = SubmissionRules.Normalise(typed, IntakeSource.Api, Fbi, null, Now);

        Assert.Equal(("FBI Miami Field Office", "US", AgencyType.Police, AgencyVerification.VerifiedOutOfBand), (normalised.Agency.Name, normalised.Agency.Country, normalised.Agency.Type, normalised.Agency.Verification));
        Assert.Equal(("agent@ic.fbi.gov", "ic.fbi.gov"), (normalised.Agency.Email, normalised.Agency.Domain));
    }

    [Fact]
    public void Normalise_OfficerOutsideTheAgencysDomains_KeepsTheOfficersDomainVisible()
    {
        var typed = Request() with { Officer = new Officer { Email = "Agent@Gmail.com" } };

        var normalised = SubmissionRules.Normalise(typed, IntakeSource.Portal, Fbi, null, Now);

        Assert.Equal("gmail.com", normalised.Agency.Domain);
    }

    [Fact]
    public void Normalise_SignedInOfficer_ReplacesTheOfficerBlock()
    {
        var officer = new Officer { Name = "Dana Whitfield", Title = "Special Agent", Email = "dana.whitfield@fbi.gov", Phone = "+1 305 555 0100" };
        var typed = Request() with { Officer = new Officer { Name = "Not Dana", Email = "x@fbi.gov" } };

        var normalised = SubmissionRules.Normalise(typed, IntakeSource.Portal, Fbi, officer, Now);

        Assert.Equal(officer, normalised.Officer);
        Assert.Equal("fbi.gov", normalised.Agency.Domain);
    }

    [Fact]
    public void Normalise_UnregisteredAgencyClaimingOutOfBandVerification_CountsForNothing()
    {
        var typed = Request() with { Agency = Request().Agency with { Verification = AgencyVerification.VerifiedOutOfBand } };

        var normalised = SubmissionRules.Normalise(typed, IntakeSource.Analyst, null, null, Now);

        Assert.Equal(AgencyVerification.None, normalised.Agency.Verification);
        Assert.Equal("Typed-in agency", normalised.Agency.Name);
    }

    [Fact]
    public void Validate_CompleteAnalystEntry_HasNoErrors() =>
        Assert.Empty(SubmissionRules.Validate(Request(), IntakeSource.Analyst, informal: false, note: null, Now));

    [Theory]
    [InlineData(RequestChannel.Portal)]
    [InlineData(RequestChannel.Api)]
    public void Validate_AnalystEnteringAPortalOrApiRequest_IsRefused(RequestChannel channel) =>
        Assert.Equal(["request.channel-invalid"], Codes(SubmissionRules.Validate(Request(channel), IntakeSource.Analyst, false, null, Now)));

    [Fact]
    public void Validate_ReceiptInTheFuture_IsRefusedBeyondTheClockSkewOnly()
    {
        Assert.Empty(SubmissionRules.Validate(Request(receivedAt: Now + SubmissionRules.ReceiptClockSkew), IntakeSource.Analyst, false, null, Now));
        Assert.Equal(["request.received-in-future"],
            Codes(SubmissionRules.Validate(Request(receivedAt: Now + SubmissionRules.ReceiptClockSkew + TimeSpan.FromSeconds(1)), IntakeSource.Analyst, false, null, Now)));
    }

    [Theory]
    [InlineData(RequestChannel.InPerson, true)]
    [InlineData(RequestChannel.Phone, true)]
    [InlineData(RequestChannel.Email, true)]
    [InlineData(RequestChannel.Post, false)]
    public void Validate_InformalApproach_CameInPersonByPhoneOrMessageOnly(RequestChannel channel, bool accepted)
    {
        var errors = SubmissionRules.Validate(Request(channel), IntakeSource.Analyst, informal: true, note: "met at a conference", Now);

        Assert.Equal(accepted ? [] : ["request.channel-invalid"], Codes(errors));
    }

    [Fact]
    public void Validate_NoteLongerThanTheLimit_IsRefused()
    {
        Assert.Empty(SubmissionRules.Validate(Request(), IntakeSource.Analyst, false, new string('x', SubmissionRules.MaxMessageLength), Now));
        Assert.Equal(["request.note-too-long"],
            Codes(SubmissionRules.Validate(Request(), IntakeSource.Analyst, false, new string('x', SubmissionRules.MaxMessageLength + 1), Now)));
    }

    [Fact]
    public void Validate_ReversedDateRangeAndProcessIssuedAfterReceipt_AreBothNamed()
    {
        var request = Request() with
        {
            DateRange = new DateRange { From = new DateOnly(2025, 3, 1), To = new DateOnly(2025, 2, 1) },
            LegalProcess = new LegalProcess { Type = LegalProcessType.Subpoena, IssuedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1) },
        };

        var errors = SubmissionRules.Validate(request, IntakeSource.Analyst, false, null, Now);

        Assert.Equal(["request.date-range-reversed", "request.issued-after-receipt"], Codes(errors));
        Assert.Equal(["dateRange.to", "legalProcess.issuedOn"], errors.Select(e => e.Field));
    }

    [Fact]
    public void Validate_ProcessIssuedTheDayAfterReceipt_IsAcceptedForTimeZones()
    {
        var request = Request(receivedAt: Now) with
        {
            LegalProcess = new LegalProcess { Type = LegalProcessType.Subpoena, IssuedOn = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(1) },
        };

        Assert.Empty(SubmissionRules.Validate(request, IntakeSource.Api, false, null, Now));
    }

    [Theory]
    [InlineData(null, "request.message-empty")]
    [InlineData("   ", "request.message-empty")]
    [InlineData("Which account?", null)]
    public void CheckMessage_EmptyOrText(string? body, string? code) =>
        Assert.Equal(code, SubmissionRules.CheckMessage(body)?.Code);

    [Fact]
    public void CheckMessage_OverTheLimit_IsTooLong() =>
        Assert.Equal("request.message-too-long", SubmissionRules.CheckMessage(new string('y', SubmissionRules.MaxMessageLength + 1))?.Code);

    private static string[] Codes(IEnumerable<Common.Error> errors) => errors.Select(e => e.Code).ToArray();
}
