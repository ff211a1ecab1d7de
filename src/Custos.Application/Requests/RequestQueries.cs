using Custos.Application.Scrutiny;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>One line of the reviewers' queue.</summary>
public sealed record QueueItem(
    string Id, string? Reference, string Agency, string? AgencyCountry, string Kind, string Channel, RequestStatus Status,
    string? Recommendation, string? RiskTier, DateTimeOffset ReceivedAt, DateTimeOffset? Deadline, bool Overdue, bool Informal);

/// <summary>A stored document without its content.</summary>
public sealed record DocumentInfo(string Id, string Name, string MediaType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>Everything known about one request.</summary>
public sealed record RequestDetails(
    RequestRecord Record, DataRequest Request, RequestStatus Status, ScrutinyResult? Scrutiny, AgencyRecord? Agency,
    IReadOnlyList<RequestTargetRecord> Targets, IReadOnlyList<DocumentInfo> Documents, IReadOnlyList<RequestMessageRecord> Messages,
    IReadOnlyList<RequestTransitionRecord> Transitions, bool Overdue)
{
    /// <summary>Declared documents (in the request) that were never uploaded.</summary>
    public IReadOnlyList<LegalDocument> MissingDocuments =>
        DocumentRules.NotUploaded(Request.LegalProcess?.Documents ?? [], Documents.Select(d => d.Name));

    /// <summary>What intake found missing, in words for the agency (only while incomplete).</summary>
    public IReadOnlyList<string> Missing => Status == RequestStatus.Incomplete && Scrutiny is not null ? RequestIntake.Missing(Scrutiny) : [];
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
public sealed class RequestQueries(CustosDbContext db, TimeProvider clock)
{
    /// <summary>The queue: soonest deadline first, requests without a deadline after, overdue ones marked.</summary>
    public async Task<IReadOnlyList<QueueItem>> QueueAsync(QueueView view = QueueView.Open, int limit = 500, CancellationToken cancellationToken = default)
    {
        var terminal = Enum.GetValues<RequestStatus>().Where(RequestLifecycle.IsTerminal).Select(s => KebabCase.Format(s)).ToArray();
        string[] needsAction = ["awaiting-verification", "under-review", "escalated", "incomplete", "informal-approach", "received"];
        var query = db.Requests.AsNoTracking();
        query = view switch
        {
            QueueView.Open => query.Where(r => !terminal.Contains(r.Status)),
            QueueView.NeedsAction => query.Where(r => needsAction.Contains(r.Status)),
            _ => query,
        };
        var rows = await query
            .GroupJoin(db.Agencies.AsNoTracking(), r => r.AgencyId, a => a.Id, (r, a) => new { r, a })
            .SelectMany(x => x.a.DefaultIfEmpty(), (x, a) => new { x.r, AgencyName = a == null ? null : a.Name, AgencyCountry = a == null ? null : a.Country })
            .OrderBy(x => x.r.Deadline == null).ThenBy(x => x.r.Deadline).ThenBy(x => x.r.ReceivedAt)
            .Take(Math.Clamp(limit, 1, 5000))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(x =>
        {
            var agency = x.AgencyName;
            var country = x.AgencyCountry;
            if (agency is null)
            {
                var content = RequestJson.ReadStored(x.r.Payload);
                agency = content.Agency.Name ?? "(agency not named)";
                country = content.Agency.Country;
            }

            var status = KebabCase.Parse<RequestStatus>(x.r.Status);
            return new QueueItem(
                x.r.Id, x.r.Reference, agency, country, x.r.Kind, x.r.Channel, status, x.r.Recommendation, x.r.RiskTier,
                x.r.ReceivedAt, x.r.Deadline, IsOverdue(status, x.r.Deadline, now), x.r.Informal);
        }).ToArray();
    }

    /// <summary>One request with everything about it, or null.</summary>
    public Task<RequestDetails?> GetAsync(string requestId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Requests.AsNoTracking().Where(r => r.Id == requestId), cancellationToken);

    /// <summary>One request of <paramref name="agencyId"/>, or null (another agency's request is not found, not forbidden).</summary>
    public Task<RequestDetails?> GetForAgencyAsync(string requestId, string agencyId, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Requests.AsNoTracking().Where(r => r.Id == requestId && r.AgencyId == agencyId), cancellationToken);

    /// <summary>An agency's own requests, newest first.</summary>
    public async Task<IReadOnlyList<RequestRecord>> ListForAgencyAsync(string agencyId, int limit = 200, CancellationToken cancellationToken = default) =>
        await db.Requests.AsNoTracking().Where(r => r.AgencyId == agencyId)
            .OrderByDescending(r => r.ReceivedAt).ThenByDescending(r => r.Id).Take(Math.Clamp(limit, 1, 1000))
            .ToListAsync(cancellationToken);

    /// <summary>A document with its content; <paramref name="agencyId"/> restricts it to that agency's requests.</summary>
    public Task<RequestDocumentRecord?> GetDocumentAsync(string requestId, string documentId, string? agencyId, CancellationToken cancellationToken = default) =>
        db.RequestDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.RequestId == requestId)
            .Where(d => agencyId == null || db.Requests.Any(r => r.Id == d.RequestId && r.AgencyId == agencyId))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Whether a request in <paramref name="status"/> is past its deadline.</summary>
    public static bool IsOverdue(RequestStatus status, DateTimeOffset? deadline, DateTimeOffset now) =>
        deadline is { } due && due < now && status is RequestStatus.Received or RequestStatus.AwaitingVerification
            or RequestStatus.UnderReview or RequestStatus.AwaitingClarification or RequestStatus.Decided;

    private async Task<RequestDetails?> LoadAsync(IQueryable<RequestRecord> query, CancellationToken cancellationToken)
    {
        var record = await query.FirstOrDefaultAsync(cancellationToken);
        if (record is null)
        {
            return null;
        }

        var agency = record.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Include(a => a.Domains).FirstOrDefaultAsync(a => a.Id == record.AgencyId, cancellationToken);
        var targets = await db.RequestTargets.AsNoTracking().Where(t => t.RequestId == record.Id).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        var documents = await db.RequestDocuments.AsNoTracking().Where(d => d.RequestId == record.Id)
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Name)
            .Select(d => new DocumentInfo(d.Id, d.Name, d.MediaType, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedBy))
            .ToListAsync(cancellationToken);
        var messages = await db.RequestMessages.AsNoTracking().Where(m => m.RequestId == record.Id)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var transitions = await db.RequestTransitions.AsNoTracking().Where(t => t.RequestId == record.Id)
            .OrderBy(t => t.Seq).ToListAsync(cancellationToken);
        var status = KebabCase.Parse<RequestStatus>(record.Status);
        return new RequestDetails(
            record, RequestJson.ReadStored(record.Payload), status,
            record.Scrutiny is null ? null : RequestJson.ReadResult(record.Scrutiny), agency, targets, documents, messages, transitions,
            IsOverdue(status, record.Deadline, clock.GetUtcNow()));
    }
}
