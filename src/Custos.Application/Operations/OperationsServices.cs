using Custos.Application.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Custos.Application.Operations;

/// <summary>Registers what operations read: the metrics' snapshot and meter, leadership, readiness.</summary>
public static class OperationsServices
{
    public static IServiceCollection AddCustosOperations(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<ILedgerLeadership, IntegratorLockLeadership>();
        services.AddScoped<OperationsQueries>();
        services.AddSingleton<OperationsSnapshotCache>();
        services.AddSingleton<CustosMetrics>();
        services.AddSingleton<Readiness>();
        return services;
    }
}
