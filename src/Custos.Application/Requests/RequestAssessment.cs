using Custos.Application.Policy;
using Custos.Application.Requests.Targets;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Requests;

/// <summary>A request's targets resolved against the customer data and its scrutiny under the policy in force.</summary>
public sealed record Assessment(IReadOnlyList<TargetResolution> Targets, ScrutinyResult Scrutiny);

/// <summary>Resolves a request's targets and scrutinises it, with what the registry knows of its agency.</summary>
public sealed class RequestAssessment(TargetResolver targets, PolicyStore policies, IntakeOptions options, CustosDbContext db)
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
            RestrictedTargets = await RestrictedTargetsAsync(resolutions, cancellationToken),
        };
        var result = ScrutinyEngine.Evaluate(request, policy.Policy, context);
        return result.IsSuccess ? new Assessment(resolutions, result.Value) : Result<Assessment>.Failure(result.Errors);
    }

    /// <summary>
    /// The targets reaching accounts restricted under a sanctions regime, by regime. A target is checked through the
    /// accounts its resolution lists: all of them up to <see cref="TargetResolver.SampleSize"/>, the first of a larger reach.
    /// </summary>
    private async Task<IReadOnlyList<RestrictedTarget>> RestrictedTargetsAsync(IReadOnlyList<TargetResolution> resolutions, CancellationToken cancellationToken)
    {
        var accounts = resolutions.SelectMany(r => r.SampleAccounts).Distinct(StringComparer.Ordinal).ToList();
        if (accounts.Count == 0)
        {
            return [];
        }

        var restrictions = await db.AccountRestrictions.AsNoTracking().Where(r => r.Regime != null && accounts.Contains(r.AccountId))
            .Select(r => new { r.AccountId, Regime = r.Regime!, r.AsOf }).ToListAsync(cancellationToken);
        var found = new List<RestrictedTarget>();
        foreach (var resolution in resolutions)
        {
            foreach (var regime in restrictions.Where(r => resolution.SampleAccounts.Contains(r.AccountId, StringComparer.Ordinal)).GroupBy(r => r.Regime, StringComparer.Ordinal))
            {
                found.Add(new RestrictedTarget(resolution.Position, regime.Key, regime.Min(r => r.AsOf),
                    [.. regime.Select(r => r.AccountId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
            }
        }

        return found;
    }
}
