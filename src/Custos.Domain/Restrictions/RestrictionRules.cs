using System.Globalization;
using Custos.Domain.Common;
using Custos.Domain.Policy;

namespace Custos.Domain.Restrictions;

/// <summary>
/// Whether a sanctions regime's restriction (EU Regulation 833/2014 Art. 5b) requires the provider to withdraw its
/// crypto-asset services from a customer on a day. The law comes from the policy (<see cref="SanctionsRestriction"/>):
/// the stage in force on the day, the target country, the exemptions. In order:
/// <list type="number">
/// <item>no stage in force on the day: not in force;</item>
/// <item>neither a national (recorded nationality, or a passport or identity card issued by the target) nor a
/// resident of the target country: not covered;</item>
/// <item>a national of an exempt country (whatever other nationality), or the holder of a temporary or permanent
/// residence permit of an exempt country valid on the day: exempt;</item>
/// <item>no threshold in force: restrict (<c>-ban</c>);</item>
/// <item>priced holdings strictly above the threshold: restrict (<c>-threshold</c>); not above but some holdings
/// unpriced: undetermined; else below the threshold.</item>
/// </list>
/// Pure: no clock, no I/O; the same inputs give the same outcome.
/// </summary>
public static class RestrictionRules
{
    /// <summary>Evaluates <paramref name="regime"/>'s restriction for <paramref name="subject"/> on <paramref name="asOf"/>.</summary>
    /// <param name="regime">The regime; it must carry a <see cref="SanctionsRegime.Restriction"/>.</param>
    /// <param name="subject">The customer's nationality, residence, documents and permits.</param>
    /// <param name="valuation">The customer's holdings valued on <paramref name="asOf"/>.</param>
    /// <param name="asOf">The evaluation day.</param>
    public static RestrictionOutcome Evaluate(SanctionsRegime regime, RestrictionSubject subject, HoldingsValuation valuation, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(regime);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(valuation);
        var restriction = regime.Restriction ?? throw new ArgumentException($"The regime {regime.Id} carries no restriction.", nameof(regime));
        var day = Day(asOf);
        if (restriction.Thresholds.On(asOf) is not { } stage)
        {
            return Outcome(RestrictionOutcomeKind.NotInForce, null, $"{regime.Name}: no restriction of crypto-asset services was in force on {day}.", null);
        }

        RestrictionOutcome Outcome(RestrictionOutcomeKind kind, string? code, string explanation, DatedValue<decimal?>? at) =>
            new(subject.AccountId, kind, code, explanation, valuation, at?.From, at?.Source);

        var target = regime.Target;
        var nationalities = subject.Nationalities;
        var national = nationalities.Contains(target, StringComparer.Ordinal);
        var resident = string.Equals(subject.ResidenceCountry.Trim().ToUpperInvariant(), target, StringComparison.Ordinal);
        if (!national && !resident)
        {
            return Outcome(RestrictionOutcomeKind.NotCovered, null, $"Neither a national nor a resident of {target}.", stage);
        }

        var link = national && resident ? $"a national and resident of {target}" : national ? $"a national of {target}" : $"a resident of {target}";
        if (nationalities.FirstOrDefault(n => restriction.ExemptNationals.Contains(n, StringComparer.Ordinal)) is { } exemptNationality)
        {
            return Outcome(RestrictionOutcomeKind.Exempt, null, $"Exempt: {link}, but also a national of {exemptNationality}.", stage);
        }

        if (subject.Permits.FirstOrDefault(p => Valid(p, asOf) && restriction.ExemptPermitCountries.Contains(p.Country.Trim().ToUpperInvariant(), StringComparer.Ordinal)) is { } permit)
        {
            return Outcome(RestrictionOutcomeKind.Exempt, null,
                $"Exempt: {link}, but holds a {KebabCase.Format(permit.Kind)} residence permit of {permit.Country} valid on {day}.", stage);
        }

        var held = Eur(valuation.PricedEur);
        if (stage.Value is not { } threshold)
        {
            return Outcome(RestrictionOutcomeKind.Restrict, restriction.BanCode,
                $"{Capitalised(link)}; since {Day(stage.From)} the services are prohibited whatever the value (holdings EUR {held}). {restriction.Action}", stage);
        }

        if (valuation.PricedEur > threshold)
        {
            return Outcome(RestrictionOutcomeKind.Restrict, restriction.ThresholdCode,
                $"{Capitalised(link)} holding crypto-assets worth EUR {held}, above the EUR {Eur(threshold)} in force since {Day(stage.From)}. {restriction.Action}", stage);
        }

        if (valuation.Unpriced.Count > 0)
        {
            var assets = string.Join(", ", valuation.Unpriced.Select(u => u.Asset));
            return Outcome(RestrictionOutcomeKind.Undetermined, null,
                $"{Capitalised(link)}: the priced holdings are worth EUR {held}, not above EUR {Eur(threshold)}, but {assets} has no price on or before {day}; import prices to decide.", stage);
        }

        return Outcome(RestrictionOutcomeKind.BelowThreshold, null,
            $"{Capitalised(link)} holding crypto-assets worth EUR {held}, not above the EUR {Eur(threshold)} in force since {Day(stage.From)}.", stage);
    }

    /// <summary>Whether a residence permit is valid on a day (from inclusive, until exclusive).</summary>
    public static bool Valid(Customers.ResidencePermit permit, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(permit);
        return permit.ValidFrom <= day && (permit.ValidUntil is null || day < permit.ValidUntil.Value);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Eur(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
