using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using static Custos.Domain.Tests.Intake.IntakeTestData;

namespace Custos.Domain.Tests.Intake;

public class RequestTriageTests
{
    [Theory]
    [InlineData(Recommendation.Produce)]
    [InlineData(Recommendation.Deny)]
    [InlineData(Recommendation.Incomplete)]
    public void Route_InformalApproach_IsEscalatedWhateverScrutinySays(Recommendation recommendation)
    {
        var steps = RequestTriage.Route(informal: true, ScrutinyOf(recommendation), AgencyVerification.VerifiedOutOfBand);

        Assert.Equal([RequestTrigger.Escalate], steps.Select(s => s.Trigger));
        Assert.Equal(RequestStatus.Escalated, Walk(RequestStatus.InformalApproach, steps));
    }

    [Fact]
    public void Route_Incomplete_GoesBackToTheAgencyWithWhatIsMissing()
    {
        var scrutiny = ScrutinyOf(Recommendation.Incomplete, Blocking("intake.missing-officer", "Name the officer."), Blocking("intake.missing-targets", "Name the targets."));

        var steps = RequestTriage.Route(false, scrutiny, AgencyVerification.VerifiedOutOfBand);

        var step = Assert.Single(steps);
        Assert.Equal((RequestTrigger.FindIncomplete, "Name the officer. Name the targets."), (step.Trigger, step.Reason));
        Assert.Equal(RequestStatus.Incomplete, Walk(RequestStatus.Received, steps));
    }

    [Theory]
    [InlineData(Recommendation.Deny)]
    [InlineData(Recommendation.Redirect)]
    [InlineData(Recommendation.Escalate)]
    [InlineData(Recommendation.Produce)]
    public void Route_BlockingIntakeFindingUnderAMoreRestrictiveRecommendation_IsStillIncomplete(Recommendation recommendation)
    {
        // An empty portal form: scrutiny may also say deny or redirect, but the request is incomplete, never under review.
        var scrutiny = ScrutinyOf(recommendation, Blocking("intake.missing-officer", "Name the officer."));

        var steps = RequestTriage.Route(false, scrutiny, AgencyVerification.VerifiedOutOfBand);

        Assert.Equal([RequestTrigger.FindIncomplete], steps.Select(s => s.Trigger));
        Assert.Equal("Name the officer.", steps[0].Reason);
    }

    [Theory]
    [InlineData(AgencyVerification.None)]
    [InlineData(AgencyVerification.DomainVerified)]
    [InlineData(AgencyVerification.Failed)]
    public void Route_CompleteButAgencyNotVerifiedOutOfBand_WaitsForVerification(AgencyVerification verification)
    {
        var steps = RequestTriage.Route(false, ScrutinyOf(Recommendation.Produce), verification);

        Assert.Equal([RequestTrigger.RequireVerification], steps.Select(s => s.Trigger));
        Assert.Equal(verification == AgencyVerification.Failed, steps[0].Reason.Contains("failed", StringComparison.Ordinal));
        Assert.Equal(RequestStatus.AwaitingVerification, Walk(RequestStatus.Received, steps));
    }

    [Theory]
    [InlineData(Recommendation.Produce)]
    [InlineData(Recommendation.Redirect)]
    [InlineData(Recommendation.Deny)]
    public void Route_CompleteFromAVerifiedAgency_StartsReviewWhateverTheRecommendation(Recommendation recommendation)
    {
        var steps = RequestTriage.Route(false, ScrutinyOf(recommendation), AgencyVerification.VerifiedOutOfBand);

        Assert.Equal([RequestTrigger.StartReview], steps.Select(s => s.Trigger));
        Assert.Equal(RequestStatus.UnderReview, Walk(RequestStatus.Received, steps));
    }

    [Fact]
    public void Missing_BlockingIntakeFindingsOnly_WhateverTheRecommendation()
    {
        var findings = new[]
        {
            Blocking("intake.missing-legal-basis", "Give the legal basis."),
            new Finding("intake.note", FindingSeverity.Warning, "A warning.", "r", "s", null),
            Blocking("jurisdiction.unknown", "Not intake."),
        };

        Assert.Equal(["Give the legal basis."], IntakeFindings.Missing(ScrutinyOf(Recommendation.Incomplete, findings)));
        Assert.Equal(["Give the legal basis."], IntakeFindings.Missing(ScrutinyOf(Recommendation.Deny, findings)));
        Assert.Empty(IntakeFindings.Missing(ScrutinyOf(Recommendation.Deny, findings[1..])));
    }

    private static RequestStatus Walk(RequestStatus from, IEnumerable<TriageStep> steps) =>
        steps.Aggregate(from, (status, step) => RequestLifecycle.Apply(status, step.Trigger).Value);
}
