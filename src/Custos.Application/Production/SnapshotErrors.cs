using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>The refusals of the preservation use cases that are not the Domain's rules. Codes are stable.</summary>
public static class SnapshotErrors
{
    public static Error PreservationUnknown(string id) => Error.NotFound("preservation.not-found", $"No preservation {id}.");

    public static Error NoActivePreservation(string requestId) => Error.Conflict(
        "preservation.not-active", $"Request {requestId} has no active preservation.");

    public static readonly Error Stale = Error.Conflict(
        "preservation.stale", "The preservation changed while you were working on it (released or extended by someone else); reload and try again.");
}
