using System.Globalization;
using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>Particularity and proportionality: specific targets, bounded ranges, named data.</summary>
internal static class ParticularityChecks
{
    public static Firing? BulkTarget(PolicyRule rule, Evaluation e)
    {
        var bulk = new List<string>();
        var targets = e.Request.Targets;
        var reach = e.Context.TargetReach;
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            if (rule.Parameters.TargetTypes.Contains(target.Type))
            {
                bulk.Add($"{Common.KebabCase.Format(target.Type)} {target.Value}");
            }
            else if (reach is not null && i < reach.Count && reach[i] is { } count && rule.Parameters.MaxReach is { } max && count > max)
            {
                bulk.Add(string.Create(CultureInfo.InvariantCulture, $"{Common.KebabCase.Format(target.Type)} {target.Value} ({count} customers)"));
            }
        }

        return bulk.Count > 0 ? Firing.With("targets", string.Join("; ", bulk)) : null;
    }

    public static Firing? WeakIdentifier(PolicyRule rule, Evaluation e)
    {
        var weak = e.Request.Targets.Where(t => rule.Parameters.TargetTypes.Contains(t.Type)).Select(t => t.Value ?? "").ToList();
        return weak.Count > 0 ? Firing.With("targets", string.Join("; ", weak)) : null;
    }

    public static Firing? TooManyTargets(PolicyRule rule, Evaluation e) =>
        rule.Parameters.MaxTargets is { } max && e.Request.Targets.Count > max
            ? Firing.With("count", e.Request.Targets.Count.ToString(CultureInfo.InvariantCulture)).And("max", max.ToString(CultureInfo.InvariantCulture))
            : null;

    public static Firing? DateRange(PolicyRule rule, Evaluation e)
    {
        if (e.Request.DateRange is not { } range || (range.From is null && range.To is null))
        {
            return null; // no range at all is a completeness question
        }

        var max = rule.Parameters.MaxRangeDays ?? int.MaxValue;
        var maxText = max.ToString(CultureInfo.InvariantCulture);
        if (range.From is null || range.To is null)
        {
            return Firing.With("range", "open-ended").And("max", maxText);
        }

        var days = range.To.Value.DayNumber - range.From.Value.DayNumber;
        if (days < 0)
        {
            return Firing.With("range", "reversed (ends before it starts)").And("max", maxText);
        }

        return days > max
            ? Firing.With("range", string.Create(CultureInfo.InvariantCulture, $"{days} days ({range.From:yyyy-MM-dd} to {range.To:yyyy-MM-dd})")).And("max", maxText)
            : null;
    }

    public static Firing? AllInformation(PolicyRule rule, Evaluation e)
    {
        var count = e.Request.DataCategories.Distinct().Count();
        return rule.Parameters.MaxCategories is { } max && count > max
            ? Firing.With("count", count.ToString(CultureInfo.InvariantCulture)).And("max", max.ToString(CultureInfo.InvariantCulture))
            : null;
    }
}
