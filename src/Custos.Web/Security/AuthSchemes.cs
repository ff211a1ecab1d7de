namespace Custos.Web.Security;

/// <summary>Authentication scheme names.</summary>
public static class AuthSchemes
{
    /// <summary>Cookie sign-in for the web console.</summary>
    public const string Cookie = "custos-cookie";

    /// <summary><c>Authorization: Bearer custos_…</c> or <c>X-Api-Key</c> for agencies and automation.</summary>
    public const string ApiKey = "custos-api-key";
}
