using System.Security.Claims;
using Custos.Application.Agencies;
using Custos.Application.Production;
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

        app.MapGet("/api/v1/requests/{id}/package", DownloadPackageAsync)
            .RequireAuthorization(Policies.Agency).WithTags("Requests").WithGroupName(OpenApi.ApiDocuments.Agency)
            .WithName("DownloadPackage")
            .WithSummary("Download the production package of a request, once")
            .WithDescription(
                "The package is released once its production event is in a signed (and, where witnesses are configured, witnessed) " +
                "checkpoint of the ledger; before that the answer is 409 `production.not-released`. It can be downloaded once: after " +
                "the first complete download the answer is 410 `production.already-downloaded`, and after the link's expiry (7 days " +
                "from release unless the platform set another period) 410 `production.link-expired`. A request without a production " +
                "is 404 `production.not-found`; another agency's request is 404 `request.not-found`. Every download, and every " +
                "refused attempt after release, is a `production.downloaded` ledger event with who, when and the package's SHA-256.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .AddOpenApiOperationTransformer(OpenApi.MultipartBodies.PackageDownload);

        return app;
    }

    private static async Task<IResult> DownloadPackageAsync(string id, ClaimsPrincipal user, PackageDownloads downloads, CancellationToken cancellationToken)
    {
        var result = await downloads.DownloadAsync(id, user.Agency()!, RequestActors.Of(user), cancellationToken);
        return result.IsSuccess
            ? Results.File(result.Value.Bytes, PackageFormat.MediaType, result.Value.FileName)
            : ErrorResults.Problem(result.Errors);
    }
}
