using Custos.Domain.Requests;

namespace Custos.Storage.Entities;

/// <summary>
/// The frozen copy of one target's records of one category, taken when a preservation started (schema version 10). It
/// survives later customer imports and is deleted when the preservation is released.
/// </summary>
public sealed class PreservationSnapshotRecord
{
    public required string PreservationId { get; init; }
    /// <summary>The 0-based index of the target in the preservation request.</summary>
    public required int Target { get; init; }
    public required DataCategory Category { get; init; }
    /// <summary>The agency the preservation was made for (a production for the same agency draws on the snapshot).</summary>
    public string? AgencyId { get; init; }
    public required TargetType TargetType { get; init; }
    /// <summary>The target's normalised value (the search key); null for a target that could not be read.</summary>
    public string? TargetKey { get; init; }
    /// <summary>The first day of the request's date range the snapshot covers; null when open.</summary>
    public DateOnly? RangeFrom { get; init; }
    /// <summary>The last day covered; null when open.</summary>
    public DateOnly? RangeTo { get; init; }
    /// <summary>How many accounts the target reached.</summary>
    public required int Accounts { get; init; }
    /// <summary>How many records the snapshot holds.</summary>
    public required int Records { get; init; }
    /// <summary>The gzip-compressed JSON of the records.</summary>
    public required byte[] Content { get; init; }
    /// <summary>Lower-case hex SHA-256 of the uncompressed JSON (ledgered with <c>preservation.started</c>).</summary>
    public required string Sha256 { get; init; }
    public required DateTimeOffset CapturedAt { get; init; }
}
