using System.Security.Claims;
using Custos.Application.Customers.Search;
using Custos.Web.Security;

namespace Custos.Web.Api;

/// <summary>The first REST endpoints for staff and automation (API key or cookie).</summary>
public static class StaffApiEndpoints
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithGroupName(OpenApi.ApiDocuments.Staff);

        api.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(new
        {
            id = user.UserId(),
            username = user.Identity?.Name,
            region = user.FindFirstValue(CustosClaims.Region),
            roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray(),
            apiKey = user.FindFirstValue(CustosClaims.ApiKeyId),
        })).RequireAuthorization(Policies.Staff).WithName("Me").WithTags("Staff").WithSummary("Who the key acts as: the member of staff, their roles and region");

        api.MapGet("/customers", async (string? q, int? skip, int? take, CustomerSearch search, CancellationToken cancellationToken) =>
        {
            if (take is < 1 or > CustomerSearch.MaxPageSize)
            {
                return ErrorResults.Problem(Domain.Common.Error.Invalid(
                    "customers.take-invalid", $"take must be between 1 and {CustomerSearch.MaxPageSize}.", "take"));
            }

            if (skip is < 0)
            {
                return ErrorResults.Problem(Domain.Common.Error.Invalid("customers.skip-invalid", "skip must not be negative.", "skip"));
            }

            var page = await search.SearchAsync(q, skip ?? 0, take ?? 50, cancellationToken);
            return Results.Ok(new { page.Total, page.Skip, page.Take, customers = page.Customers });
        }).RequireAuthorization(Policies.CustomerData).WithName("SearchCustomers").WithTags("Customers").WithSummary("Search customers by account id, e-mail, phone, wallet address or name");

        return app;
    }
}
