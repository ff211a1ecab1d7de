using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Intake;
using Custos.Domain.Requests;

namespace Custos.Application.Requests;

/// <summary>A legal document as uploaded.</summary>
public sealed record UploadedDocument(string Name, string MediaType, byte[] Content);

/// <summary>A request to be taken in.</summary>
public sealed record IntakeSubmission
{
    public required DataRequest Request { get; init; }

    public required IntakeSource Source { get; init; }

    /// <summary>Who submits: the officer, the API key, or the analyst.</summary>
    public required Actor Actor { get; init; }

    /// <summary>The registered agency: required from the portal and the API (it is the signed-in agency); optional for an analyst.</summary>
    public string? AgencyId { get; init; }

    /// <summary>The officer signed in to the portal; the request's officer block is taken from the registry.</summary>
    public string? OfficerId { get; init; }

    public IReadOnlyList<UploadedDocument> Documents { get; init; } = [];

    /// <summary>An informal approach (a meeting, a call, a message to an employee): recorded and escalated, never approvable.</summary>
    public bool Informal { get; init; }

    /// <summary>The analyst's own account (for an informal approach: what happened); kept as an internal note, never shown to the agency.</summary>
    public string? Note { get; init; }

    /// <summary>The client's <c>Idempotency-Key</c>: a retry with the same key and the same content returns the first result.</summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>What the submitter is told: the request's id and status (never the internal scrutiny report).</summary>
public sealed record IntakeReceipt(
    string RequestId, Domain.Lifecycle.RequestStatus Status, DateTimeOffset ReceivedAt, bool Replayed, IReadOnlyList<string> Missing)
{
    /// <summary>The stored request (null for a replayed submission: read it back).</summary>
    public RequestSummary? Summary { get; init; }

    /// <summary>The documents stored with it.</summary>
    public IReadOnlyList<DocumentInfo> Documents { get; init; } = [];

    /// <summary>Documents the request declares that were not uploaded with it.</summary>
    public IReadOnlyList<string> NotUploaded { get; init; } = [];
}
