using System.Globalization;
using Custos.Domain.Policy;
using Custos.Domain.Requests;

namespace Custos.Domain.Scrutiny;

/// <summary>Political character: abused designation lists, offences of association, donation or speech, protected targets.</summary>
internal static class PoliticalChecks
{
    public static Firing? AbusedDesignation(Evaluation e)
    {
        var abused = AbusedDesignations(e);
        return abused.Count > 0
            ? Firing.With("names", string.Join("; ", abused.Select(a => a.Designation.Name ?? "(unnamed)")))
                .And("lists", string.Join("; ", abused.Select(a => a.List.Name).Distinct(StringComparer.Ordinal)))
            : null;
    }

    public static Firing? OffenceRestsOnAbusedDesignation(PolicyRule rule, Evaluation e)
    {
        var offence = e.Request.Offence;
        if (offence is null || offence.Categories.Count == 0 || offence.Designations.Count == 0
            || !offence.Categories.All(rule.Parameters.OffenceCategories.Contains))
        {
            return null;
        }

        var abused = AbusedDesignations(e);
        return abused.Count == offence.Designations.Count
            ? Firing.With("names", string.Join("; ", abused.Select(a => a.Designation.Name ?? "(unnamed)")))
                .And("offences", Text.List(offence.Categories))
            : null;
    }

    public static Firing? PoliticalOffence(PolicyRule rule, Evaluation e)
    {
        var offence = e.Request.Offence;
        if (offence is null)
        {
            return null;
        }

        var reasons = offence.Categories.Where(rule.Parameters.OffenceCategories.Contains).Select(c => Common.KebabCase.Format(c)).ToList();
        reasons.AddRange(Text.Found(offence.Description, rule.Parameters.Keywords).Select(k => $"\"{k}\""));
        return reasons.Count > 0 ? Firing.With("reasons", string.Join(", ", reasons)) : null;
    }

    /// <summary>The weighed assessment reaches exactly the rule's level; the finding names every piece of evidence weighed.</summary>
    public static Firing? Predominance(PolicyRule rule, Evaluation e)
    {
        var assessment = e.Predominance;
        if (rule.Parameters.Level is not { } level || level == PredominanceLevel.None || assessment.Level != level)
        {
            return null;
        }

        var threshold = e.Policy.Predominance.Levels[level];
        return new Firing { Evidence = assessment.Evidence }
            .And("score", assessment.Score.ToString(CultureInfo.InvariantCulture))
            .And("threshold", threshold.MinScore.ToString(CultureInfo.InvariantCulture))
            .And("evidence", assessment.Describe())
            .And("country", e.AgencyName);
    }

    public static Firing? ProtectedStatus(PolicyRule rule, Evaluation e)
    {
        var reasons = e.Context.TargetStatuses.Where(s => rule.Parameters.Statuses.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();
        reasons.AddRange(Text.Found(e.Request.Offence?.Description, rule.Parameters.Keywords).Select(k => $"\"{k}\""));
        return reasons.Count > 0 ? Firing.With("statuses", string.Join(", ", reasons)) : null;
    }

    /// <summary>The request's designations that are on a list the policy marks as abused on the date.</summary>
    public static List<(Designation Designation, DesignationList List)> AbusedDesignations(Evaluation e)
    {
        var found = new List<(Designation, DesignationList)>();
        foreach (var designation in e.Request.Offence?.Designations ?? [])
        {
            if (designation.List is not null && e.Policy.DesignationLists.TryGetValue(designation.List, out var list)
                && Evaluation.Holds(list.Abused, e.AsOf))
            {
                found.Add((designation, list));
            }
        }

        return found;
    }
}
