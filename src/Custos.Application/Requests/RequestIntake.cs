using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Requests.Targets;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>
/// Takes a request in, whichever way it came (portal, API, analyst): checks it, stores it with its documents and their
/// SHA-256, resolves its targets, scrutinises it, and moves it to where it belongs — incomplete, awaiting verification,
/// under review, or, for an informal approach, escalated. Everything, ledger events included, commits in one transaction.
/// </summary>
public sealed class RequestIntake(
    CustosDbContext db, EventRecorder events, TimeProvider clock, RequestAssessment assessment, IntakeOptions options)
{
    /// <summary>The largest request body accepted, whatever the channel (documents travel separately).</summary>
    public const int MaxRequestJsonBytes = 256 * 1024;

    public async Task<Result<IntakeReceipt>> SubmitAsync(IntakeSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (submission.Source == IntakeSource.Analyst &&
            await AccessGuard.CheckAsync(db, events, submission.Actor, StaffAction.TakeIn, cancellationToken: cancellationToken) is { } denied)
        {
            return denied;
        }

        if (submission.IdempotencyKey is { } key && !IsValidIdempotencyKey(key))
        {
            return RequestErrors.IdempotencyKeyInvalid;
        }

        var fingerprint = submission.IdempotencyKey is null ? string.Empty : Fingerprint(submission);
        if (submission.IdempotencyKey is not null)
        {
            var earlier = await ReplayAsync(submission.Actor.Id, submission.IdempotencyKey, fingerprint, cancellationToken);
            if (earlier is not null)
            {
                return earlier.Value;
            }
        }

        var agency = await LoadAgencyAsync(submission, cancellationToken);
        if (!agency.IsSuccess)
        {
            return Result<IntakeReceipt>.Failure(agency.Errors);
        }

        var officer = submission.OfficerId is null ? null
            : await db.Officers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == submission.OfficerId, cancellationToken);
        var now = clock.NowToTheMillisecond();
        var request = SubmissionRules.Normalise(submission.Request, submission.Source, Known(agency.Value), Registered(officer), now);
        var errors = SubmissionRules.Validate(request, submission.Source, submission.Informal, submission.Note, now).ToList();
        var (documents, documentErrors) = DocumentRules.Check(
            submission.Documents, request.LegalProcess?.Documents ?? [], options);
        errors.AddRange(documentErrors);
        if (errors.Count > 0)
        {
            return Result<IntakeReceipt>.Failure(errors);
        }

        if (documents.Count > 0)
        {
            request = request with
            {
                LegalProcess = (request.LegalProcess ?? new LegalProcess()) with
                {
                    Documents = DocumentRules.Merge(request.LegalProcess?.Documents ?? [], documents),
                },
            };
        }

        var assessed = await assessment.AssessAsync(request, Agencies.ReputationFlags.Parse(agency.Value?.ReputationFlags), cancellationToken);
        if (!assessed.IsSuccess)
        {
            return Result<IntakeReceipt>.Failure(assessed.Errors);
        }

        var record = Stage(submission, request, agency.Value, officer, documents, assessed.Value, fingerprint, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (submission.IdempotencyKey is not null)
        {
            // A concurrent retry with the same key won the race: answer as it was answered.
            db.ChangeTracker.Clear();
            var earlier = await ReplayAsync(submission.Actor.Id, submission.IdempotencyKey, fingerprint, cancellationToken);
            if (earlier is not null)
            {
                return earlier.Value;
            }

            throw;
        }

        var stored = db.ChangeTracker.Entries<RequestDocumentRecord>().Select(e => DocumentInfo.From(e.Entity)).ToArray();
        return new IntakeReceipt(record.Id, record.Status, record.ReceivedAt, false, IntakeFindings.Missing(assessed.Value.Scrutiny))
        {
            Summary = RequestSummary.From(record),
            Documents = stored,
            NotUploaded = DocumentRules.NotUploaded(request.LegalProcess?.Documents ?? [], stored.Select(d => d.Name))
                .Select(d => d.Name ?? "(unnamed)").ToArray(),
        };
    }

    private RequestRecord Stage(
        IntakeSubmission submission, DataRequest request, AgencyRecord? agency, OfficerRecord? officer,
        IReadOnlyList<CheckedDocument> documents, Assessment assessed, string fingerprint, DateTimeOffset now)
    {
        var scrutiny = assessed.Scrutiny;
        var record = new RequestRecord
        {
            Id = Ids.New("req"),
            AgencyId = agency?.Id,
            OfficerId = officer?.Id,
            Reference = request.Reference,
            Channel = request.Channel,
            Kind = request.Kind,
            Status = RequestLifecycle.Initial(submission.Informal),
            Informal = submission.Informal,
            ReceivedAt = request.ReceivedAt,
            SubmittedBy = submission.Actor.Id,
            Payload = RequestJson.WriteCompact(request),
            Deadline = scrutiny.Deadline,
            CreatedAt = now,
            UpdatedAt = now,
            RowVersion = 1,
        };
        db.Requests.Add(record);
        var references = RequestChanges.References(record);
        var subject = RequestChanges.Subject(record.Id);
        events.Record(db, LedgerEventTypes.RequestReceived, submission.Actor, subject, new
        {
            source = submission.Source,
            channel = record.Channel,
            kind = record.Kind,
            informal = record.Informal,
            reference = record.Reference,
            receivedAt = record.ReceivedAt,
            agency = request.Agency.Name,
            agencyCountry = request.Agency.Country,
            legalProcess = request.LegalProcess?.Type,
            documents = request.LegalProcess?.Documents.Select(d => new { d.Name, d.Sha256 }).ToArray() ?? [],
            payloadSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.Payload))),
        }, references, scrutiny.PolicyVersion);

        foreach (var document in documents)
        {
            RequestDocumentsStore.Stage(db, events, record, document, submission.Actor, now);
        }

        if (submission.Note is { Length: > 0 } note)
        {
            RequestMessagesStore.Stage(db, events, record, RequestMessageKind.InternalNote, submission.Actor, fromAgency: false, note, now);
        }

        RequestTargetsStore.Stage(db, events, record, request, assessed.Targets, submission.Actor, now);
        RecordScrutiny(db, events, record, scrutiny, submission.Actor);
        var changes = new RequestChanges(db, events, clock);
        changes.Created(record, submission.Actor, references);
        var seq = 2;
        foreach (var step in RequestTriage.Route(submission.Informal, scrutiny, request.Agency.Verification))
        {
            var applied = changes.Apply(record, seq++, step.Trigger, Actor.System, step.Reason, references);
            if (!applied.IsSuccess)
            {
                throw new InvalidOperationException("Intake triage chose a transition the lifecycle does not allow: " + applied.Error);
            }
        }

        if (submission.IdempotencyKey is not null)
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord
            {
                Principal = submission.Actor.Id,
                Key = submission.IdempotencyKey,
                RequestHash = fingerprint,
                RequestId = record.Id,
                CreatedAt = now,
            });
        }

        return record;
    }

    /// <summary>Stages the scrutiny event and result of a request.</summary>
    internal static void RecordScrutiny(CustosDbContext db, EventRecorder events, RequestRecord record, ScrutinyResult scrutiny, Actor actor)
    {
        record.PolicyVersion = scrutiny.PolicyVersion;
        record.Scrutiny = RequestJson.WriteCompact(scrutiny);
        record.Recommendation = scrutiny.Recommendation;
        record.RiskTier = scrutiny.RiskTier;
        events.Record(db, LedgerEventTypes.RequestScrutinised, actor, RequestChanges.Subject(record.Id), new
        {
            recommendation = record.Recommendation,
            riskTier = record.RiskTier,
            findings = scrutiny.Findings.Select(f => f.Code).ToArray(),
            requiredApprovals = scrutiny.RequiredApprovals,
            notificationAllowed = scrutiny.Notification.Allowed,
            deadline = scrutiny.Deadline,
            asOf = scrutiny.AsOf,
        }, RequestChanges.References(record), scrutiny.PolicyVersion);
    }

    private async Task<Result<AgencyRecord?>> LoadAgencyAsync(IntakeSubmission submission, CancellationToken cancellationToken)
    {
        if (submission.AgencyId is null)
        {
            return submission.Source == IntakeSource.Analyst ? Result<AgencyRecord?>.Success(null) : RequestErrors.AgencyRequired;
        }

        var agency = await db.Agencies.AsNoTracking().Include(a => a.Domains)
            .FirstOrDefaultAsync(a => a.Id == submission.AgencyId, cancellationToken);
        if (agency is null)
        {
            return RequestErrors.AgencyUnknown(submission.AgencyId);
        }

        return submission.Source != IntakeSource.Analyst && agency.Verification == AgencyVerification.Failed
            ? RequestErrors.AgencyFailedVerification
            : agency;
    }

    /// <summary>What the registry knows of the agency, for the Domain's rules.</summary>
    internal static KnownAgency? Known(AgencyRecord? agency) => agency is null ? null
        : new KnownAgency(agency.Name, agency.Country, agency.Type, agency.Domains.Select(d => d.Domain).ToArray(), agency.Verification);

    private static Officer? Registered(OfficerRecord? officer) => officer is null ? null
        : new Officer { Name = officer.Name, Title = officer.Title, Email = officer.Email, Phone = officer.Phone };

    private async Task<Result<IntakeReceipt>?> ReplayAsync(string principal, string key, string fingerprint, CancellationToken cancellationToken)
    {
        var earlier = await db.IdempotencyKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.Principal == principal && k.Key == key, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        if (!string.Equals(earlier.RequestHash, fingerprint, StringComparison.Ordinal))
        {
            return RequestErrors.IdempotencyKeyReused;
        }

        var request = await db.Requests.AsNoTracking().FirstAsync(r => r.Id == earlier.RequestId, cancellationToken);
        var missing = request.Scrutiny is not null ? IntakeFindings.Missing(RequestJson.ReadResult(request.Scrutiny)) : [];
        return new IntakeReceipt(request.Id, request.Status, request.ReceivedAt, true, missing);
    }

    /// <summary>SHA-256 over what was submitted (the request as sent and each document's name and hash).</summary>
    private static string Fingerprint(IntakeSubmission submission)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(RequestJson.WriteCompact(submission.Request)));
        foreach (var document in submission.Documents)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\n" + document.Name + "\n"));
            hash.AppendData(SHA256.HashData(document.Content));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(submission.Informal ? "\ninformal" : "\nformal"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static bool IsValidIdempotencyKey(string key) =>
        key.Length is > 0 and <= 200 && key.All(c => c is > ' ' and <= '~');
}
