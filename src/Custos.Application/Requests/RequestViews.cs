using Custos.Domain.Access;
using Custos.Domain.Lifecycle;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Storage.Entities;

namespace Custos.Application.Requests;

/// <summary>What is known of a request at a glance: its identity, where it stands, and when it is due.</summary>
public sealed record RequestSummary(
    string Id, string? Reference, string? AgencyId, string? OfficerId, RequestKind Kind, RequestChannel Channel, RequestStatus Status,
    bool Informal, DateTimeOffset ReceivedAt, string SubmittedBy, string? PolicyVersion, Recommendation? Recommendation, RiskTier? RiskTier,
    DateTimeOffset? Deadline, DateTimeOffset UpdatedAt)
{
    internal static RequestSummary From(RequestRecord r) => new(
        r.Id, r.Reference, r.AgencyId, r.OfficerId, r.Kind, r.Channel, r.Status, r.Informal, r.ReceivedAt, r.SubmittedBy, r.PolicyVersion,
        r.Recommendation, r.RiskTier, r.Deadline, r.UpdatedAt);
}

/// <summary>One target of a request and what it resolved to in the customer data.</summary>
public sealed record TargetView(
    int Position, TargetType Type, string? Value, TargetRole Role, TargetMatch Match, int Reach, IReadOnlyList<string> Sample,
    string Explanation, DateTimeOffset ResolvedAt)
{
    internal static TargetView From(RequestTargetRecord t) => new(
        t.Position, t.Type, t.Value, t.Role, t.Match, t.Reach, t.Sample.Split(' ', StringSplitOptions.RemoveEmptyEntries), t.Explanation, t.ResolvedAt);
}

/// <summary>A message on a request.</summary>
public sealed record MessageView(string Id, RequestMessageKind Kind, string Author, bool FromAgency, string Body, DateTimeOffset SentAt)
{
    /// <summary>Whether the agency may see it.</summary>
    public bool VisibleToAgency => RequestMessages.VisibleToAgency(Kind);

    internal static MessageView From(RequestMessageRecord m) => new(m.Id, m.Kind, m.Author, m.FromAgency, m.Body, m.SentAt);
}

/// <summary>One change of a request's status.</summary>
public sealed record TransitionView(int Seq, RequestStatus? FromStatus, RequestTrigger Trigger, RequestStatus ToStatus, string Actor, string? Reason, DateTimeOffset OccurredAt)
{
    internal static TransitionView Of(RequestTransitionRecord t) => new(t.Seq, t.FromStatus, t.Trigger, t.ToStatus, t.Actor, t.Reason, t.OccurredAt);
}

/// <summary>A stored document without its content.</summary>
public sealed record DocumentInfo(string Id, string Name, string MediaType, long SizeBytes, string Sha256, DateTimeOffset UploadedAt, string UploadedBy)
{
    internal static DocumentInfo From(RequestDocumentRecord d) => new(d.Id, d.Name, d.MediaType, d.SizeBytes, d.Sha256, d.UploadedAt, d.UploadedBy);
}

/// <summary>A stored document with its content, for download.</summary>
public sealed record DocumentContent(string Name, string MediaType, byte[] Content);
