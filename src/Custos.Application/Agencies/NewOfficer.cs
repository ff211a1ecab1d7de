namespace Custos.Application.Agencies;

/// <summary>
/// An officer registering in the agency portal: with <see cref="AgencyId"/> to join a registered agency that owns the
/// e-mail's domain, or with <see cref="NewAgency"/> to register their agency (with the e-mail's domain) at the same time.
/// </summary>
public sealed record NewOfficer(
    string Name, string? Title, string Email, string? Phone, string Password, string? AgencyId = null, NewOfficerAgency? NewAgency = null);
