using Custos.Domain.Common;

namespace Custos.Domain.Scrutiny;

/// <summary>The expected failures of scrutiny.</summary>
public static class ScrutinyErrors
{
    public static Error ProviderJurisdictionUnknown(string country, string policyVersion) =>
        Error.Invalid("scrutiny.provider-jurisdiction-unknown", $"The policy {policyVersion} has no jurisdiction profile for the provider country '{country}'.", "providerCountry");
}
