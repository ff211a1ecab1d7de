using System.Security.Claims;
using Custos.Application.Common;

namespace Custos.Web.Security;

/// <summary>Who a principal is, as the actor recorded in the ledger.</summary>
public static class RequestActors
{
    /// <summary>An officer signed in to the portal, an agency's API key, or a member of staff.</summary>
    public static Actor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Officer() is { } officer)
        {
            return Actor.Officer(officer);
        }

        if (user.FindFirstValue(CustosClaims.AgencyId) is not null && user.FindFirstValue(CustosClaims.ApiKeyId) is { } key)
        {
            return Actor.ApiKey(key);
        }

        return user.UserId() is { } staff ? Actor.Staff(staff) : throw new InvalidOperationException("The principal is neither an agency nor staff.");
    }
}
