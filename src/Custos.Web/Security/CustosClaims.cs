using System.Security.Claims;
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

    public static string? UserId(this ClaimsPrincipal principal) => principal?.FindFirstValue(ClaimTypes.NameIdentifier);
}
