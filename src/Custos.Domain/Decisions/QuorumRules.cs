using Custos.Domain.Common;
using Custos.Domain.Policy;

namespace Custos.Domain.Decisions;

/// <summary>
/// The quorum for producing an item. It starts from the scrutiny result's <c>requiredApprovals</c> (the policy's base
/// approvals and those its rules added) and adds what the product's rules demand whatever the policy says:
/// <list type="bullet">
/// <item>a human-rights reviewer when a finding of the <c>political</c> or <c>human-rights</c> family was raised, or the
/// jurisdiction is in the high tier;</item>
/// <item>senior escalation in the high tier, when the engine recommends escalation, and for producing against the
/// engine's recommendation — a recommendation of <c>deny</c>, <c>redirect</c>, <c>incomplete</c>, <c>clarify</c> or
/// <c>preserve</c>, or a category the legal process does not support — which also needs a justification;</item>
/// <item>at least two distinct persons of different functions, whatever the list holds.</item>
/// </list>
/// Withholding needs no quorum: one required function withholding withholds the item.
/// </summary>
public static class QuorumRules
{
    /// <summary>The finding families that call for a human-rights reviewer.</summary>
    public static IReadOnlyList<string> HumanRightsFamilies { get; } = ["political", "human-rights"];

    /// <summary>The quorum for producing <paramref name="item"/> of the request in <paramref name="context"/>.</summary>
    public static ItemQuorum For(DecisionContext context, ItemKey item)
    {
        ArgumentNullException.ThrowIfNull(context);
        var scrutiny = context.Scrutiny;
        var requirements = new List<QuorumRequirement>();
        foreach (var function in scrutiny.RequiredApprovals)
        {
            Add(function, $"the scrutiny result requires it (policy {scrutiny.PolicyVersion})");
        }

        var highTier = scrutiny.RiskTier == RiskTier.High;
        var flagged = scrutiny.Findings.Where(f => HumanRightsFamilies.Contains(f.Family, StringComparer.Ordinal)).Select(f => f.Code).Distinct(StringComparer.Ordinal).ToArray();
        if (flagged.Length > 0)
        {
            Add(ApprovalFunction.HumanRights, $"a political or human-rights finding was raised ({string.Join(", ", flagged)})");
        }

        if (highTier)
        {
            Add(ApprovalFunction.HumanRights, "the requesting jurisdiction is in the high risk tier");
            Add(ApprovalFunction.Senior, "the requesting jurisdiction is in the high risk tier");
        }

        if (scrutiny.Recommendation == Recommendation.Escalate)
        {
            Add(ApprovalFunction.Senior, "the engine recommends escalation");
        }

        var against = AgainstRecommendation(context, item);
        if (against is not null)
        {
            Add(ApprovalFunction.Senior, "producing goes against the engine's recommendation: " + against);
        }

        var others = Math.Max(0, ItemQuorum.MinimumApprovers - requirements.Count);
        return new ItemQuorum(item, requirements, others, against is not null);

        void Add(string function, string reason)
        {
            if (!requirements.Any(r => string.Equals(r.Function, function, StringComparison.Ordinal)))
            {
                requirements.Add(new QuorumRequirement(function, reason));
            }
        }
    }

    /// <summary>Why producing <paramref name="item"/> goes against the engine's recommendation, or null when it does not.</summary>
    public static string? AgainstRecommendation(DecisionContext context, ItemKey item)
    {
        ArgumentNullException.ThrowIfNull(context);
        var recommendation = context.Scrutiny.Recommendation;
        if (recommendation is not (Recommendation.Produce or Recommendation.Narrow or Recommendation.Escalate))
        {
            return $"it recommends {KebabCase.Format(recommendation)}";
        }

        return context.Scrutiny.SupportedDataCategories.Contains(item.Category)
            ? null
            : $"the legal process does not support {KebabCase.Format(item.Category)} data";
    }
}
