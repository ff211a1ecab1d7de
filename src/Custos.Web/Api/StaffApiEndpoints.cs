using System.Security.Claims;
using Custos.Application.Customers.Records;
using Custos.Application.Customers.Search;
using Custos.Domain.Access;
using Custos.Domain.Common;
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

        api.MapGet("/customers", async (string? q, int? skip, int? take, ClaimsPrincipal user, CustomerSearch search, CancellationToken cancellationToken) =>
        {
            if (take is < 1 or > CustomerSearch.MaxPageSize)
            {
                return ErrorResults.Problem(Error.Invalid(
                    "customers.take-invalid", $"take must be between 1 and {CustomerSearch.MaxPageSize}.", "take"));
            }

            if (skip is < 0)
            {
                return ErrorResults.Problem(Error.Invalid("customers.skip-invalid", "skip must not be negative.", "skip"));
            }

            var page = await search.SearchAsync(RequestActors.Of(user), q, skip ?? 0, take ?? 50, "api", cancellationToken);
            return page.IsSuccess
                ? Results.Ok(new CustomerSearchView(page.Value.Total, page.Value.Skip, page.Value.Take, page.Value.Customers))
                : ErrorResults.Problem(page.Errors);
        }).RequireAuthorization(Policies.CustomerData).WithName("SearchCustomers").WithTags("Customers")
            .WithSummary("Search customers by account id, e-mail, phone, wallet address or name")
            .WithDescription("Shows who matches (names, countries, status), never birth dates, addresses, contact details or documents. `q` is required: the customer base is not listed in full. Every search is a ledger event naming the customers shown.")
            .Produces<CustomerSearchView>();

        api.MapGet("/customers/{accountId}", async (
            string accountId, string? request, string? purpose, string? note, ClaimsPrincipal user, CustomerRecords records, CancellationToken cancellationToken) =>
        {
            CustomerAccessPurpose? parsed = null;
            if (!string.IsNullOrWhiteSpace(purpose))
            {
                if (!KebabCase.TryParse<CustomerAccessPurpose>(purpose, out var value))
                {
                    return ErrorResults.Problem(Error.Invalid(
                        "customers.purpose-invalid", $"purpose must be one of {KebabCase.AllowedValues<CustomerAccessPurpose>()}.", "purpose"));
                }

                parsed = value;
            }

            var record = await records.OpenAsync(accountId, RequestActors.Of(user), request, parsed, note, "api", cancellationToken);
            return record.IsSuccess ? Results.Ok(record.Value) : ErrorResults.Problem(record.Errors);
        }).RequireAuthorization(Policies.CustomerData).WithName("OpenCustomerRecord").WithTags("Customers")
            .WithSummary("Open one customer's record for a request, with the purpose stated")
            .WithDescription("The record opens only for a request the key's owner may see, under review, waiting for the agency's answer, decided or preserved, whose targets reach the customer; `request` and `purpose` (confirm-match, assess-scope, prepare-production) are required. The opening is a ledger event (who, the customer's opaque id, the request, the purpose); a refusal is too.")
            .Produces<CustomerRecord>();

        api.MapGet("/customers/{accountId}/access", async (string accountId, ClaimsPrincipal user, CustomerAccessHistory history, CancellationToken cancellationToken) =>
        {
            var accesses = await history.ListAsync(accountId, RequestActors.Of(user), cancellationToken);
            return accesses.IsSuccess ? Results.Ok(accesses.Value) : ErrorResults.Problem(accesses.Errors);
        }).RequireAuthorization(Policies.CustomerAccessHistory).WithName("CustomerAccessHistory").WithTags("Customers")
            .WithSummary("Who opened a customer's record, found it in a search or was refused, newest first")
            .Produces<CustomerAccess[]>();

        return app;
    }
}

/// <summary>One page of a customer search.</summary>
public sealed record CustomerSearchView(int Total, int Skip, int Take, IReadOnlyList<CustomerSearch.Hit> Customers);
