namespace Custos.Web.Api.OpenApi;

/// <summary>
/// The OpenAPI documents Custos publishes, one per audience: agencies (<c>/openapi/v1.json</c>), staff automation
/// (<c>/openapi/staff.json</c>) and the public ledger (<c>/openapi/ledger.json</c>). An endpoint joins one with
/// <c>WithGroupName</c>; nothing of staff's is ever in the agencies' document.
/// </summary>
public static class ApiDocuments
{
    /// <summary>The agency API: submit and follow requests, download productions.</summary>
    public const string Agency = "v1";

    /// <summary>Staff automation with a staff API key: review, votes, production, customers.</summary>
    public const string Staff = "staff";

    /// <summary>The public, anonymous ledger read API (C2SP tiles, checkpoints, proofs).</summary>
    public const string Ledger = "ledger";

    /// <summary>The security scheme of the two keyed documents: <c>Authorization: Bearer custos_…</c>.</summary>
    public const string BearerScheme = "apiKey";
}
