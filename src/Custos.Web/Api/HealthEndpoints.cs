using Custos.Storage;

namespace Custos.Web.Api;

/// <summary><c>/healthz</c>: whether Custos can reach its database. Anonymous, and says nothing about data.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", async (CustosDatabase database, CancellationToken cancellationToken) =>
        {
            var reachable = await database.CanConnectAsync(cancellationToken);
            var body = new
            {
                status = reachable ? "healthy" : "unhealthy",
                database = new { provider = database.Provider.ToString().ToLowerInvariant(), reachable },
            };
            return Results.Json(body, statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().WithName("Health");
        return app;
    }
}
