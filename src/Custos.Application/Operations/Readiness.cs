using Custos.Application.Ledger;
using Custos.Storage;
using Custos.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Custos.Application.Operations;

/// <summary>
/// What must hold before this process takes traffic: the database answers, its schema is at the version this build
/// ships, and the ledger's signing key is loaded. Each answer says what is wrong in words for an operator, without a
/// path, an address or an exception's text (the health endpoint is anonymous); the details go to the log.
/// </summary>
public sealed partial class Readiness(CustosDatabase database, IServiceProvider services, ILogger<Readiness> logger)
{
    /// <summary>The schema version this build expects: the number of migration scripts it ships for the provider.</summary>
    public int ExpectedSchemaVersion { get; } = MigrationRunner.ScriptsFor(database.Provider).Count;

    /// <summary>The database's provider, in lower case (<c>sqlite</c>, <c>postgres</c>).</summary>
    public string Provider => database.Provider.ToString().ToLowerInvariant();

    /// <summary>Whether the database answers a trivial query.</summary>
    public Task<bool> DatabaseReachableAsync(CancellationToken cancellationToken = default) => database.CanConnectAsync(cancellationToken);

    /// <summary>The schema version the database is at, or null when it cannot be read.</summary>
    public async Task<int?> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            // Not MigrationRunner.CurrentVersionAsync, which reads a failed query as version 0.
            await using var connection = database.CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Whether the ledger signing key is loaded (loading it now if it was not yet).</summary>
    public bool LedgerKeyLoaded()
    {
        try
        {
            return services.GetRequiredService<LedgerSigner>().VerifierKey is not null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogKeyNotLoaded(logger, ex);
            return false;
        }
    }

    [LoggerMessage(1, LogLevel.Error, "The ledger signing key cannot be loaded: this process is not ready")]
    private static partial void LogKeyNotLoaded(ILogger logger, Exception exception);
}
