using Custos.Screening.Lists;

namespace Custos.Screening.Bench;

/// <summary>
/// The round of given names in English: SDN people of Russia, Ukraine and Belarus whose given name has an English form
/// (<c>Mikhail</c>, <c>Mykhailo</c> Michael; <c>Yevgeniy</c>, <c>Yevhen</c> Eugene; <c>Nikolay</c>, <c>Mykola</c>
/// Nicholas), written with it as an English-language record writes them: given name first, with the patronymic (every
/// other draw) or without it. The table maps the spellings the lists give these names (<see cref="EnglishForms"/>, read
/// from the lists' side) to the English form; the matcher knows a few spellings of each form and meets the rest by
/// their letters, so the round measures that and the search among the full corpus, not how many names the matcher's
/// table holds.
/// </summary>
internal sealed partial class Perturbations
{
    /// <summary>The lists' spellings of Russian, Ukrainian and Belarusian given names → the English form.</summary>
    private static readonly Dictionary<string, string> EnglishForms = BuildEnglishForms(
    [
        "Michael: mikhail mikhaylo mykhailo mykhaylo",
        "Eugene: evgeny evgeniy evgenii yevgeny yevgeniy yevgenii yevhen yevhenii ievgen",
        "Peter: petr pyotr petro",
        "Paul: pavel pavlo",
        "Nicholas: nikolai nikolay mykola mikalai",
        "Gregory: grigory grigoriy grigorii hryhoriy hryhorii",
        "George: georgy georgiy georgii heorhiy heorhii",
        "Theodore: fyodor fedor fedir",
        "John: ivan",
        "Jacob: yakov yakiv",
        "Joseph: iosif",
        "Stephen: stepan",
        "Basil: vasily vasiliy vasilii vasyl",
        "Andrew: andrey andrei andriy andrii",
        "Alexander: aleksandr oleksandr aliaksandr alyaksandr",
        "Constantine: konstantin kostiantyn kostyantyn",
        "Cyril: kirill kyrylo",
        "Matthew: matvey matvei",
        "Simon: semyon semen",
        "Leo: lev",
        "Timothy: timofey timofei",
        "Philip: filipp pylyp",
        "Anthony: anton",
        "Daniel: daniil danylo",
        "Helen: elena yelena olena",
        "Catherine: ekaterina yekaterina kateryna",
        "Mary: mariya mariia",
        "Elizabeth: elizaveta yelizaveta",
        "Sophia: sofya sofiya sofia",
        "Natalie: natalya nataliya natalia",
    ]);

    /// <summary>Screens the drawn names with their given name in English.</summary>
    /// <param name="seed">The draw.</param>
    /// <param name="label">The row's label.</param>
    private void RunEnglishGivenNames(int seed, string label)
    {
        var random = new Random(seed);
        var sample = new Random(1);
        var entries = PeopleOfCyrillicCountries().Where(e => EnglishOf(e.PrimaryName) is not null).ToList();
        var counts = new Dictionary<string, (int Total, int First, int Above)>(StringComparer.Ordinal);
        for (var i = 0; i < 1000; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var (given, patronymic, surname) = EnglishOf(entry.PrimaryName)!.Value;
            var withPatronymic = i % 2 == 0 && patronymic.Length > 0;
            var perturbed = withPatronymic ? $"{given} {patronymic} {surname}" : $"{given} {surname}";
            var part = withPatronymic ? "with patronymic" : "without";
            var (first, above) = Check(perturbed, entry, $"({seed}) English given name", sample);
            var (total, firsts, aboves) = counts.GetValueOrDefault(part);
            counts[part] = (total + 1, firsts + (first ? 1 : 0), aboves + (above ? 1 : 0));
        }

        AddRows(label, " of " + entries.Count + " people", counts, "form", seed);
    }

    /// <summary>A listed name <c>SURNAME, Given [Patronymic …]</c> as its given name's English form, the rest of its given
    /// names and the surname; null when the name is not written so or its first given name has no English form here.</summary>
    private static (string Given, string Patronymic, string Surname)? EnglishOf(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return null;
        }

        var given = name[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (given.Length == 0 || !EnglishForms.TryGetValue(given[0].ToLowerInvariant(), out var english))
        {
            return null;
        }

        return (english, string.Join(' ', given.Skip(1)), name[..comma].Trim());
    }

    private static Dictionary<string, string> BuildEnglishForms(string[] lines)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            foreach (var spelling in line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                forms.Add(spelling, line[..colon]);
            }
        }

        return forms;
    }
}
