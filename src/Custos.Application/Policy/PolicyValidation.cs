using Custos.Domain.Policy;

namespace Custos.Application.Policy;

/// <summary>Checks across the file once each part has been read: references, uniqueness, the finding vocabulary.</summary>
internal static class PolicyValidation
{
    /// <summary>The finding families of REQUEST-FORMAT.md.</summary>
    public static readonly IReadOnlyList<string> Families =
    [
        "intake", "authenticity", "jurisdiction", "channel", "legal-sufficiency", "particularity", "political",
        "human-rights", "emergency", "preservation", "notification", "sanctions",
    ];

    public static void Check(ScrutinyPolicy policy, PolicyReadState state)
    {
        var errors = state.Errors;
        if (policy.BaseApprovals.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            errors.Add(PolicyErrors.BadValue("baseApprovals", state.LineOf("baseApprovals"), "a disclosure needs at least two approvers from different functions."));
        }

        foreach (var (country, profile) in policy.Jurisdictions)
        {
            if (!policy.LegalSystems.ContainsKey(profile.LegalSystem))
            {
                errors.Add(PolicyErrors.BadReference($"jurisdictions.{country}.legalSystem", state.LineOf($"jurisdictions.{country}"), $"no legal system '{profile.LegalSystem}' in legalSystems."));
            }
        }

        foreach (var (id, list) in policy.DesignationLists)
        {
            if (!policy.Jurisdictions.ContainsKey(list.Country))
            {
                errors.Add(PolicyErrors.BadReference($"designationLists.{id}.country", state.LineOf($"designationLists.{id}"), $"no jurisdiction '{list.Country}' in jurisdictions."));
            }
        }

        EvidenceValidation.Check(policy, state);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            var path = $"rules[{i}]";
            var line = state.LineOf(path);
            if (!ids.Add(rule.Id))
            {
                errors.Add(PolicyErrors.Duplicate(path + ".id", line, $"rule id '{rule.Id}'"));
            }

            var family = rule.Code.Split('.')[0];
            if (!Families.Contains(family, StringComparer.Ordinal) || !rule.Code.Contains('.', StringComparison.Ordinal))
            {
                errors.Add(PolicyErrors.BadValue(path + ".code", line, $"'{rule.Code}' must be <family>.<name> with a family of: {string.Join(", ", Families)}."));
            }

            foreach (var system in rule.Scope.ProviderLegalSystems)
            {
                if (!policy.LegalSystems.ContainsKey(system))
                {
                    errors.Add(PolicyErrors.BadReference(path + ".appliesTo.providerLegalSystems", line, $"no legal system '{system}' in legalSystems."));
                }
            }

            if (rule.To is { } to && rule.From is { } from && to <= from)
            {
                errors.Add(PolicyErrors.BadValue(path + ".to", line, "'to' must be after 'from'."));
            }
        }
    }
}
