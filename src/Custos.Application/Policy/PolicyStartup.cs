namespace Custos.Application.Policy;

/// <summary>The outcome of making sure a policy is in force at start-up.</summary>
/// <param name="Action">What was done.</param>
/// <param name="ActiveVersion">The version in force afterwards.</param>
/// <param name="ShippedVersion">The version of the default shipped with this build.</param>
public sealed record PolicyStartup(PolicyStartupAction Action, string ActiveVersion, string ShippedVersion);
