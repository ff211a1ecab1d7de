using Custos.Domain.Common;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>
/// The deterministic policy engine: the same request, policy and context always give the same result. It reads no
/// clock and no file; the date comes from the context, the law from the policy.
/// </summary>
public static class ScrutinyEngine
{
    /// <summary>
    /// The risk tier of an authority of <paramref name="country"/> on <paramref name="asOf"/> under the policy, as
    /// scrutiny would find it (an unknown jurisdiction takes the policy's tier for unknown ones).
    /// </summary>
    public static RiskTier TierOf(ScrutinyPolicy policy, string? country, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var request = new DataRequest { Agency = new Agency { Country = country } };
        var provider = policy.Jurisdictions.Values.First();
        return new Evaluation(request, policy, new ScrutinyContext { AsOf = asOf, ProviderCountry = provider.Country }, provider).Tier;
    }

    public static Result<ScrutinyResult> Evaluate(DataRequest request, ScrutinyPolicy policy, ScrutinyContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(context);
        var providerCountry = context.ProviderCountry.Trim().ToUpperInvariant();
        if (!policy.Jurisdictions.TryGetValue(providerCountry, out var provider))
        {
            return ScrutinyErrors.ProviderJurisdictionUnknown(providerCountry, policy.Version);
        }

        var e = new Evaluation(request, policy, context, provider);
        var findings = new List<Finding>();
        var approvals = new List<string>(policy.BaseApprovals);
        var recommendation = request.Kind == RequestKind.Preservation ? Recommendation.Preserve : Recommendation.Produce;
        var notice = new NoticeState();
        var clockStopped = false;

        foreach (var rule in policy.Rules)
        {
            if (!rule.InForceOn(e.AsOf) || !rule.Scope.Includes(request, provider.LegalSystem)
                || (rule.Scope.ExceptPredominantlyPolitical && e.Predominance.Level == PredominanceLevel.Predominant)
                || RuleChecks.Check(rule, e) is not { } firing)
            {
                continue;
            }

            var recommends = firing.Recommendation ?? rule.Recommendation;
            findings.Add(new Finding(rule.Code, rule.Severity, firing.Fill(rule.Message), rule.Id, rule.Source, recommends) { Evidence = firing.Evidence });
            if (recommends is { } r && r > recommendation)
            {
                recommendation = r;
            }

            foreach (var approval in rule.Approvals)
            {
                if (!approvals.Contains(approval, StringComparer.Ordinal))
                {
                    approvals.Add(approval);
                }
            }

            if (firing.BlocksNotice)
            {
                notice.Block(firing.NoticeNotBefore, findings[^1].Message);
            }

            clockStopped |= rule.Kind is RuleKind.RequiredField or RuleKind.InformalChannel;
        }

        return new ScrutinyResult
        {
            Recommendation = recommendation,
            RiskTier = e.Tier,
            Findings = findings,
            RequiredApprovals = approvals,
            Notification = notice.Decide(policy.NoticeAllowedReason),
            Deadline = clockStopped ? null : Deadline(request, policy),
            SupportedDataCategories = e.Supported ?? [.. request.DataCategories.Distinct()],
            PolicyVersion = policy.Version,
            AsOf = e.AsOf,
        };
    }

    /// <summary>The answer is due a service level after receipt; the most specific level in force on the day of receipt wins.</summary>
    private static DateTimeOffset? Deadline(DataRequest request, ScrutinyPolicy policy)
    {
        var received = DateOnly.FromDateTime(request.ReceivedAt.UtcDateTime);
        var process = request.LegalProcess?.Type ?? LegalProcessType.None;
        ServiceLevel? best = null;
        var bestScore = -1;
        foreach (var level in policy.ServiceLevels)
        {
            if ((level.From is { } from && from > received)
                || (level.Kinds.Count > 0 && !level.Kinds.Contains(request.Kind))
                || (level.Processes.Count > 0 && !level.Processes.Contains(process)))
            {
                continue;
            }

            var score = (level.Processes.Count > 0 ? 2 : 0) + (level.Kinds.Count > 0 ? 1 : 0);
            if (score > bestScore)
            {
                (best, bestScore) = (level, score);
            }
        }

        return best is null ? null : request.ReceivedAt.ToUniversalTime() + best.Within;
    }

    /// <summary>Folds the notice effects of the rules that fired: a prohibition with no end beats one that ends; the latest end wins.</summary>
    private sealed class NoticeState
    {
        private bool _blocked;
        private bool _indefinite;
        private DateOnly? _until;
        private string? _reason;

        public void Block(DateOnly? until, string reason)
        {
            if (_indefinite)
            {
                return;
            }

            _blocked = true;
            if (until is null)
            {
                (_indefinite, _until, _reason) = (true, null, reason);
            }
            else if (_until is null || until > _until)
            {
                (_until, _reason) = (until, reason);
            }
        }

        public NotificationDecision Decide(string allowedReason) =>
            _blocked ? new NotificationDecision(false, _reason!, _indefinite ? null : _until) : new NotificationDecision(true, allowedReason, null);
    }
}
