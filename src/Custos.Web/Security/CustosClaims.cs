using System.Security.Claims;
using Custos.Application.Agencies;
using Custos.Application.Staff;

namespace Custos.Web.Security;

/// <summary>The claims Custos puts on a principal, and how to read them back.</summary>
public static class CustosClaims
{
    public const string Region = "custos:region";
    public const string DisplayName = "custos:display-name";
    public const string ApiKeyId = "custos:api-key";
    public const string AgencyId = "custos:agency";
    public const string OfficerId = "custos:officer";
    public const string AgencyName = "custos:agency-name";

    /// <summary>The agency the principal (an officer or an agency API key) acts for, or null for staff.</summary>
    public static string? Agency(this ClaimsPrincipal principal) => principal?.FindFirstValue(AgencyId);

    public static ClaimsIdentity ForStaff(StaffMember member, string scheme)
    {
        ArgumentNullException.ThrowIfNull(member);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, member.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, member.Username));
        identity.AddClaim(new Claim(DisplayName, member.DisplayName));
        identity.AddClaim(new Claim(Region, member.Region));
        foreach (var role in member.Roles)
        {
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
        }

        return identity;
    }

    /// <summary>An officer signed in to the agency portal: officer and agency, no role (so no staff policy admits them).</summary>
    public static ClaimsIdentity ForOfficer(OfficerPrincipal officer, string scheme)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(OfficerId, officer.OfficerId));
        identity.AddClaim(new Claim(AgencyId, officer.AgencyId));
        identity.AddClaim(new Claim(ClaimTypes.Name, officer.Email));
        identity.AddClaim(new Claim(DisplayName, officer.Name));
        identity.AddClaim(new Claim(AgencyName, officer.AgencyName));
        return identity;
    }

    /// <summary>The signed-in officer, or null for staff and agency API keys.</summary>
    public static string? Officer(this ClaimsPrincipal principal) => principal?.FindFirstValue(OfficerId);

    public static string? UserId(this ClaimsPrincipal principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);
}
