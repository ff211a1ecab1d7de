using Custos.Application.Policy;
using Custos.Application.Requests.Targets;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;

namespace Custos.Application.Requests;

/// <summary>A request's targets resolved against the customer data and its scrutiny under the policy in force.</summary>
public sealed record Assessment(IReadOnlyList<TargetResolution> Targets, ScrutinyResult Scrutiny);

/// <summary>Resolves a request's targets and scrutinises it, with what the registry knows of its agency.</summary>
public sealed class RequestAssessment(TargetResolver targets, PolicyStore policies, IntakeOptions options)
{
    /// <summary>Resolves and scrutinises <paramref name="request"/>, knowing the reputation flags the registry holds for its agency.</summary>
    public async Task<Result<Assessment>> AssessAsync(DataRequest request, IReadOnlyList<string> reputationFlags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var resolutions = await targets.ResolveAllAsync(request.Targets, cancellationToken);
        var policy = await policies.GetActiveAsync(cancellationToken);
        var context = new ScrutinyContext
        {
            AsOf = DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime),
            ProviderCountry = options.ProviderCountry,
            TargetReach = resolutions.Select(r => r.Match == TargetMatch.Invalid ? (int?)null : r.Reach).ToArray(),
            ReputationFlags = reputationFlags,
        };
        var result = ScrutinyEngine.Evaluate(request, policy.Policy, context);
        return result.IsSuccess ? new Assessment(resolutions, result.Value) : Result<Assessment>.Failure(result.Errors);
    }
}
