using System.Security.Cryptography;
using Custos.Application.Common;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Requests;

public sealed class RequestIntakeTests
{
    private static readonly Actor ApiKey = Actor.ApiKey("key_test");

    /// <summary>A complete US administrative subpoena for one account's subscriber data (as scenario 01).</summary>
    internal static DataRequest Subpoena(DateTimeOffset receivedAt) => new()
    {
        Reference = "DEA-2025-00412",
        ReceivedAt = receivedAt,
        Channel = RequestChannel.Api,
        Kind = RequestKind.Production,
        Agency = new Agency { Name = "typed by the client", Country = "US", Type = AgencyType.Police },
        Officer = new Officer { Name = "Julia Ortiz", Title = "Special Agent", Email = "j.ortiz@dea.gov", Phone = "+1 305 555 0142" },
        LegalProcess = new LegalProcess
        {
            Type = LegalProcessType.AdministrativeSubpoena,
            Reference = "DEA-MIA-25-0087",
            Issuer = "Drug Enforcement Administration",
            IssuedOn = DateOnly.FromDateTime(receivedAt.UtcDateTime).AddDays(-3),
            Signed = true,
            LegalBasis = "21 U.S.C. 876",
        },
        Offence = new Offence { Description = "Distribution of controlled substances paid in bitcoin", Categories = [OffenceCategory.DrugTrafficking], MaxPenaltyYears = 20 },
        Targets = [new Target { Type = TargetType.Account, Value = "C-100234", Role = TargetRole.Suspect }],
        DataCategories = [DataCategory.Subscriber],
        DateRange = new DateRange { From = new DateOnly(2024, 1, 1), To = new DateOnly(2025, 3, 1) },
    };

    internal static UploadedDocument Pdf(string name = "subpoena.pdf", string text = "signed subpoena") =>
        new(name, "application/pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + text + "\n%%EOF"));

    private static async Task<(IntakeFixture Fixture, string Agency)> UsAsync(string provider, AgencyVerification verification = AgencyVerification.VerifiedOutOfBand)
    {
        var fixture = await IntakeFixture.CreateAsync(provider);
        var agency = await fixture.AddAgencyAsync("Drug Enforcement Administration, Miami Field Division", "US", AgencyType.Police, "dea.gov", verification);
        return (fixture, agency);
    }

    private static IntakeSubmission Api(string agency, DataRequest request, params UploadedDocument[] documents) => new()
    {
        Request = request,
        Source = IntakeSource.Api,
        Actor = ApiKey,
        AgencyId = agency,
        Documents = documents,
    };

    [Theory, SqliteData, PostgresData]
    public async Task Submit_CompleteRequestFromVerifiedAgency_GoesUnderReviewWithEveryStepInTheLedger(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var document = Pdf();

        var receipt = await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), document));

        Assert.True(receipt.IsSuccess, string.Join("; ", receipt.Errors));
        Assert.Equal(RequestStatus.UnderReview, receipt.Value.Status);
        var details = await fixture.DetailsAsync(receipt.Value.RequestId);
        Assert.NotNull(details);
        Assert.Equal("Drug Enforcement Administration, Miami Field Division", details.Request.Agency.Name);
        Assert.Equal(AgencyVerification.VerifiedOutOfBand, details.Request.Agency.Verification);
        Assert.Equal(RequestChannel.Api, details.Request.Channel);
        Assert.Equal(fixture.Clock.GetUtcNow(), details.Summary.ReceivedAt);
        Assert.NotNull(details.Summary.Deadline);
        Assert.NotNull(details.Scrutiny);
        var stored = Assert.Single(details.Documents);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(document.Content)), stored.Sha256);
        Assert.Equal(stored.Sha256, Assert.Single(details.Request.LegalProcess!.Documents).Sha256);
        Assert.Single(details.Targets);

        var events = (await fixture.Harness.EventsAsync()).Where(e => e.Subject == "request:" + receipt.Value.RequestId).ToArray();
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.RequestReceived.Id);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.RequestDocumentAdded.Id && (e.Details ?? string.Empty).Contains(stored.Sha256, StringComparison.Ordinal));
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.RequestTargetsResolved.Id);
        Assert.Contains(events, e => e.EventTypeId == LedgerEventTypes.RequestScrutinised.Id && e.PolicyVersion == details.Scrutiny!.PolicyVersion);
        Assert.Equal(details.Transitions.Count, events.Count(e => e.EventTypeId == LedgerEventTypes.RequestStatusChanged.Id));
        Assert.Equal(["received", "under-review"], details.Transitions.Select(t => KebabCase.Format(t.ToStatus)));
        Assert.All(events, e => Assert.Contains("agency:" + agency, e.References, StringComparison.Ordinal));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_UnverifiedAgency_WaitsForVerificationThenReviewStartsWithFreshScrutiny(string provider)
    {
        var (fixture, agency) = await UsAsync(provider, AgencyVerification.None);
        await using var _ = fixture;
        var receipt = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value;
        Assert.Equal(RequestStatus.AwaitingVerification, receipt.Status);

        var refused = await fixture.WorkflowAsync(w => w.StartReviewAsync(receipt.RequestId, TestStaff.Analyst("usr_analyst")));
        Assert.Equal("request.agency-unverified", refused.Error.Code);

        await fixture.SetVerificationAsync(agency, AgencyVerification.VerifiedOutOfBand);
        var started = await fixture.WorkflowAsync(w => w.StartReviewAsync(receipt.RequestId, TestStaff.Analyst("usr_analyst")));
        Assert.True(started.IsSuccess, string.Join("; ", started.Errors));
        Assert.Equal(RequestStatus.UnderReview, started.Value);
        var details = await fixture.DetailsAsync(receipt.RequestId);
        Assert.Equal(AgencyVerification.VerifiedOutOfBand, details!.Request.Agency.Verification);
        Assert.DoesNotContain(details.Scrutiny!.Findings, f => f.Code.StartsWith("authenticity.", StringComparison.Ordinal) && f.Code.Contains("unverified", StringComparison.Ordinal));
        Assert.Equal(["received", "awaiting-verification", "under-review"], details.Transitions.Select(t => KebabCase.Format(t.ToStatus)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_WithoutLegalProcess_IsIncompleteWithWhatIsMissingAndNoDeadline(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var request = Subpoena(fixture.Clock.GetUtcNow()) with { LegalProcess = null, Officer = null };

        var receipt = (await fixture.SubmitAsync(Api(agency, request))).Value;

        Assert.Equal(RequestStatus.Incomplete, receipt.Status);
        Assert.NotEmpty(receipt.Missing);
        var details = await fixture.DetailsAsync(receipt.RequestId);
        Assert.Null(details!.Summary.Deadline);
        Assert.Equal(receipt.Missing, details.Missing);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_InformalApproach_IsEscalatedAndCanNeverBeDecided(string provider)
    {
        await using var fixture = await IntakeFixture.CreateAsync(provider);
        var approach = Subpoena(fixture.Clock.GetUtcNow().AddHours(-2)) with
        {
            Channel = RequestChannel.InPerson,
            LegalProcess = new LegalProcess { Type = LegalProcessType.None },
            Agency = new Agency { Name = "Rosfinmonitoring", Country = "RU", Type = AgencyType.Fiu, Verification = AgencyVerification.VerifiedOutOfBand },
        };

        var receipt = (await fixture.SubmitAsync(new IntakeSubmission
        {
            Request = approach,
            Source = IntakeSource.Analyst,
            Actor = TestStaff.Analyst("usr_analyst"),
            Informal = true,
            Note = "Two officials asked our regional head, at a meeting, for the names of the donors.",
        })).Value;

        Assert.Equal(RequestStatus.Escalated, receipt.Status);
        Assert.DoesNotContain(RequestTrigger.Decide, RequestLifecycle.Allowed(RequestStatus.Escalated));
        var details = await fixture.DetailsAsync(receipt.RequestId);
        Assert.True(details!.Summary.Informal);
        Assert.Null(details.Summary.Deadline);
        Assert.Equal(AgencyVerification.None, details.Request.Agency.Verification);
        var note = Assert.Single(details.Messages);
        Assert.False(RequestMessages.VisibleToAgency(note.Kind));
        Assert.Equal(["informal-approach", "escalated"], details.Transitions.Select(t => KebabCase.Format(t.ToStatus)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_SameIdempotencyKey_ReturnsTheFirstResultAndRefusesADifferentRequest(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var request = Subpoena(fixture.Clock.GetUtcNow());
        var submission = Api(agency, request, Pdf()) with { IdempotencyKey = "retry-1" };

        var first = (await fixture.SubmitAsync(submission)).Value;
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = (await fixture.SubmitAsync(submission)).Value;
        var different = await fixture.SubmitAsync(submission with { Request = request with { Reference = "another" } });
        var otherClient = (await fixture.SubmitAsync(submission with { Actor = Actor.ApiKey("key_other") })).Value;

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first.RequestId, again.RequestId);
        Assert.Equal(first.ReceivedAt, again.ReceivedAt);
        Assert.Equal("request.idempotency-key-reused", different.Error.Code);
        Assert.NotEqual(first.RequestId, otherClient.RequestId);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(2, await db.Requests.CountAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_BadDocumentsAndDates_AreRefusedNamingTheFieldAndNothingIsStored(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var now = fixture.Clock.GetUtcNow();
        var declared = Subpoena(now) with
        {
            LegalProcess = Subpoena(now).LegalProcess! with { Documents = [new LegalDocument { Name = "subpoena.pdf", Sha256 = new string('a', 64) }, new LegalDocument { Name = "x.pdf", Sha256 = "not-hex" }] },
            DateRange = new DateRange { From = new DateOnly(2025, 3, 1), To = new DateOnly(2024, 1, 1) },
        };
        var big = new UploadedDocument("big.pdf", "application/pdf", [.. "%PDF-"u8, .. new byte[21 * 1024 * 1024]]);
        var fake = new UploadedDocument("fake.pdf", "application/pdf", "MZ not a pdf"u8.ToArray());
        var exe = new UploadedDocument("tool.exe", "application/x-msdownload", [1, 2, 3]);

        var result = await fixture.SubmitAsync(Api(agency, declared, Pdf(), big, fake, exe));

        Assert.False(result.IsSuccess);
        var fields = result.Errors.Select(e => (e.Code, e.Field)).ToArray();
        Assert.Contains(("request.document-hash-mismatch", "legalProcess.documents[0].sha256"), fields);
        Assert.Contains(("request.document-hash-invalid", "legalProcess.documents[1].sha256"), fields);
        Assert.Contains(("request.document-too-large", "documents[1]"), fields);
        Assert.Contains(("request.document-content-mismatch", "documents[2]"), fields);
        Assert.Contains(("request.document-type-refused", "documents[3]"), fields);
        Assert.Contains(("request.date-range-reversed", "dateRange.to"), fields);
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(0, await db.Requests.CountAsync());
        Assert.Equal(0, await db.RequestDocuments.CountAsync());
        Assert.Empty(await fixture.Harness.EventsAsync());
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_AnalystEntry_RefusesFutureReceiptAndPortalChannel(string provider)
    {
        await using var fixture = await IntakeFixture.CreateAsync(provider);
        var now = fixture.Clock.GetUtcNow();
        var future = await fixture.SubmitAsync(new IntakeSubmission
        {
            Request = Subpoena(now.AddDays(2)) with { Channel = RequestChannel.Post },
            Source = IntakeSource.Analyst,
            Actor = TestStaff.Analyst("usr_analyst"),
        });
        var portal = await fixture.SubmitAsync(new IntakeSubmission
        {
            Request = Subpoena(now) with { Channel = RequestChannel.Portal },
            Source = IntakeSource.Analyst,
            Actor = TestStaff.Analyst("usr_analyst"),
        });

        Assert.Contains(future.Errors, e => e.Field == "receivedAt");
        Assert.Contains(portal.Errors, e => e.Field == "channel");
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_AgencyThatFailedVerification_IsRefusedThroughTheApi(string provider)
    {
        var (fixture, agency) = await UsAsync(provider, AgencyVerification.Failed);
        await using var _ = fixture;

        var result = await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow())));

        Assert.Equal("request.agency-failed-verification", result.Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Clarification_AskedAndAnswered_ReturnsToReviewAndOnlyTheOwningAgencyMayAnswer(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var other = await fixture.AddAgencyAsync("Other", "US", AgencyType.Police, "other.gov", AgencyVerification.VerifiedOutOfBand);
        var id = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value.RequestId;
        var reviewer = TestStaff.LegalReviewer("usr_reviewer");

        Assert.Equal(RequestStatus.AwaitingClarification, (await fixture.WorkflowAsync(w => w.AskClarificationAsync(id, reviewer, "Which account holder is the suspect?"))).Value);
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal("request.not-found", (await fixture.WorkflowAsync(w => w.AnswerAsync(id, other, ApiKey, "me"))).Error.Code);
        Assert.Equal("request.message-empty", (await fixture.WorkflowAsync(w => w.AnswerAsync(id, agency, ApiKey, "  "))).Error.Code);
        Assert.Equal(RequestStatus.UnderReview, (await fixture.WorkflowAsync(w => w.AnswerAsync(id, agency, ApiKey, "The holder of C-100234."))).Value);
        Assert.Equal("request.transition-invalid", (await fixture.WorkflowAsync(w => w.CloseAsync(id, reviewer, "no"))).Error.Code);

        var details = await fixture.DetailsAsync(id);
        Assert.Equal([RequestMessageKind.ClarificationRequest, RequestMessageKind.ClarificationAnswer], details!.Messages.Select(m => m.Kind));
        Assert.Equal(["received", "under-review", "awaiting-clarification", "under-review"], details.Transitions.Select(t => KebabCase.Format(t.ToStatus)));
        var changes = (await fixture.Harness.EventsAsync()).Count(e => e.Subject == "request:" + id && e.EventTypeId == LedgerEventTypes.RequestStatusChanged.Id);
        Assert.Equal(details.Transitions.Count, changes);
    }

    [Theory, SqliteData, PostgresData]
    public async Task AddDocument_Later_MustMatchTheDeclaredHash(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var document = Pdf();
        var sha = Convert.ToHexStringLower(SHA256.HashData(document.Content));
        var now = fixture.Clock.GetUtcNow();
        var request = Subpoena(now) with { LegalProcess = Subpoena(now).LegalProcess! with { Documents = [new LegalDocument { Name = "subpoena.pdf", Sha256 = sha }] } };
        var id = (await fixture.SubmitAsync(Api(agency, request))).Value.RequestId;
        Assert.Single((await fixture.DetailsAsync(id))!.MissingDocuments);

        var wrong = await fixture.InScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<RequestWorkflow>(s).AddDocumentAsync(id, agency, ApiKey, Pdf(text: "tampered")));
        var right = await fixture.InScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<RequestWorkflow>(s).AddDocumentAsync(id, agency, ApiKey, document));

        Assert.Equal("request.document-hash-mismatch", wrong.Error.Code);
        Assert.True(right.IsSuccess);
        var details = await fixture.DetailsAsync(id);
        Assert.Empty(details!.MissingDocuments);
        Assert.Equal(sha, Assert.Single(details.Documents).Sha256);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Queue_IsSortedByDeadlineAndMarksOverdueRequests(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var first = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value.RequestId;
        fixture.Clock.Advance(TimeSpan.FromDays(3));
        var second = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value.RequestId;
        var incomplete = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()) with { LegalProcess = null }))).Value.RequestId;

        var queue = await fixture.InScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<RequestQueries>(s).QueueAsync(Actor.CommandLine));
        Assert.Equal([first, second, incomplete], queue.Select(q => q.Id));
        Assert.DoesNotContain(queue, q => q.Overdue);

        fixture.Clock.Advance(TimeSpan.FromDays(13));
        queue = await fixture.InScopeAsync(s => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<RequestQueries>(s).QueueAsync(Actor.CommandLine));
        Assert.True(queue.Single(q => q.Id == first).Overdue);
        Assert.False(queue.Single(q => q.Id == second).Overdue);
        Assert.False(queue.Single(q => q.Id == incomplete).Overdue);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Workflow_TwoReviewersAtOnce_OnlyOneChangeLands(string provider)
    {
        var (fixture, agency) = await UsAsync(provider);
        await using var _ = fixture;
        var id = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value.RequestId;

        var results = await Task.WhenAll(
            fixture.WorkflowAsync(w => w.AskClarificationAsync(id, TestStaff.Analyst("usr_a"), "First question?")),
            fixture.WorkflowAsync(w => w.AskClarificationAsync(id, TestStaff.Analyst("usr_b"), "Second question?")));

        Assert.Single(results, r => r.IsSuccess);
        var loser = results.Single(r => !r.IsSuccess).Error.Code;
        Assert.True(loser is "request.changed" or "request.transition-invalid", loser);
        var details = await fixture.DetailsAsync(id);
        Assert.Single(details!.Messages);
        Assert.Equal(["received", "under-review", "awaiting-clarification"], details.Transitions.Select(t => KebabCase.Format(t.ToStatus)));
    }

    [Theory, SqliteData, PostgresData]
    public async Task Workflow_VerificationFails_ClosesTheRequestWithTheReason(string provider)
    {
        var (fixture, agency) = await UsAsync(provider, AgencyVerification.None);
        await using var _ = fixture;
        var id = (await fixture.SubmitAsync(Api(agency, Subpoena(fixture.Clock.GetUtcNow()), Pdf()))).Value.RequestId;

        Assert.Equal("request.reason-required", (await fixture.WorkflowAsync(w => w.FailVerificationAsync(id, TestStaff.Analyst("usr_a"), " "))).Error.Code);
        var closed = await fixture.WorkflowAsync(w => w.FailVerificationAsync(id, TestStaff.Analyst("usr_a"), "The published switchboard has never heard of the officer."));

        Assert.Equal(RequestStatus.Closed, closed.Value);
        var details = await fixture.DetailsAsync(id);
        Assert.Null(details!.Summary.Deadline);
        Assert.Equal("The published switchboard has never heard of the officer.", details.Transitions[^1].Reason);
        Assert.Equal("request.transition-invalid", (await fixture.WorkflowAsync(w => w.StartReviewAsync(id, TestStaff.Analyst("usr_a")))).Error.Code);
    }

    [Theory, SqliteData, PostgresData]
    public async Task Submit_InformalApproachWithTooLongAccount_IsRefusedNotCut(string provider)
    {
        await using var fixture = await IntakeFixture.CreateAsync(provider);
        var approach = Subpoena(fixture.Clock.GetUtcNow()) with { Channel = RequestChannel.Phone };

        var result = await fixture.SubmitAsync(new IntakeSubmission
        {
            Request = approach,
            Source = IntakeSource.Analyst,
            Actor = TestStaff.Analyst("usr_analyst"),
            Informal = true,
            Note = new string('x', SubmissionRules.MaxMessageLength + 1),
        });

        Assert.Equal(("request.note-too-long", "note"), (result.Error.Code, result.Error.Field));
        await using var db = fixture.Harness.NewContext();
        Assert.Equal(0, await db.Requests.CountAsync());
    }
}
