using System.Text.Json;
using Custos.Application.Operations;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Custos.Web.Api;

/// <summary>
/// Health for load balancers and orchestrators, through ASP.NET Core health checks. Anonymous, and says nothing about
/// data, paths or addresses:
/// <list type="bullet">
/// <item><c>/health/live</c> — the process answers (200), unless it is shutting down (503). Restart it when this fails.</item>
/// <item><c>/health/ready</c> — it may take traffic: the database answers, its schema is at the version this build
/// expects, the ledger signing key is loaded (200); else 503 naming what is not ready. Send it no traffic while this fails.</item>
/// <item><c>/healthz</c> — the readiness check's old name, kept so that nothing outside breaks.</item>
/// </list>
/// </summary>
public static class HealthEndpoints
{
    /// <summary>The name of the database check (and its key in the answer).</summary>
    public const string Database = "database";

    /// <summary>The name of the schema version check.</summary>
    public const string Schema = "schema";

    /// <summary>The name of the ledger signing key check.</summary>
    public const string LedgerKey = "ledger-key";

    /// <summary>The name of the check that fails once the process is shutting down.</summary>
    public const string Process = "process";

    private const string LiveTag = "live";
    private const string ReadyTag = "ready";

    /// <summary>How long one check may take before it counts as failed (a database that hangs rather than refuses).</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IServiceCollection AddCustosHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<ProcessCheck>(Process, HealthStatus.Unhealthy, [LiveTag, ReadyTag], CheckTimeout)
            .AddCheck<DatabaseCheck>(Database, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<SchemaCheck>(Schema, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<LedgerKeyCheck>(LedgerKey, HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", Options(LiveTag)).AllowAnonymous().WithName("Liveness");
        app.MapHealthChecks("/health/ready", Options(ReadyTag)).AllowAnonymous().WithName("Readiness");
        app.MapHealthChecks("/healthz", Options(ReadyTag)).AllowAnonymous().WithName("Health");
        return app;
    }

    private static HealthCheckOptions Options(string tag) => new()
    {
        Predicate = check => check.Tags.Contains(tag),
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status200OK,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
        AllowCachingResponses = false,
    };

    /// <summary>
    /// The answer: <c>{"status":"unhealthy","notReady":["database","schema"],"checks":{"database":{"status":"unhealthy",
    /// "description":"…"},…},"database":{"provider":"sqlite","reachable":false}}</c>; the <c>database</c> object is the one
    /// <c>/healthz</c> always gave, and appears when the database was checked.
    /// </summary>
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new Dictionary<string, object?>
        {
            ["status"] = report.Status == HealthStatus.Unhealthy ? "unhealthy" : "healthy",
            ["notReady"] = report.Entries.Where(e => e.Value.Status == HealthStatus.Unhealthy).Select(e => e.Key).Order(StringComparer.Ordinal).ToList(),
            ["checks"] = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status == HealthStatus.Unhealthy ? "unhealthy" : "healthy", description = e.Value.Description }),
        };
        if (report.Entries.TryGetValue(Database, out var database))
        {
            body[Database] = new
            {
                provider = database.Data.TryGetValue("provider", out var provider) ? provider : null,
                reachable = database.Status == HealthStatus.Healthy,
            };
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web), context.RequestAborted);
    }

    /// <summary>Unhealthy once the host has begun to stop, so that the balancer takes the node out while it drains.</summary>
    private sealed class ProcessCheck(IHostApplicationLifetime lifetime) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
                ? HealthCheckResult.Unhealthy("The process is shutting down.")
                : HealthCheckResult.Healthy("The process answers."));
    }

    /// <summary>Healthy when the database answers a trivial query.</summary>
    private sealed class DatabaseCheck(Readiness readiness) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var data = new Dictionary<string, object> { ["provider"] = readiness.Provider };
            return await readiness.DatabaseReachableAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.", data)
                : HealthCheckResult.Unhealthy("The database does not answer.", data: data);
        }
    }

    /// <summary>Healthy when the database's schema is at the version this build ships (neither behind nor ahead).</summary>
    private sealed class SchemaCheck(Readiness readiness) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var expected = readiness.ExpectedSchemaVersion;
            return await readiness.SchemaVersionAsync(cancellationToken) switch
            {
                null => HealthCheckResult.Unhealthy($"The schema version cannot be read; this build expects version {expected}."),
                var version when version == expected => HealthCheckResult.Healthy($"The schema is at version {expected}."),
                var version => HealthCheckResult.Unhealthy($"The schema is at version {version}; this build expects version {expected}."),
            };
        }
    }

    /// <summary>Healthy when the ledger signing key is loaded.</summary>
    private sealed class LedgerKeyCheck(Readiness readiness) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(readiness.LedgerKeyLoaded()
                ? HealthCheckResult.Healthy("The ledger signing key is loaded.")
                : HealthCheckResult.Unhealthy("The ledger signing key could not be loaded (the log says why)."));
    }
}
