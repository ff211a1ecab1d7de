using System.Globalization;
using Custos.Screening.Lists;

namespace Custos.Screening.Matching;

/// <summary>
/// Moves a name score by what else is known. Positive evidence closes part of the gap to 1 (a matching date of birth
/// more than a matching year, a matching country a little); negative evidence subtracts (a date of birth more than a
/// year away, a person against an organisation, a weak alias). An absent fact on either side changes nothing.
/// </summary>
internal static class EvidenceScorer
{
    public const double SameDayGain = 0.5;
    public const double ConsistentDateGain = 0.25;
    public const double NearDatePenalty = 0.05;
    public const double ContradictingDatePenalty = 0.2;
    public const double CountryGain = 0.1;
    public const double CountryPenalty = 0.05;
    public const double PersonVersusOtherPenalty = 0.25;
    public const double OtherKindPenalty = 0.1;
    public const double WeakAliasPenalty = 0.05;

    /// <summary>
    /// The penalty for a weak alias of one name word (<c>LUCAS</c>, <c>LARRY</c>, <c>Adam</c>: nicknames the lists give
    /// as low-quality aliases; OFAC does not expect weak AKAs to be screened, only used to confirm a hit that other
    /// information raised, OFAC FAQ 124). Any customer with that given name met it:
    /// <c>Ana Lucas</c> / <c>LUCAS</c> at 0.815, 21 of the synthetic negatives' name-only hits on <c>LUCAS</c> alone.
    /// The name written alone still reaches review.
    /// </summary>
    public const double OneWordWeakAliasPenalty = 0.15;

    /// <summary>What a weak alias of <paramref name="nameWords"/> name words costs.</summary>
    public static double WeakAliasPenaltyOf(int nameWords) => nameWords <= 1 ? OneWordWeakAliasPenalty : WeakAliasPenalty;

    /// <summary>The countries of an entry that a query country is compared with.</summary>
    public static IEnumerable<string> CountriesOf(ListEntry entry) =>
        entry.Nationalities.Concat(entry.Citizenships)
            .Concat(entry.Kind == EntityKind.Person ? [] : entry.Addresses.Select(a => a.Country).OfType<string>());

    /// <summary>Applies the evidence; <paramref name="queryCountry"/> and <paramref name="entryCountries"/> are normalised
    /// (<see cref="CountryNames.Normalize"/>).</summary>
    /// <param name="query">The query.</param>
    /// <param name="queryCountry">The query's country, normalised.</param>
    /// <param name="entry">The list entry.</param>
    /// <param name="entryCountries">The entry's countries, normalised.</param>
    /// <param name="name">The list name matched.</param>
    /// <param name="nameScore">The name score.</param>
    /// <param name="items">Receives the evidence, when not null.</param>
    /// <param name="nameWords">How many name words the list name has (<see cref="WeakAliasPenaltyOf"/>).</param>
    public static double Apply(ScreeningQuery query, string? queryCountry, ListEntry entry, string[] entryCountries, ListName name,
        double nameScore, List<EvidenceItem>? items, int nameWords = 2)
    {
        var score = nameScore;
        if (query.BirthDate is { } queryDate && entry.BirthDates.Count > 0)
        {
            var best = DateAgreement.Contradicts;
            foreach (var date in entry.BirthDates)
            {
                var agreement = queryDate.CompareWith(date);
                best = agreement < best ? agreement : best;
            }

            var delta = best switch
            {
                DateAgreement.SameDay => SameDayGain * (1 - score),
                DateAgreement.Consistent => ConsistentDateGain * (1 - score),
                DateAgreement.Near => -NearDatePenalty,
                _ => -ContradictingDatePenalty,
            };
            score = Add(score, delta, EvidenceKind.BirthDate, items is null ? string.Empty : string.Create(CultureInfo.InvariantCulture,
                $"date of birth {queryDate.Text} against the list's {string.Join(" / ", entry.BirthDates.Select(d => d.Text))}: {Describe(best)}"), items);
        }

        if (queryCountry is not null && entryCountries.Length > 0)
        {
            var match = Array.IndexOf(entryCountries, queryCountry) >= 0;
            score = Add(score, match ? CountryGain * (1 - score) : -CountryPenalty, EvidenceKind.Country,
                items is null ? string.Empty : "country " + query.Country + (match ? " is among " : " is not among ") + "the list's "
                    + string.Join(" / ", CountriesOf(entry).Distinct(StringComparer.Ordinal)), items);
        }

        if (query.Kind != EntityKind.Unknown && entry.Kind != EntityKind.Unknown && query.Kind != entry.Kind)
        {
            var penalty = query.Kind == EntityKind.Person || entry.Kind == EntityKind.Person ? PersonVersusOtherPenalty : OtherKindPenalty;
            score = Add(score, -penalty, EvidenceKind.EntityKind, items is null ? string.Empty : "a " + Describe(query.Kind) + " screened against a listed " + Describe(entry.Kind), items);
        }

        if (name.Strength == NameStrength.Weak)
        {
            score = Add(score, -WeakAliasPenaltyOf(nameWords), EvidenceKind.WeakAlias,
                nameWords <= 1 ? "the name matched is a weak (low-quality) alias of one word" : "the name matched is a weak (low-quality) alias", items);
        }

        return Math.Clamp(score, 0, 1);
    }

    private static double Add(double score, double delta, EvidenceKind kind, string description, List<EvidenceItem>? items)
    {
        items?.Add(new EvidenceItem(kind, description, Math.Round(delta, 3)));
        return score + delta;
    }

    private static string Describe(DateAgreement agreement) => agreement switch
    {
        DateAgreement.SameDay => "the same day",
        DateAgreement.Consistent => "consistent",
        DateAgreement.Near => "within a year or one digit apart, but different",
        _ => "more than a year apart",
    };

    private static string Describe(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organisation",
        EntityKind.Vessel => "vessel",
        EntityKind.Aircraft => "aircraft",
        _ => "party",
    };
}
