using Custos.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Custos.Web.Security;

/// <summary>
/// The named authorisation policies. Every page and endpoint names one of these (or is explicitly anonymous); the
/// fallback policy denies everything else, so a page added without a policy fails closed.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in member of staff, whatever the role.</summary>
    public const string Staff = "staff";

    /// <summary>Staff whose role lets them see the platform's customer data.</summary>
    public const string CustomerData = "customer-data";

    /// <summary>Administrators: users, keys, configuration.</summary>
    public const string Administration = "administration";

    /// <summary>An agency: an officer signed in to the portal or an agency-scoped API key. Never staff.</summary>
    public const string Agency = "agency";

    /// <summary>Staff who take requests in and review them: intake analysts and every reviewer role.</summary>
    public const string Requests = "requests";

    /// <summary>
    /// Staff who may read the scrutiny policy and its history: administrators, auditors and every reviewer role.
    /// Installing a version needs <see cref="Administration"/>.
    /// </summary>
    public const string PolicyReaders = "policy-readers";

    /// <summary>Staff who take requests in: intake analysts (who may be regional staff) and administrators.</summary>
    public const string Intake = "intake";

    /// <summary>Central staff who may read the ledger timeline of any subject in clear.</summary>
    public const string Audit = "audit";

    /// <summary>Privacy officers and auditors, who read who opened a customer's record.</summary>
    public const string CustomerAccessHistory = "customer-access-history";

    /// <summary>
    /// The staff action each staff policy stands for: the policy admits whom the Domain's access rules allow that action,
    /// and a refusal by the policy is ledgered as a refusal of that action.
    /// </summary>
    public static IReadOnlyDictionary<string, StaffAction> StaffActions { get; } = new Dictionary<string, StaffAction>(StringComparer.Ordinal)
    {
        [Staff] = StaffAction.UseConsole,
        [CustomerData] = StaffAction.ReadCustomerData,
        [Administration] = StaffAction.Administer,
        [Requests] = StaffAction.ReadRequests,
        [PolicyReaders] = StaffAction.ReadPolicy,
        [Intake] = StaffAction.TakeIn,
        [Audit] = StaffAction.ReadAudit,
        [CustomerAccessHistory] = StaffAction.ReadCustomerAccessHistory,
        [SanctionsAlerts] = StaffAction.ReadSanctionsAlerts,
    };

    /// <summary>Staff who read the sanctions alert queue: compliance officers and senior escalation of the central function.</summary>
    public const string SanctionsAlerts = "sanctions-alerts";

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, action) in StaffActions)
        {
            options.AddPolicy(name, p => Allow(p, action));
        }

        // One scheme that forwards to the key or the portal cookie, so that a challenge is one 401 or one redirect.
        options.AddPolicy(Agency, p => p.AddAuthenticationSchemes(AuthSchemes.AgencyDefault).RequireAuthenticatedUser().RequireClaim(CustosClaims.AgencyId));
        options.DefaultPolicy = options.GetPolicy(Staff)!;
        // Fail closed: an endpoint with no authorisation metadata at all is refused. Only a request that reached no endpoint
        // of ours (no route: 404; a route without that method: 405) goes through, to be answered with its status.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(context =>
            context.Resource is HttpContext http && http.GetEndpoint() is not { } endpoint ||
            context.Resource is HttpContext { } h && IsMethodNotAllowed(h.GetEndpoint())).Build();
    }

    /// <summary>
    /// The endpoints routing makes when a route exists but not for the request's method (405) or content type (415): they
    /// only answer that status.
    /// </summary>
    private static bool IsMethodNotAllowed(Endpoint? endpoint) =>
        endpoint?.DisplayName is { } name && (name.StartsWith("405 ", StringComparison.Ordinal) || name.StartsWith("415 ", StringComparison.Ordinal)) &&
        endpoint.Metadata.Count == 0;

    /// <summary>A policy that admits staff whom the Domain's access rules allow <paramref name="action"/>; never an agency.</summary>
    private static void Allow(AuthorizationPolicyBuilder policy, StaffAction action) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.Agency() is null && context.User.May(action));
}
