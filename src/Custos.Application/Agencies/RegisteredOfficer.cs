using Custos.Storage.Entities;

namespace Custos.Application.Agencies;

/// <summary>An officer as staff see them (never the password hash).</summary>
public sealed record RegisteredOfficer(
    string Id, string AgencyId, string Name, string? Title, string Email, string? Phone, string Status, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt)
{
    public bool IsActive => string.Equals(Status, OfficerStatus.Active, StringComparison.Ordinal);

    public bool IsPending => string.Equals(Status, OfficerStatus.Pending, StringComparison.Ordinal);

    internal static RegisteredOfficer From(OfficerRecord record) => new(
        record.Id, record.AgencyId, record.Name, record.Title, record.Email, record.Phone, record.Status, record.CreatedAt, record.ActivatedAt);
}
