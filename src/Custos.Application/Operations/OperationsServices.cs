using Microsoft.Extensions.DependencyInjection;

namespace Custos.Application.Operations;

/// <summary>Registers what operations read: the metrics' snapshot and meter, readiness (leadership is registered with the ledger).</summary>
public static class OperationsServices
{
    public static IServiceCollection AddCustosOperations(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddScoped<OperationsQueries>();
        services.AddSingleton<OperationsSnapshotCache>();
        services.AddSingleton<CustosMetrics>();
        services.AddSingleton<Readiness>();
        return services;
    }
}
