namespace Custos.Web.Security;

/// <summary>Authentication scheme names.</summary>
public static class AuthSchemes
{
    /// <summary>The default: API key when a request carries one, else the cookie.</summary>
    public const string Default = "custos";

    /// <summary>Cookie sign-in for the web console.</summary>
    public const string Cookie = "custos-cookie";

    /// <summary>Cookie sign-in for agency officers in the agency portal (<c>/portal</c>), separate from staff sessions.</summary>
    public const string Agency = "custos-agency";

    /// <summary>
    /// A staff sign-in between the password and its second step (the code, or enrolling a factor): a short-lived cookie
    /// naming the pending session, valid only under <c>/signin</c>. It opens nothing.
    /// </summary>
    public const string StaffSignInStep = "custos-signin-step";

    /// <summary>An officer's sign-in between the password and the code, valid only under <c>/portal/signin</c>.</summary>
    public const string AgencySignInStep = "custos-agency-signin-step";

    /// <summary>
    /// What the agency policy authenticates with: the agency API key when a request carries one, else the officer's
    /// portal cookie (never the staff cookie).
    /// </summary>
    public const string AgencyDefault = "custos-agency-default";

    /// <summary><c>Authorization: Bearer custos_…</c> or <c>X-Api-Key</c> for agencies and automation.</summary>
    public const string ApiKey = "custos-api-key";

    /// <summary>Whether a request presents an API key (and so is authenticated by <see cref="ApiKey"/>, never the cookie).</summary>
    public static bool PresentsApiKey(Microsoft.AspNetCore.Http.HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.ContainsKey("X-Api-Key") ||
            request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }
}
