using Custos.Domain.Policy;

namespace Custos.Application.Policy;

/// <summary>
/// Cross-checks of the evidence sections once read: every conduct named is in <c>conducts</c>, ids are unique (statute ids
/// within their jurisdiction), agreements
/// and sanctions regimes name known countries and legal systems, and every predominance level a rule uses has thresholds.
/// </summary>
internal static class EvidenceValidation
{
    public static void Check(ScrutinyPolicy policy, PolicyReadState state)
    {
        var errors = state.Errors;
        foreach (var (country, profile) in policy.Jurisdictions)
        {
            // Ids are unique within a jurisdiction; one law may be recorded for two (the Hong Kong NSL under CN and HK).
            var statuteIds = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < profile.Statutes.Count; i++)
            {
                var statute = profile.Statutes[i];
                var path = $"jurisdictions.{country}.statutes[{i}]";
                if (!statuteIds.Add(statute.Id))
                {
                    errors.Add(PolicyErrors.Duplicate(path + ".id", state.LineOf(path), $"statute id '{statute.Id}'"));
                }

                Conduct(statute.Conduct, path + ".conduct");
            }

            foreach (var conduct in profile.ConductNotCriminal.Keys)
            {
                Conduct(conduct, $"jurisdictions.{country}.conductNotCriminal.{conduct}");
            }
        }

        var groupIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < policy.Lexicon.Count; i++)
        {
            var path = $"lexicon[{i}]";
            if (!groupIds.Add(policy.Lexicon[i].Id))
            {
                errors.Add(PolicyErrors.Duplicate(path + ".id", state.LineOf(path), $"lexicon id '{policy.Lexicon[i].Id}'"));
            }

            Conduct(policy.Lexicon[i].Conduct, path + ".conduct");
        }

        for (var i = 0; i < policy.Agreements.Count; i++)
        {
            foreach (var party in policy.Agreements[i].Parties)
            {
                Country(party, $"agreements[{i}].parties");
            }
        }

        foreach (var regime in policy.SanctionsRegimes)
        {
            var path = $"sanctionsRegimes.{regime.Id}";
            if (!policy.LegalSystems.ContainsKey(regime.ImposedBy))
            {
                errors.Add(PolicyErrors.BadReference(path + ".imposedBy", state.LineOf(path), $"no legal system '{regime.ImposedBy}' in legalSystems."));
            }

            Country(regime.Target, path + ".target");
        }

        for (var i = 0; i < policy.Rules.Count; i++)
        {
            var rule = policy.Rules[i];
            if (rule.Kind == RuleKind.PoliticalPredominance && rule.Parameters.Level is { } level
                && (level == PredominanceLevel.None || !policy.Predominance.Levels.ContainsKey(level)))
            {
                errors.Add(PolicyErrors.BadReference($"rules[{i}].with.level", state.LineOf($"rules[{i}]"),
                    level == PredominanceLevel.None ? "a rule fires at 'possible' or 'predominant'." : $"predominance.levels has no '{Domain.Common.KebabCase.Format(level)}'."));
            }
        }

        void Conduct(string? conduct, string path)
        {
            if (conduct is not null && !policy.Conducts.ContainsKey(conduct))
            {
                errors.Add(PolicyErrors.BadReference(path, state.LineOf(path), $"no conduct '{conduct}' in conducts."));
            }
        }

        void Country(string country, string path)
        {
            if (!policy.Jurisdictions.ContainsKey(country))
            {
                errors.Add(PolicyErrors.BadReference(path, state.LineOf(path), $"no jurisdiction '{country}' in jurisdictions."));
            }
        }
    }
}
