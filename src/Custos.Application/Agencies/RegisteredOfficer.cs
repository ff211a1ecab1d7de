using Custos.Domain.Agencies;
using Custos.Storage.Entities;

namespace Custos.Application.Agencies;

/// <summary>An officer as staff see them (never the password hash).</summary>
public sealed record RegisteredOfficer(
    string Id, string AgencyId, string Name, string? Title, string Email, string? Phone, OfficerStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt)
{
    public bool IsActive => Status == OfficerStatus.Active;

    public bool IsPending => Status == OfficerStatus.Pending;

    /// <summary>Whether the officer has enrolled a second factor (optional for officers).</summary>
    public bool SecondFactorEnrolled { get; init; }

    /// <summary>The end of a lockout after repeated failed sign-ins (past or present), or null.</summary>
    public DateTimeOffset? LockedUntil { get; init; }

    internal static RegisteredOfficer From(OfficerRecord record) => new(
        record.Id, record.AgencyId, record.Name, record.Title, record.Email, record.Phone, record.Status, record.CreatedAt, record.ActivatedAt)
    {
        SecondFactorEnrolled = record.TotpSecret is not null,
        LockedUntil = record.LockedUntil,
    };
}
