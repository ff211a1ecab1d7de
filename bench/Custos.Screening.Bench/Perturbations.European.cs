using System.Text;
using Custos.Screening.Lists;

namespace Custos.Screening.Bench;

/// <summary>
/// The round of European transliterations of Cyrillic: the SDN names of people of Russia, Ukraine and Belarus written
/// in Cyrillic from the lists' spelling (<see cref="ToCyrillic"/>, given names first) and then in Latin letters as the
/// German (Duden), Polish or French press writes Russian, one of the three by turn: German <c>w</c>, <c>sch</c>,
/// <c>tsch</c>, <c>ch</c>, <c>z</c> for ц and <c>j</c> for й and the <c>y</c> of я, ю, е, ё; Polish <c>w</c>, <c>sz</c>,
/// <c>cz</c>, <c>szcz</c>, <c>ż</c>, <c>c</c> for ц and <c>ie</c> for е after a consonant; French <c>ou</c>, <c>ch</c>,
/// <c>tch</c>, <c>j</c> for ж, <c>gu</c> before e and i, and a final <c>-ine</c> for -ин. The tables are those of the
/// three languages' conventions from Cyrillic, written here from the Cyrillic side; the matcher reads the other way,
/// from Latin spellings it was never given the Cyrillic of.
/// </summary>
internal sealed partial class Perturbations
{
    private static readonly string[] CyrillicNationalities = ["Russia", "Ukraine", "Belarus"];

    private static readonly string[] Languages = ["German", "Polish", "French"];

    /// <summary>Screens the drawn names in a European transliteration of their Cyrillic (<see cref="ToEuropean"/>).</summary>
    /// <param name="seed">The draw.</param>
    /// <param name="label">The row's label.</param>
    private void RunEuropean(int seed, string label)
    {
        var random = new Random(seed);
        var sample = new Random(1);
        var entries = PeopleOfCyrillicCountries().ToList();
        var counts = new Dictionary<string, (int Total, int First, int Above)>(StringComparer.Ordinal);
        for (var i = 0; i < 1500; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var name = entry.PrimaryName;
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            var language = Languages[i % Languages.Length];
            var perturbed = ToEuropean(ToCyrillic(IotatedFirst(comma > 0 ? name[(comma + 1)..] + " " + name[..comma] : name)), language);
            var (first, above) = Check(perturbed, entry, $"({seed}) {language}", sample);
            var (total, firsts, aboves) = counts.GetValueOrDefault(language);
            counts[language] = (total + 1, firsts + (first ? 1 : 0), aboves + (above ? 1 : 0));
        }

        AddRows(label, " of " + entries.Count + " people", counts, "language", seed);
    }

    /// <summary>The SDN's people of Russia, Ukraine and Belarus (by nationality or citizenship) whose primary name has two
    /// words or more.</summary>
    private IEnumerable<ListEntry> PeopleOfCyrillicCountries() =>
        NamesOfTwoWordsOrMore(full).Where(e => e.Kind == EntityKind.Person
            && e.Nationalities.Concat(e.Citizenships).Any(c => CyrillicNationalities.Contains(c, StringComparer.OrdinalIgnoreCase)));

    /// <summary>The lists' <c>ye</c> as е, a <c>j</c> or <c>y</c> after a vowel and before a consonant or the end as й, and
    /// a <c>y</c> between consonants as ы, before the letters go one by one to Cyrillic (<see cref="ToCyrillic"/> would
    /// write <c>Yuryevna</c> as юрйевна, <c>Vitalij</c> as виталидж and <c>Valeriovych</c> as валериовйч).</summary>
    private static string IotatedFirst(string name)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(name.ToLowerInvariant(), "(?<=[a-z])ye", "е");
        text = System.Text.RegularExpressions.Regex.Replace(text, "(?<=[aeiou])[jy](?![aeiou])", "й");
        return System.Text.RegularExpressions.Regex.Replace(text, "(?<=[b-df-hj-np-tv-z])y(?![aeiou])", "ы");
    }

    /// <summary>A name in Cyrillic written in Latin letters as <paramref name="language"/> writes Russian, each word
    /// capitalised.</summary>
    private static string ToEuropean(string cyrillic, string language) =>
        string.Join(' ', cyrillic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word =>
        {
            var latin = EuropeanWord(word, language);
            return latin.Length == 0 ? latin : char.ToUpperInvariant(latin[0]) + latin[1..];
        }));

    private static string EuropeanWord(string word, string language)
    {
        var result = new StringBuilder();
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var previous = i > 0 ? word[i - 1] : ' ';
            var next = i + 1 < word.Length ? word[i + 1] : ' ';

            // After a vowel, a soft or hard sign or at the start, е ё ю я begin with the sound of й.
            var iotated = i == 0 || "аеёиоуыэюяьъй".Contains(previous, StringComparison.Ordinal);
            var betweenVowels = "аеёиоуыэюя".Contains(previous, StringComparison.Ordinal) && "аеёиоуыэюя".Contains(next, StringComparison.Ordinal);
            result.Append(language switch
            {
                "German" => c switch
                {
                    'в' => "w", 'е' => iotated ? "je" : "e", 'ё' => iotated ? "jo" : "o", 'ж' => "sch", 'з' => "s", 'й' => "j",
                    'с' => betweenVowels ? "ss" : "s", 'х' => "ch", 'ц' => "z", 'ч' => "tsch", 'ш' => "sch", 'щ' => "schtsch",
                    'ю' => "ju", 'я' => "ja", 'ы' => "y", 'ь' or 'ъ' => string.Empty, 'э' => "e", 'у' => "u",
                    _ => Common(c),
                },
                "Polish" => c switch
                {
                    'в' => "w", 'е' => iotated ? "je" : "жшчщц".Contains(previous, StringComparison.Ordinal) ? "e" : "ie",
                    'ё' => iotated ? "jo" : "io", 'ж' => "ż", 'з' => "z", 'й' => "j", 'с' => "s", 'х' => "ch", 'ц' => "c", 'ч' => "cz",
                    'ш' => "sz", 'щ' => "szcz", 'ю' => iotated ? "ju" : "iu", 'я' => iotated ? "ja" : "ia", 'ы' => "y",
                    'и' => "жшц".Contains(previous, StringComparison.Ordinal) ? "y" : "i", 'ь' or 'ъ' => string.Empty, 'э' => "e", 'у' => "u",
                    _ => Common(c),
                },
                _ => c switch
                {
                    'в' => "v", 'г' => next is 'е' or 'и' or 'э' ? "gu" : "g", 'е' => "e", 'ё' => "io", 'ж' => "j", 'з' => "z",
                    'й' => "ï", 'с' => betweenVowels ? "ss" : "s", 'х' => "kh", 'ц' => "ts", 'ч' => "tch", 'ш' => "ch", 'щ' => "chtch",
                    'ю' => "iou", 'я' => "ia", 'ы' => "y", 'ь' or 'ъ' => string.Empty, 'э' => "e", 'у' => "ou",
                    'н' when i == word.Length - 1 && previous == 'и' => "ne",
                    _ => Common(c),
                },
            });
        }

        return result.ToString();
    }

    /// <summary>The letters the three languages write alike.</summary>
    private static string Common(char c) => c switch
    {
        'а' => "a", 'б' => "b", 'г' => "g", 'д' => "d", 'и' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o",
        'п' => "p", 'р' => "r", 'т' => "t", 'ф' => "f",
        _ => c.ToString(),
    };
}
