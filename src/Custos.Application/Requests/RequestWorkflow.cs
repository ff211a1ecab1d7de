using Custos.Application.Common;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>
/// What people do with a request after intake: analysts start review once the agency is verified (or close it when
/// verification fails), reviewers ask the agency for clarification, the agency answers, adds documents or withdraws.
/// Each step is one transaction with its ledger events; two people changing the same request at once cannot both win.
/// </summary>
public sealed class RequestWorkflow(
    CustosDbContext db, EventRecorder events, TimeProvider clock, RequestAssessment assessment, IntakeOptions options)
{
    /// <summary>Starts review of a request that waited for its agency's verification: scrutinised again with what the registry now knows.</summary>
    public Task<Result<RequestStatus>> StartReviewAsync(string requestId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, _ => StaffAction.VerifyRequester, async (request, step) =>
        {
            var allowed = RequestLifecycle.Apply(request.Status, RequestTrigger.StartReview);
            if (!allowed.IsSuccess)
            {
                return allowed;
            }

            var agency = request.AgencyId is null ? null
                : await db.Agencies.AsNoTracking().Include(a => a.Domains).FirstAsync(a => a.Id == request.AgencyId, cancellationToken);
            if (agency is null || agency.Verification != AgencyVerification.VerifiedOutOfBand)
            {
                return RequestErrors.AgencyNotVerified;
            }

            var content = RequestJson.ReadStored(request.Payload);
            content = content with { Agency = content.Agency with { Verification = AgencyVerification.VerifiedOutOfBand } };
            var assessed = await assessment.AssessAsync(content, Agencies.ReputationFlags.Parse(agency.ReputationFlags), cancellationToken);
            if (!assessed.IsSuccess)
            {
                return Result<RequestStatus>.Failure(assessed.Errors);
            }

            var moved = step(RequestTrigger.StartReview, "The agency is verified out-of-band: review starts.");
            if (moved.IsSuccess)
            {
                request.Payload = RequestJson.WriteCompact(content);
                await IntakeResults.ApplyAsync(db, events, request, assessed.Value, actor, clock, cancellationToken);
            }

            return moved;
        }, actor, cancellationToken);

    /// <summary>Closes a request whose agency or officer could not be verified.</summary>
    public Task<Result<RequestStatus>> FailVerificationAsync(string requestId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, _ => StaffAction.VerifyRequester, (_, step) => Task.FromResult(string.IsNullOrWhiteSpace(reason)
            ? RequestErrors.ReasonRequired
            : step(RequestTrigger.FailVerification, reason.Trim())), actor, cancellationToken);

    /// <summary>Closes a request that needs nothing more (incomplete and not resubmitted, unanswered, escalated approach, decided).</summary>
    /// <remarks>An escalated informal approach is closed by senior escalation only.</remarks>
    public Task<Result<RequestStatus>> CloseAsync(string requestId, Actor actor, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            requestId, request => request.Informal ? StaffAction.CloseInformalApproach : StaffAction.CloseRequest,
            (_, step) => Task.FromResult(string.IsNullOrWhiteSpace(reason) ? RequestErrors.ReasonRequired : step(RequestTrigger.Close, reason.Trim())),
            actor, cancellationToken);

    /// <summary>Asks the agency a question; the request waits for the answer.</summary>
    public Task<Result<RequestStatus>> AskClarificationAsync(string requestId, Actor actor, string question, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, _ => StaffAction.AskClarification, (request, step) =>
        {
            if (SubmissionRules.CheckMessage(question) is { } invalid)
            {
                return Task.FromResult<Result<RequestStatus>>(invalid);
            }

            var moved = step(RequestTrigger.AskClarification, "Clarification asked of the agency.");
            if (moved.IsSuccess)
            {
                AddMessage(request, RequestMessageKind.ClarificationRequest, actor, fromAgency: false, question.Trim());
            }

            return Task.FromResult(moved);
        }, actor, cancellationToken);

    /// <summary>A routine message from staff to the agency; where the request stands does not change.</summary>
    public Task<Result<RequestStatus>> MessageAgencyAsync(string requestId, Actor actor, string body, CancellationToken cancellationToken = default) =>
        ChangeAsync(requestId, _ => StaffAction.MessageAgency, (request, _) =>
        {
            if (SubmissionRules.CheckMessage(body) is { } invalid)
            {
                return Task.FromResult<Result<RequestStatus>>(invalid);
            }

            if (RequestLifecycle.IsTerminal(request.Status))
            {
                return Task.FromResult<Result<RequestStatus>>(RequestErrors.RequestClosed);
            }

            if (request.Informal)
            {
                return Task.FromResult<Result<RequestStatus>>(RequestErrors.NotFound(request.Id));
            }

            AddMessage(request, RequestMessageKind.Message, actor, fromAgency: false, body.Trim());
            request.RowVersion++;
            return Task.FromResult(Result<RequestStatus>.Success(request.Status));
        }, actor, cancellationToken);

    /// <summary>A message from the agency; when the request waits for clarification it is the answer and review resumes.</summary>
    public Task<Result<RequestStatus>> AnswerAsync(string requestId, string agencyId, Actor actor, string body, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        var invalid = SubmissionRules.CheckMessage(body);
        return invalid is not null
            ? Task.FromResult<Result<RequestStatus>>(invalid)
            : ChangeForAgencyAsync(requestId, agencyId, (request, step) =>
            {
                var status = request.Status;
                if (RequestLifecycle.IsTerminal(status))
                {
                    return Task.FromResult<Result<RequestStatus>>(RequestErrors.RequestClosed);
                }

                var answering = status == RequestStatus.AwaitingClarification;
                AddMessage(request, answering ? RequestMessageKind.ClarificationAnswer : RequestMessageKind.Message, actor, fromAgency: true, body.Trim());
                return Task.FromResult(answering
                    ? step(RequestTrigger.ReceiveClarification, "The agency answered.")
                    : Result<RequestStatus>.Success(status));
            }, actor, cancellationToken);
    }

    /// <summary>The agency withdraws its request.</summary>
    public Task<Result<RequestStatus>> WithdrawAsync(string requestId, string agencyId, Actor actor, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        return ChangeForAgencyAsync(requestId, agencyId, (_, step) =>
            Task.FromResult(step(RequestTrigger.Withdraw, string.IsNullOrWhiteSpace(reason) ? "Withdrawn by the agency." : reason.Trim())),
            actor, cancellationToken);
    }

    /// <summary>
    /// Adds a document to a request (the API sends documents after the request). When the request declared the
    /// document's SHA-256 the upload must match it; the hash goes into the ledger.
    /// </summary>
    public async Task<Result<DocumentInfo>> AddDocumentAsync(
        string requestId, string? agencyId, Actor actor, UploadedDocument upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var request = await FindAsync(requestId, agencyId, cancellationToken);
        if (request is null)
        {
            return RequestErrors.NotFound(requestId);
        }

        if (RequestLifecycle.IsTerminal(request.Status))
        {
            return RequestErrors.RequestClosed;
        }

        var declared = RequestJson.ReadStored(request.Payload).LegalProcess?.Documents ?? [];
        var (checkedDocuments, errors) = DocumentRules.Check([upload], declared, options);
        if (errors.Count > 0)
        {
            return Result<DocumentInfo>.Failure(errors);
        }

        var document = checkedDocuments[0];
        if (await db.RequestDocuments.AnyAsync(d => d.RequestId == request.Id && d.Name == document.Name, cancellationToken))
        {
            return Error.Conflict("request.document-duplicate", $"The request already has a document named {document.Name}.");
        }

        var stored = RequestDocumentsStore.Stage(db, events, request, document, actor, clock.NowToTheMillisecond());
        request.UpdatedAt = stored.UploadedAt;
        request.RowVersion++;
        return await SaveAsync(DocumentInfo.From(stored), cancellationToken);
    }

    /// <summary>A change by staff: the action the request calls for must be allowed, and the request visible to them.</summary>
    private async Task<Result<RequestStatus>> ChangeAsync(
        string requestId, Func<RequestRecord, StaffAction> action,
        Func<RequestRecord, Func<RequestTrigger, string?, Result<RequestStatus>>, Task<Result<RequestStatus>>> change,
        Actor actor, CancellationToken cancellationToken)
    {
        var request = await FindAsync(requestId, null, cancellationToken);
        if (request is null)
        {
            return RequestErrors.NotFound(requestId);
        }

        var wanted = action(request);
        var subject = RequestChanges.Subject(request.Id);
        if (await AccessGuard.CheckAsync(db, events, actor, wanted, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!AccessRules.MaySeeRequest(actor, request.SubmittedBy))
        {
            return await AccessGuard.RefuseAsync(db, events, actor, wanted, RequestErrors.NotYours, subject, cancellationToken);
        }

        return await ApplyAsync(request, change, actor, cancellationToken);
    }

    /// <summary>A change by the agency: only its own request, never a staff record.</summary>
    private async Task<Result<RequestStatus>> ChangeForAgencyAsync(
        string requestId, string agencyId,
        Func<RequestRecord, Func<RequestTrigger, string?, Result<RequestStatus>>, Task<Result<RequestStatus>>> change,
        Actor actor, CancellationToken cancellationToken)
    {
        var request = await FindAsync(requestId, agencyId, cancellationToken);
        return request is null ? RequestErrors.NotFound(requestId) : await ApplyAsync(request, change, actor, cancellationToken);
    }

    private async Task<Result<RequestStatus>> ApplyAsync(
        RequestRecord request, Func<RequestRecord, Func<RequestTrigger, string?, Result<RequestStatus>>, Task<Result<RequestStatus>>> change,
        Actor actor, CancellationToken cancellationToken)
    {
        var seq = (await db.RequestTransitions.Where(t => t.RequestId == request.Id).MaxAsync(t => (int?)t.Seq, cancellationToken) ?? 0) + 1;
        var changes = new RequestChanges(db, events, clock);
        var references = RequestChanges.References(request);
        var result = await change(request, (trigger, reason) => changes.Apply(request, seq++, trigger, actor, reason, references));
        if (!result.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        return await SaveAsync(result.Value, cancellationToken);
    }

    private async Task<Result<T>> SaveAsync<T>(T value, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);

            return value;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return RequestErrors.StaleRequest;
        }
    }

    /// <summary>The request; for an agency only its own, and never a staff record such as an informal approach.</summary>
    private Task<RequestRecord?> FindAsync(string requestId, string? agencyId, CancellationToken cancellationToken) =>
        agencyId is null
            ? db.Requests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
            : db.Requests.FirstOrDefaultAsync(r => r.Id == requestId && r.AgencyId == agencyId && !r.Informal, cancellationToken);

    private void AddMessage(RequestRecord request, RequestMessageKind kind, Actor actor, bool fromAgency, string body) =>
        request.UpdatedAt = RequestMessagesStore.Stage(db, events, request, kind, actor, fromAgency, body, clock.NowToTheMillisecond()).SentAt;
}
