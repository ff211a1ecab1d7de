using System.Globalization;
using Custos.Domain.Policy;

namespace Custos.Domain.Scrutiny;

/// <summary>Sanctions: the provider's legal order restricts the requesting country's persons.</summary>
internal static class SanctionsChecks
{
    public static Firing? Regime(Evaluation e)
    {
        if (e.AgencyCountry is null)
        {
            return null;
        }

        foreach (var regime in e.Policy.SanctionsRegimes)
        {
            if (string.Equals(regime.ImposedBy, e.Provider.LegalSystem, StringComparison.Ordinal)
                && string.Equals(regime.Target, e.AgencyCountry, StringComparison.Ordinal)
                && regime.Measures.On(e.AsOf) is { } measure)
            {
                return Firing.With("regime", regime.Name)
                    .And("measure", measure.Value)
                    .And("since", measure.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                    .And("country", e.AgencyName)
                    .And("fact", measure.Source);
            }
        }

        return null;
    }

    /// <summary>
    /// A target reaches customers restricted under a regime the provider's legal order imposes on the requesting
    /// authority's country (in force on the day): the finding names the regime, the targets and how many accounts —
    /// never which (scrutiny text travels further than need-to-know).
    /// </summary>
    public static Firing? RestrictedTarget(Evaluation e)
    {
        if (e.AgencyCountry is null || e.Context.RestrictedTargets.Count == 0)
        {
            return null;
        }

        foreach (var regime in e.Policy.SanctionsRegimes)
        {
            if (!string.Equals(regime.ImposedBy, e.Provider.LegalSystem, StringComparison.Ordinal)
                || !string.Equals(regime.Target, e.AgencyCountry, StringComparison.Ordinal)
                || regime.Measures.On(e.AsOf) is null)
            {
                continue;
            }

            var restricted = e.Context.RestrictedTargets.Where(t => string.Equals(t.Regime, regime.Id, StringComparison.Ordinal)).ToList();
            if (restricted.Count == 0)
            {
                continue;
            }

            return Firing.With("regime", regime.Name)
                .And("targets", string.Join(", ", restricted.Select(t => (t.Position + 1).ToString(CultureInfo.InvariantCulture))))
                .And("accounts", restricted.SelectMany(t => t.Accounts).Distinct(StringComparer.Ordinal).Count().ToString(CultureInfo.InvariantCulture))
                .And("since", restricted.Min(t => t.Since).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .And("country", e.AgencyName);
        }

        return null;
    }
}
