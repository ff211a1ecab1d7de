using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Custos.Web.Security;

/// <summary>
/// Records every page or endpoint that a staff policy turned a member of staff away from, as the same
/// <c>access.refused</c> ledger event a use case records, and tells the person in words what they may not do: the console
/// shows /denied with the reason, the API answers 403 problem details. Agencies and anonymous callers are answered as
/// before (a challenge or a plain refusal) and nothing is recorded for them.
/// </summary>
public sealed class LedgeredAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && RequestActors.TryOf(context.User) is { Kind: ActorKind.Staff } actor && RefusedAction(context, actor) is { } action)
        {
            var refusals = context.RequestServices.GetRequiredService<AccessRefusals>();
            // An address about one customer is recorded against that customer, so that the refusal shows in their access history.
            var subject = context.GetRouteValue("accountId") is string accountId ? Application.Customers.Records.CustomerRecords.Subject(accountId) : null;
            var refused = await refusals.RecordAsync(actor, action, context.Request.Method, context.Request.Path.Value ?? "/", subject, context.RequestAborted);
            if (AuthSchemes.PresentsApiKey(context.Request) || context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Api.ErrorResults.Problem(refused).ExecuteAsync(context);
                return;
            }

            context.Response.Redirect("/denied?action=" + Uri.EscapeDataString(KebabCase.Format(action)));
            return;
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The staff action of the first of the endpoint's policies that the actor does not satisfy.</summary>
    private static StaffAction? RefusedAction(HttpContext context, Actor actor)
    {
        var policies = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>() ?? [];
        foreach (var name in policies.DefaultIfEmpty(Policies.Staff))
        {
            if (Policies.StaffActions.TryGetValue(name, out var action) && !AccessRules.May(actor, action))
            {
                return action;
            }
        }

        return null;
    }
}
