using System.Security.Cryptography;
using System.Text;
using Custos.Application.Common;
using Custos.Application.Requests.Targets;
using Custos.Application.Scrutiny;
using Custos.Domain.Common;
using Custos.Domain.Events;
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
    CustosDbContext db, EventRecorder events, TimeProvider clock, RequestAssessment assessment, IntakeOptions options, CustosDatabase database)
{
    /// <summary>The largest request body accepted, whatever the channel (documents travel separately).</summary>
    public const int MaxRequestJsonBytes = 256 * 1024;

    public async Task<Result<IntakeReceipt>> SubmitAsync(IntakeSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
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
        var request = Normalise(submission, agency.Value, officer, now);
        var errors = Validate(submission, request, now);
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

        var assessed = await assessment.AssessAsync(request, agency.Value, cancellationToken);
        if (!assessed.IsSuccess)
        {
            return Result<IntakeReceipt>.Failure(assessed.Errors);
        }

        var record = Stage(submission, request, agency.Value, officer, documents, assessed.Value, fingerprint, now);
        try
        {
            using (await database.EnterWriteAsync(cancellationToken))
            {
                await db.SaveChangesAsync(cancellationToken);
            }
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

        var stored = db.ChangeTracker.Entries<RequestDocumentRecord>().Select(e => e.Entity)
            .Select(d => new DocumentInfo(d.Id, d.Name, d.MediaType, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedBy)).ToArray();
        return new IntakeReceipt(record.Id, KebabCase.Parse<RequestStatus>(record.Status), record.ReceivedAt, false, Missing(assessed.Value.Scrutiny))
        {
            Record = record,
            Documents = stored,
            NotUploaded = DocumentRules.NotUploaded(request.LegalProcess?.Documents ?? [], stored.Select(d => d.Name))
                .Select(d => d.Name ?? "(unnamed)").ToArray(),
        };
    }

    /// <summary>What is missing for the request to be complete, in words for the agency.</summary>
    public static IReadOnlyList<string> Missing(ScrutinyResult scrutiny)
    {
        ArgumentNullException.ThrowIfNull(scrutiny);
        return scrutiny.Recommendation == Recommendation.Incomplete
            ? scrutiny.Findings.Where(f => f.Family == "intake" && f.Severity == FindingSeverity.Blocking).Select(f => f.Message).ToArray()
            : [];
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
            Channel = KebabCase.Format(request.Channel),
            Kind = KebabCase.Format(request.Kind),
            Status = KebabCase.Format(RequestLifecycle.Initial(submission.Informal)),
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
            source = KebabCase.Format(submission.Source),
            channel = record.Channel,
            kind = record.Kind,
            informal = record.Informal,
            reference = record.Reference,
            receivedAt = record.ReceivedAt,
            agency = request.Agency.Name,
            agencyCountry = request.Agency.Country,
            legalProcess = request.LegalProcess is null ? null : KebabCase.Format(request.LegalProcess.Type),
            documents = request.LegalProcess?.Documents.Select(d => new { d.Name, d.Sha256 }).ToArray() ?? [],
            payloadSha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(record.Payload))),
        }, references, scrutiny.PolicyVersion);

        foreach (var document in documents)
        {
            RequestDocumentsStore.Stage(db, events, record, document, submission.Actor, now);
        }

        if (submission.Note is { Length: > 0 } note)
        {
            RequestMessagesStore.Stage(db, events, record, RequestMessageKinds.InternalNote, submission.Actor, fromAgency: false, note, now);
        }

        RequestTargetsStore.Stage(db, events, record, request, assessed.Targets, submission.Actor, now);
        RecordScrutiny(db, events, record, scrutiny, submission.Actor);
        var changes = new RequestChanges(db, events, clock);
        changes.Created(record, submission.Actor, references);
        var seq = 2;
        foreach (var (trigger, reason) in Triage(submission, request, scrutiny))
        {
            var applied = changes.Apply(record, seq++, trigger, Actor.System, reason, references);
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
        record.Recommendation = KebabCase.Format(scrutiny.Recommendation);
        record.RiskTier = KebabCase.Format(scrutiny.RiskTier);
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

    /// <summary>Where a new request goes after scrutiny, as the transitions that take it there.</summary>
    private static IEnumerable<(RequestTrigger Trigger, string Reason)> Triage(IntakeSubmission submission, DataRequest request, ScrutinyResult scrutiny)
    {
        if (submission.Informal)
        {
            yield return (RequestTrigger.Escalate, "An informal approach is never a request: it is recorded and escalated to senior escalation and compliance.");
            yield break;
        }

        if (scrutiny.Recommendation == Recommendation.Incomplete)
        {
            yield return (RequestTrigger.FindIncomplete, string.Join(" ", Missing(scrutiny)));
            yield break;
        }

        if (request.Agency.Verification != AgencyVerification.VerifiedOutOfBand)
        {
            yield return (RequestTrigger.RequireVerification, request.Agency.Verification == AgencyVerification.Failed
                ? "The agency failed verification."
                : "The agency has not been verified out-of-band; its requests wait for an analyst to verify it.");
            yield break;
        }

        yield return (RequestTrigger.StartReview, "Complete, from a verified agency: review starts and the deadline runs.");
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

        return submission.Source != IntakeSource.Analyst && agency.Verification == KebabCase.Format(AgencyVerification.Failed)
            ? RequestErrors.AgencyFailedVerification
            : agency;
    }

    /// <summary>
    /// The request as Custos records it: what the registry knows overrides what the submitter says about the agency and
    /// the officer; portal and API requests are received now, through their own channel.
    /// </summary>
    private static DataRequest Normalise(IntakeSubmission submission, AgencyRecord? agency, OfficerRecord? officer, DateTimeOffset now)
    {
        var request = submission.Request;
        if (submission.Source != IntakeSource.Analyst)
        {
            request = request with
            {
                ReceivedAt = now,
                Channel = submission.Source == IntakeSource.Portal ? RequestChannel.Portal : RequestChannel.Api,
            };
        }

        if (agency is not null)
        {
            var officerEmail = officer?.Email ?? request.Officer?.Email ?? request.Agency.Email;
            var officerDomain = officerEmail is null ? null : officerEmail[(officerEmail.LastIndexOf('@') + 1)..].ToLowerInvariant();
            request = request with
            {
                Agency = new Agency
                {
                    Name = agency.Name,
                    Country = agency.Country,
                    Type = KebabCase.Parse<AgencyType>(agency.Type),
                    Email = officerEmail,
                    Domain = agency.Domains.Select(d => d.Domain).FirstOrDefault(d => d == officerDomain)
                        ?? officerDomain ?? agency.Domains.Select(d => d.Domain).Order(StringComparer.Ordinal).FirstOrDefault(),
                    Verification = KebabCase.Parse<AgencyVerification>(agency.Verification),
                },
            };
        }
        else if (request.Agency.Verification == AgencyVerification.VerifiedOutOfBand)
        {
            // Out-of-band verification is recorded on a registered agency (how, by whom); a typed-in claim is not one.
            request = request with { Agency = request.Agency with { Verification = AgencyVerification.None } };
        }

        if (officer is not null)
        {
            request = request with
            {
                Officer = new Officer { Name = officer.Name, Title = officer.Title, Email = officer.Email, Phone = officer.Phone },
            };
        }

        return request;
    }

    private static List<Error> Validate(IntakeSubmission submission, DataRequest request, DateTimeOffset now)
    {
        var errors = new List<Error>();
        if (submission.Source == IntakeSource.Analyst)
        {
            if (request.Channel is RequestChannel.Portal or RequestChannel.Api)
            {
                errors.Add(RequestErrors.ChannelNotForAnalyst);
            }

            if (request.ReceivedAt > now.AddMinutes(5))
            {
                errors.Add(RequestErrors.ReceivedInFuture);
            }
        }

        if (submission.Informal && request.Channel is not (RequestChannel.InPerson or RequestChannel.Phone or RequestChannel.Email))
        {
            errors.Add(RequestErrors.InformalChannel);
        }

        if (submission.Note is { Length: > RequestWorkflow.MaxMessageLength })
        {
            errors.Add(RequestErrors.NoteTooLong);
        }

        if (request.DateRange is { From: { } from, To: { } to } && to < from)
        {
            errors.Add(RequestErrors.DateRangeReversed);
        }

        if (request.LegalProcess?.IssuedOn is { } issued && issued > DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime).AddDays(1))
        {
            errors.Add(RequestErrors.IssuedAfterReceipt);
        }

        return errors;
    }

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
        var missing = request.Status == "incomplete" && request.Scrutiny is not null
            ? Missing(RequestJson.ReadResult(request.Scrutiny))
            : [];
        return new IntakeReceipt(request.Id, KebabCase.Parse<RequestStatus>(request.Status), request.ReceivedAt, true, missing);
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
