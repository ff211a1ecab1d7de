namespace Custos.Web.Hosting;

/// <summary>Source-generated log messages. They carry identifiers and counts, never customer data.</summary>
public static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Custos data folder {DataDirectory}, database {Database}")]
    public static partial void Starting(ILogger logger, string dataDirectory, string database);

    [LoggerMessage(2, LogLevel.Information, "Applied schema migrations {Versions}")]
    public static partial void Migrated(ILogger logger, string versions);

    [LoggerMessage(3, LogLevel.Information, "Staff member {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(4, LogLevel.Warning, "A sign-in failed")]
    public static partial void SignInFailed(ILogger logger);

    [LoggerMessage(5, LogLevel.Error, "Unhandled error, correlation id {CorrelationId}")]
    public static partial void Unhandled(ILogger logger, Exception exception, string correlationId);

    [LoggerMessage(6, LogLevel.Information, "Demo platform seeded: {Staff} staff accounts, {Customers} customers")]
    public static partial void DemoSeeded(ILogger logger, int staff, int customers);

    [LoggerMessage(7, LogLevel.Information, "Scrutiny policy {Version} in force ({Action})")]
    public static partial void PolicyInForce(ILogger logger, string version, string action);

    [LoggerMessage(8, LogLevel.Warning, "The shipped default policy {ShippedVersion} is installed with different content: the file changed without a new version. Kept {ActiveVersion} in force; give the default a new version")]
    public static partial void ShippedPolicyDiffers(ILogger logger, string shippedVersion, string activeVersion);

    [LoggerMessage(30, LogLevel.Information, "Officer {OfficerId} of agency {AgencyId} signed in to the portal")]
    public static partial void OfficerSignedIn(ILogger logger, string officerId, string agencyId);

    [LoggerMessage(31, LogLevel.Warning, "A portal sign-in failed")]
    public static partial void OfficerSignInFailed(ILogger logger);

    [LoggerMessage(32, LogLevel.Information, "Officer {OfficerId} registered for agency {AgencyId} (agency new: {AgencyCreated})")]
    public static partial void OfficerRegistered(ILogger logger, string officerId, string agencyId, bool agencyCreated);
}
