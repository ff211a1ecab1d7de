using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;

namespace Custos.Domain.Decisions;

/// <summary>
/// What the decision rules know about one request: the request as received, where it stands, whether it is an informal
/// approach, who took it in, its latest scrutiny result and, for an emergency, the recorded out-of-band confirmation.
/// The caller loads it; the rules read nothing else.
/// </summary>
public sealed record DecisionContext
{
    /// <summary>Custos's id of the request (<c>req_…</c>).</summary>
    public required string RequestId { get; init; }

    /// <summary>The request in the interchange format.</summary>
    public required DataRequest Request { get; init; }

    /// <summary>Where the request stands.</summary>
    public required RequestStatus Status { get; init; }

    /// <summary>An informal approach (meeting, call, message to an employee): never approvable.</summary>
    public required bool Informal { get; init; }

    /// <summary>The actor id of whoever took the request in (an analyst typing in a paper order, an officer, an API key).</summary>
    public required string SubmittedBy { get; init; }

    /// <summary>The latest scrutiny result.</summary>
    public required ScrutinyResult Scrutiny { get; init; }

    /// <summary>For an emergency, the out-of-band call a central person recorded; null until then.</summary>
    public EmergencyConfirmation? EmergencyConfirmation { get; init; }

    /// <summary>Every item of the request: each target × each distinct category asked for, in request order.</summary>
    public IReadOnlyList<ItemKey> Items =>
        [.. Enumerable.Range(0, Request.Targets.Count).SelectMany(t => Request.DataCategories.Distinct().Select(c => new ItemKey(t, c)))];

    /// <summary>Whether this kind of request is ever answered with data: a preservation is preserved and a freeze restricts, neither produces.</summary>
    public bool IsProducible => Request.Kind is RequestKind.Production or RequestKind.Emergency;
}
