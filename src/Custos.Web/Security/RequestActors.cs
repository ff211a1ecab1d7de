using System.Security.Claims;
using Custos.Domain.Access;
using Custos.Domain.Staff;

namespace Custos.Web.Security;

/// <summary>Who a principal is, as the actor the access rules judge and the ledger records.</summary>
public static class RequestActors
{
    /// <summary>An officer signed in to the portal, an agency's API key, or a member of staff with their roles and region.</summary>
    public static Actor Of(ClaimsPrincipal user) =>
        TryOf(user) ?? throw new InvalidOperationException("The principal is neither an agency nor staff.");

    /// <summary>The actor, or null for a principal that is nobody (not signed in).</summary>
    public static Actor? TryOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var agency = user.Agency();
        if (user.Officer() is { } officer)
        {
            return Actor.Officer(officer, agency);
        }

        if (agency is not null && user.FindFirstValue(CustosClaims.ApiKeyId) is { } key)
        {
            return Actor.ApiKey(key, agency);
        }

        return user.UserId() is { } staff
            ? Actor.StaffMember(staff, user.FindAll(ClaimTypes.Role).Select(c => c.Value), user.FindFirstValue(CustosClaims.Region) ?? StaffRegion.Global)
            : null;
    }

    /// <summary>Whether the principal may take <paramref name="action"/> (the Domain's access rules).</summary>
    public static bool May(this ClaimsPrincipal user, StaffAction action) =>
        TryOf(user) is { } actor && AccessRules.May(actor, action);
}
