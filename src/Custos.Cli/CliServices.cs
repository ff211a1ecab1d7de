using Custos.Application;
using Custos.Storage;
using Custos.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Cli;

/// <summary>The use cases, wired to the configured database, for commands that do not start the web server.</summary>
internal static class CliServices
{
    public static async Task<ServiceProvider> OpenAsync(CustosHostOptions options, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddCustosDataProtection(options.DataDirectory);
        services.AddSingleton(options.SignIn);
        services.AddSingleton(options.Review);
        services.AddCustosApplication(options.EffectiveDatabase, options.Ledger);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        DataFolder.Ensure(options.DataDirectory);
        await provider.GetRequiredService<CustosDatabase>().MigrateAsync(cancellationToken);
        return provider;
    }

    /// <summary>Reads the common options, opens the database, and runs <paramref name="action"/> in a service scope.</summary>
    public static async Task<int> RunAsync(
        System.CommandLine.ParseResult parse, Func<IServiceProvider, CustosHostOptions, Task<int>> action, CancellationToken cancellationToken)
    {
        var options = CommonOptions.HostOptions(parse);
        if (!options.IsSuccess)
        {
            return Output.Fail(options.Errors);
        }

        await using var services = await OpenAsync(options.Value, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider, options.Value);
    }
}
