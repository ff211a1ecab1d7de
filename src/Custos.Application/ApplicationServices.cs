using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Customers.Import;
using Custos.Application.Customers.Search;
using Custos.Application.Demo;
using Custos.Application.Staff;
using Custos.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Custos.Application;

/// <summary>Registers the use cases and the storage they run on.</summary>
public static class ApplicationServices
{
    public static IServiceCollection AddCustosApplication(this IServiceCollection services, DatabaseSettings database)
    {
        var custosDatabase = new CustosDatabase(database);
        services.AddSingleton(custosDatabase);
        services.AddDbContext<CustosDbContext>(custosDatabase.Configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<EventRecorder>();
        services.AddScoped<StaffAccounts>();
        services.AddScoped<ApiKeys>();
        services.AddScoped<CustomerSearch>();
        services.AddScoped<CustomerImport>();
        services.AddScoped<DemoPlatformSeeder>();
        return services;
    }
}
