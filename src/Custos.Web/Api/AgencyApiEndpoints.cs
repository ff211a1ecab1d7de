using System.Security.Claims;
using Custos.Application.Agencies;
using Custos.Domain.Common;
using Custos.Web.Security;

namespace Custos.Web.Api;

/// <summary>REST endpoints for agencies (an agency API key or a signed-in officer).</summary>
public static class AgencyApiEndpoints
{
    public static IEndpointRouteBuilder MapAgencyApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/agency").WithTags("Agency").WithGroupName(OpenApi.ApiDocuments.Agency);

        // Whom the caller acts for: lets an agency check its key and see whether its verification is still pending.
        api.MapGet("", async (ClaimsPrincipal user, AgencyRegistry registry, CancellationToken cancellationToken) =>
        {
            var agency = await registry.GetAsync(user.Agency()!, cancellationToken);
            if (agency is null)
            {
                return ErrorResults.Problem(AgencyErrors.NotFound(user.Agency()!));
            }

            return Results.Ok(new
            {
                agencyId = agency.Id,
                agency.Name,
                agency.Country,
                type = KebabCase.Format(agency.Type),
                verification = KebabCase.Format(agency.Verification),
                officerId = user.Officer(),
                apiKey = user.FindFirstValue(CustosClaims.ApiKeyId),
            });
        }).RequireAuthorization(Policies.Agency).WithName("Agency").WithSummary("The agency this key acts for, and how far it is verified");

        return app;
    }
}
