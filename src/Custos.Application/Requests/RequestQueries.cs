using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Intake;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>One line of the reviewers' queue.</summary>
public sealed record QueueItem(
    string Id, string? Reference, string Agency, string? AgencyCountry, RequestKind Kind, RequestChannel Channel, RequestStatus Status,
    Recommendation? Recommendation, RiskTier? RiskTier, DateTimeOffset ReceivedAt, DateTimeOffset? Deadline, bool Overdue, bool Informal);

/// <summary>Everything known about one request.</summary>
public sealed record RequestDetails(
    RequestSummary Summary, DataRequest Request, ScrutinyResult? Scrutiny, RegisteredAgency? Agency,
    IReadOnlyList<TargetView> Targets, IReadOnlyList<DocumentInfo> Documents, IReadOnlyList<MessageView> Messages,
    IReadOnlyList<TransitionView> Transitions, bool Overdue)
{
    /// <summary>Who each actor id on the request is, in words (staff and officers by name).</summary>
    public IReadOnlyDictionary<string, string> People { get; init; } = new Dictionary<string, string>();

    /// <summary>The name of <paramref name="actorId"/>, or the id when it is not known.</summary>
    public string NameOf(string actorId) => People.TryGetValue(actorId, out var name) ? name : actorId;

    /// <summary>The day a legal reviewer recorded the non-disclosure order as lifted; null while it binds or there is none.</summary>
    public DateOnly? NonDisclosureLiftedOn { get; init; }

    /// <summary>Where the request stands.</summary>
    public RequestStatus Status => Summary.Status;

    /// <summary>Declared documents (in the request) that were never uploaded.</summary>
    public IReadOnlyList<LegalDocument> MissingDocuments =>
        DocumentRules.NotUploaded(Request.LegalProcess?.Documents ?? [], Documents.Select(d => d.Name));

    /// <summary>What intake found missing, in words for the agency (the blocking intake findings of the latest scrutiny).</summary>
    public IReadOnlyList<string> Missing => Scrutiny is not null ? IntakeFindings.Missing(Scrutiny) : [];
}

/// <summary>Which requests the queue shows.</summary>
public enum QueueView
{
    /// <summary>Every request still open (not closed, released, converted).</summary>
    Open,
    /// <summary>Only requests someone must act on now: awaiting verification, under review, escalated, incomplete.</summary>
    NeedsAction,
    /// <summary>Everything.</summary>
    All,
}

/// <summary>Reads requests for the reviewer console and the agency portal.</summary>
public sealed class RequestQueries(CustosDbContext db, TimeProvider clock, ActorNames names, EventRecorder events)
{
    private static readonly RequestStatus[] Terminal = Enum.GetValues<RequestStatus>().Where(RequestLifecycle.IsTerminal).ToArray();

    private static readonly RequestStatus[] NeedsAction =
    [
        RequestStatus.AwaitingVerification, RequestStatus.UnderReview, RequestStatus.Escalated, RequestStatus.Incomplete,
        RequestStatus.InformalApproach, RequestStatus.Received,
    ];

    /// <summary>
    /// The queue as <paramref name="actor"/> may see it (regional staff: only what they took in): soonest deadline first,
    /// requests without a deadline after, overdue ones marked.
    /// </summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(Actor actor, QueueView view = QueueView.Open, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AccessRules.May(actor, StaffAction.ReadRequests))
        {
            return [];
        }

        var query = db.Requests.AsNoTracking();
        if (actor.IsRegional)
        {
            query = query.Where(r => r.SubmittedBy == actor.Id);
        }

        query = view switch
        {
            QueueView.Open => query.Where(r => !Terminal.Contains(r.Status)),
            QueueView.NeedsAction => query.Where(r => NeedsAction.Contains(r.Status)),
            _ => query,
        };
        // Only the columns the queue shows (ix_requests_queue gives the order); the stored request is read only for a
        // request of an unregistered agency, whose name is in it.
        var rows = await query
            .GroupJoin(db.Agencies.AsNoTracking(), r => r.AgencyId, a => a.Id, (r, a) => new { r, a })
            .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new { x.r, AgencyName = a == null ? null : a.Name, AgencyCountry = a == null ? null : a.Country })
            .OrderBy(x => x.r.Deadline == null).ThenBy(x => x.r.Deadline).ThenBy(x => x.r.ReceivedAt)
            .Take(Math.Clamp(limit, 1, 5000))
            .Select(x => new
            {
                x.r.Id, x.r.Reference, x.r.Kind, x.r.Channel, x.r.Status, x.r.Recommendation, x.r.RiskTier, x.r.ReceivedAt,
                x.r.Deadline, x.r.Informal, x.AgencyName, x.AgencyCountry, Payload = x.AgencyName == null ? x.r.Payload : null,
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(x =>
        {
            var agency = x.AgencyName;
            var country = x.AgencyCountry;
            if (agency is null)
            {
                var content = RequestJson.ReadStored(x.Payload!);
                agency = content.Agency.Name ?? "(agency not named)";
                country = content.Agency.Country;
            }

            return new QueueItem(
                x.Id, x.Reference, agency, country, x.Kind, x.Channel, x.Status, x.Recommendation, x.RiskTier,
                x.ReceivedAt, x.Deadline, RequestClock.IsOverdue(x.Status, x.Deadline, now), x.Informal);
        }).ToArray();
    }

    /// <summary>
    /// One request with everything about it as <paramref name="actor"/> may see it, or null: regional staff see only what
    /// they took in (an attempt at another is a ledgered refusal) and, like anyone without
    /// <see cref="StaffAction.SeeTargetAccounts"/>, the targets' reach but not the accounts.
    /// </summary>
    public async Task<RequestDetails?> GetAsync(string requestId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var details = await LoadAsync(db.Requests.AsNoTracking().Where(r => r.Id == requestId), cancellationToken);
        if (details is null || !AccessRules.May(actor, StaffAction.ReadRequests))
        {
            return null;
        }

        if (!AccessRules.MaySeeRequest(actor, details.Summary.SubmittedBy))
        {
            await AccessGuard.RefuseAsync(db, events, actor, StaffAction.ReadRequests, RequestErrors.NotYours, RequestChanges.Subject(requestId), cancellationToken);
            return null;
        }

        return AccessRules.May(actor, StaffAction.SeeTargetAccounts)
            ? details
            : details with { Targets = details.Targets.Select(t => t with { Sample = [] }).ToArray() };
    }

    /// <summary>
    /// One request of <paramref name="agencyId"/>, or null: another agency's request is not found (not forbidden), and so
    /// is a staff record such as an informal approach recorded against the agency.
    /// </summary>
    public Task<RequestDetails?> GetForAgencyAsync(string requestId, string agencyId, CancellationToken cancellationToken = default) =>
        LoadAsync(ForAgency(agencyId).Where(r => r.Id == requestId), cancellationToken);

    /// <summary>An agency's own requests, newest first.</summary>
    public async Task<IReadOnlyList<RequestSummary>> ListForAgencyAsync(string agencyId, int limit = 200, CancellationToken cancellationToken = default)
    {
        var records = await ForAgency(agencyId)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Take(Math.Clamp(limit, 1, 1000))
            .ToListAsync(cancellationToken);
        return records.Select(RequestSummary.From).ToArray();
    }

    /// <summary>A document of one of <paramref name="agencyId"/>'s requests with its content, or null.</summary>
    public async Task<DocumentContent?> GetDocumentAsync(string requestId, string documentId, string agencyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agencyId);
        var visible = ForAgency(agencyId);
        var document = await db.RequestDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.RequestId == requestId && visible.Any(r => r.Id == d.RequestId))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? null : new DocumentContent(document.Name, document.MediaType, document.Content);
    }

    /// <summary>
    /// A document of a request as <paramref name="actor"/> may read it, or null: staff who read requests, regional staff
    /// only on what they took in (an attempt at another's is a ledgered refusal, as for the request itself).
    /// </summary>
    public async Task<DocumentContent?> GetDocumentAsync(string requestId, string documentId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var subject = RequestChanges.Subject(requestId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadRequests, subject, cancellationToken) is not null)
        {
            return null;
        }

        var submittedBy = await db.Requests.AsNoTracking().Where(r => r.Id == requestId).Select(r => r.SubmittedBy).FirstOrDefaultAsync(cancellationToken);
        if (submittedBy is null)
        {
            return null;
        }

        if (!AccessRules.MaySeeRequest(actor, submittedBy))
        {
            await AccessGuard.RefuseAsync(db, events, actor, StaffAction.ReadRequests, RequestErrors.NotYours, subject, cancellationToken);
            return null;
        }

        var document = await db.RequestDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.RequestId == requestId, cancellationToken);
        return document is null ? null : new DocumentContent(document.Name, document.MediaType, document.Content);
    }

    /// <summary>What an agency may see: its own requests, never staff records (informal approaches) about it.</summary>
    private IQueryable<RequestRecord> ForAgency(string agencyId) =>
        db.Requests.AsNoTracking().Where(r => r.AgencyId == agencyId && !r.Informal);

    private async Task<RequestDetails?> LoadAsync(IQueryable<RequestRecord> query, CancellationToken cancellationToken)
    {
        // One round trip for the request, its agency (with domains and officer count) and its targets: a page is read
        // in a handful of queries rather than one per part (issue 15: under 100 ms p99 with 100,000 requests).
        // Domains and targets are few per request, so their product in one result stays small.
        var found = await query.Select(r => new
        {
            Record = r,
            Agency = db.Agencies.AsNoTracking().FirstOrDefault(a => a.Id == r.AgencyId),
            Domains = db.AgencyDomains.AsNoTracking().Where(d => d.AgencyId == r.AgencyId).ToList(),
            Officers = db.Officers.Count(o => o.AgencyId == r.AgencyId),
            Targets = db.RequestTargets.AsNoTracking().Where(t => t.RequestId == r.Id).OrderBy(t => t.Position).ToList(),
        }).AsSingleQuery().FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var record = found.Record;
        var agency = found.Agency;
        agency?.Domains.AddRange(found.Domains);
        var officers = found.Officers;
        var targets = found.Targets;
        var documents = await db.RequestDocuments.AsNoTracking().Where(d => d.RequestId == record.Id)
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Name)
            .Select(d => new DocumentInfo(d.Id, d.Name, d.MediaType, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedBy))
            .ToListAsync(cancellationToken);
        var messages = await db.RequestMessages.AsNoTracking().Where(m => m.RequestId == record.Id)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var transitions = await db.RequestTransitions.AsNoTracking().Where(t => t.RequestId == record.Id)
            .OrderBy(t => t.Seq).ToListAsync(cancellationToken);
        var people = await names.ResolveAsync(
            messages.Select(m => m.Author).Concat(transitions.Select(t => t.Actor)).Concat(documents.Select(d => d.UploadedBy)).Append(record.SubmittedBy),
            cancellationToken);
        return new RequestDetails(
            RequestSummary.From(record), RequestJson.ReadStored(record.Payload),
            record.Scrutiny is null ? null : RequestJson.ReadResult(record.Scrutiny),
            agency is null ? null : RegisteredAgency.From(agency, officers),
            targets.Select(TargetView.From).ToArray(), documents, messages.Select(MessageView.From).ToArray(),
            transitions.Select(TransitionView.Of).ToArray(),
            RequestClock.IsOverdue(record.Status, record.Deadline, clock.GetUtcNow()))
        {
            People = people,
            NonDisclosureLiftedOn = record.NonDisclosureLiftedOn,
        };
    }
}
