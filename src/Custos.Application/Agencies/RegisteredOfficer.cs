using Custos.Domain.Agencies;
using Custos.Storage.Entities;

namespace Custos.Application.Agencies;

/// <summary>An officer as staff see them (never the password hash).</summary>
public sealed record RegisteredOfficer(
    string Id, string AgencyId, string Name, string? Title, string Email, string? Phone, OfficerStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt)
{
    public bool IsActive => Status == OfficerStatus.Active;

    public bool IsPending => Status == OfficerStatus.Pending;

    internal static RegisteredOfficer From(OfficerRecord record) => new(
        record.Id, record.AgencyId, record.Name, record.Title, record.Email, record.Phone, record.Status, record.CreatedAt, record.ActivatedAt);
}
