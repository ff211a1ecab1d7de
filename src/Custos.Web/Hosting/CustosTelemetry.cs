using System.Diagnostics.Metrics;
using Custos.Application.Operations;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Custos.Web.Hosting;

/// <summary>
/// Metrics through OpenTelemetry: the <c>Custos</c> meter (<see cref="CustosMetrics"/>), ASP.NET Core's HTTP server
/// metrics and the .NET runtime's, served at <c>/metrics</c> in the Prometheus text format by OpenTelemetry's Prometheus
/// exporter (a prerelease package; see docs/operations.md) — only to the callers <see cref="MetricsOptions"/> allows.
/// </summary>
public static class CustosTelemetry
{
    /// <summary>Where Prometheus scrapes.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>The service name the metrics carry (in <c>target_info</c>).</summary>
    public const string ServiceName = "custos";

    public static IServiceCollection AddCustosTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(CustosTelemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics
                    .AddMeter(CustosMetrics.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    // No response cache: the database figures have their own (OperationsSnapshotCache); the rest is in memory.
                    .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0);
                if (metrics is IDeferredMeterProviderBuilder deferred)
                {
                    deferred.Configure((provider, builder) => builder.AddView(OwnMetersOnly(provider.GetRequiredService<IMeterFactory>())));
                }
            });
        return services;
    }

    /// <summary>
    /// Keeps this host's meters (made by its <see cref="IMeterFactory"/>) and process-wide ones (made without a factory,
    /// as the runtime's are) and drops the rest: the SDK matches meters by name, so the meters of another host in the
    /// same process (a test server, a witness) would otherwise show too.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OwnMetersOnly(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop;

    /// <summary>
    /// Maps <c>/metrics</c>. Anonymous — Prometheus does not sign in — and answered only to allowed callers: everyone else
    /// gets the same 404 as for a page that does not exist. Before each allowed scrape the database figures are read again
    /// if they are older than <see cref="OperationsSnapshotCache.MaxAge"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var access = app.ServiceProvider.GetRequiredService<CustosHostOptions>().Metrics;
        var snapshots = app.ServiceProvider.GetRequiredService<OperationsSnapshotCache>();
        // The instruments exist once the meter is built: build it now, not at the first checkpoint.
        app.ServiceProvider.GetRequiredService<CustosMetrics>();
        app.MapPrometheusScrapingEndpoint(
            MetricsPath,
            meterProvider: null!,
            configureBranchedPipeline: branch => branch.Use(async (context, next) =>
            {
                if (!access.MayScrape(context))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await snapshots.RefreshIfStaleAsync(context.RequestAborted);
                await next(context);
            }),
            optionsName: null!)
            .AllowAnonymous()
            .WithName("Metrics")
            .ExcludeFromDescription();
        return app;
    }
}
