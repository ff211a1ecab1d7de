using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Scrutiny;

namespace Custos.Application.Scrutiny;

/// <summary>Scrutinises a request or scenario: the context comes from the scenario unless the caller overrides it.</summary>
public static class ScrutinyRun
{
    public static Result<ScrutinyResult> Evaluate(ScenarioFile file, ScrutinyPolicy policy, DateOnly? asOf = null, string? providerCountry = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(policy);
        var request = file.Request ?? throw new ArgumentException("The file holds no request.", nameof(file));
        var country = providerCountry ?? file.Context?.Provider?.Country;
        if (string.IsNullOrWhiteSpace(country))
        {
            return Error.Invalid("scrutiny.provider-country-missing", "The provider's country is not known: give --provider-country (a scenario gives context.provider.country).", "providerCountry");
        }

        var context = new ScrutinyContext
        {
            AsOf = asOf ?? file.Context?.AsOf ?? DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime),
            ProviderCountry = country,
            TargetReach = file.Context?.TargetReach,
            ReputationFlags = file.Context?.ReputationFlags ?? [],
            TargetStatuses = file.Context?.TargetStatuses ?? [],
        };
        return ScrutinyEngine.Evaluate(request, policy, context);
    }
}
