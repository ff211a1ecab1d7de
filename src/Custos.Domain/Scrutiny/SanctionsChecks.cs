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
}
