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

    /// <summary>The server-side sign-in session a cookie belongs to (checked on every request).</summary>
    public const string SessionId = "custos:session";

    /// <summary>The agency the principal (an officer or an agency API key) acts for, or null for staff.</summary>
    public static string? Agency(this ClaimsPrincipal principal) => principal?.FindFirstValue(AgencyId);

    /// <summary>A member of staff, with the session of their sign-in (none for a staff API key).</summary>
    public static ClaimsIdentity ForStaff(StaffMember member, string scheme, string? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(member);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        AddSession(identity, sessionId);
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
    public static ClaimsIdentity ForOfficer(OfficerPrincipal officer, string scheme, string? sessionId = null)
    {
        ArgumentNullException.ThrowIfNull(officer);
        var identity = new ClaimsIdentity(scheme, ClaimTypes.Name, ClaimTypes.Role);
        AddSession(identity, sessionId);
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

    /// <summary>The sign-in session of a cookie principal, or null (API keys have none).</summary>
    public static string? Session(this ClaimsPrincipal principal) => principal?.FindFirstValue(SessionId);

    private static void AddSession(ClaimsIdentity identity, string? sessionId)
    {
        if (sessionId is not null)
        {
            identity.AddClaim(new Claim(SessionId, sessionId));
        }
    }
}
