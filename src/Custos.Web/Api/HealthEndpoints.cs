using System.Text.Json;
using Custos.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Custos.Web.Api;

/// <summary><c>/healthz</c>: whether Custos can reach its database, through ASP.NET Core health checks. Anonymous, and says nothing about data.</summary>
public static class HealthEndpoints
{
    /// <summary>The name of the database check (and its key in the answer).</summary>
    public const string Database = "database";

    public static IServiceCollection AddCustosHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(Database);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        }).AllowAnonymous().WithName("Health");
        return app;
    }

    /// <summary>The answer: <c>{"status":"healthy","database":{"provider":"sqlite","reachable":true}}</c>.</summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var database = report.Entries.TryGetValue(Database, out var entry) ? entry : default;
        var body = new
        {
            status = report.Status == HealthStatus.Unhealthy ? "unhealthy" : "healthy",
            database = new
            {
                provider = database.Data?.TryGetValue("provider", out var provider) == true ? provider : null,
                reachable = database.Status == HealthStatus.Healthy,
            },
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), context.RequestAborted);
    }

    /// <summary>Healthy when the database answers a trivial query.</summary>
    private sealed class DatabaseHealthCheck(CustosDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var data = new Dictionary<string, object> { ["provider"] = database.Provider.ToString().ToLowerInvariant() };
            return await database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.", data)
                : HealthCheckResult.Unhealthy("The database does not answer.", data: data);
        }
    }
}
