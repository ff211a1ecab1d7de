using Custos.Screening.Lists;

namespace Custos.Screening.Matching;

/// <summary>Who or what to screen: a name, and what else is known to corroborate or contradict a name match.</summary>
/// <param name="Name">The name in any script and order (<c>Vladimir Putin</c>, <c>PUTIN, Vladimir</c>, <c>Владимир Путин</c>).</param>
public sealed record ScreeningQuery(string Name)
{
    /// <summary>The date of birth (a day, a month, a year or a range), for a person.</summary>
    public BirthDate? BirthDate { get; init; }

    /// <summary>A country of nationality, citizenship or registration: a name (<c>Russia</c>) or an ISO 3166 code (<c>RU</c>).</summary>
    public string? Country { get; init; }

    /// <summary>What the name designates; <see cref="EntityKind.Unknown"/> when not known.</summary>
    public EntityKind Kind { get; init; }

    /// <summary>
    /// False when <paramref name="country"/> is two or three letters but no ISO 3166 code (alpha-2 <c>RU</c> or alpha-3
    /// <c>RUS</c>) nor a known short name (<c>UK</c>, <c>USA</c>), such as <c>XX</c>: compared as text it would contradict
    /// every listed country, so a caller should refuse it. Names of countries are not checked.
    /// </summary>
    /// <param name="country">A <see cref="Country"/> value.</param>
    public static bool IsRecognisedCountry(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return CountryNames.IsRecognised(country);
    }
}
