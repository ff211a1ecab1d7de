using System.Text;
using Custos.Screening.Lists;

namespace Custos.Screening.Bench;

/// <summary>
/// The Arabic-script round: the SDN names of people of Arab, Iranian, Afghan and Pakistani nationality written in
/// Arabic script as a clerk would write them from the Latin spelling, given names first: consonants by the usual
/// correspondences (sh ش, kh خ, th ث, dh ذ, gh غ, an apostrophe ع, s sometimes ص, h sometimes ه), a doubled
/// consonant once, the article and <c>abdul</c> joined to the next word (<c>الوليد</c>, <c>عبد الرحمن</c>), and the
/// vowels as Arabic writes them: short ones left out, long ones (which a Latin spelling does not mark) written as
/// alif, waw or ya by chance, a word-initial one as alif (or ayn), a final a as tāʾ marbūṭa, alif or alif maqsura.
/// The draw is the bench's own construction, not a standard: it measures how far the matcher carries a name that
/// went from Latin letters to Arabic script, not what a transliteration standard would write.
/// </summary>
internal sealed partial class Perturbations
{
    private static readonly string[] ArabicScriptNationalities =
    [
        "Syria", "Iran", "Iraq", "Lebanon", "Pakistan", "Saudi Arabia", "Tunisia", "Yemen", "Afghanistan", "Palestinian",
        "Egypt", "Libya", "Sudan", "Jordan", "Algeria", "Morocco", "Kuwait", "Qatar", "Bahrain", "United Arab Emirates",
        "Oman", "Mauritania",
    ];

    private static readonly (string Latin, string Arabic)[] ArabicLetters =
    [
        ("sh", "ش"), ("ch", "ش"), ("kh", "خ"), ("th", "ث"), ("dh", "ذ"), ("gh", "غ"), ("dj", "ج"), ("ph", "ف"), ("ck", "ك"),
        ("b", "ب"), ("p", "ب"), ("t", "ت"), ("d", "د"), ("j", "ج"), ("g", "ج"), ("z", "ز"), ("r", "ر"), ("f", "ف"),
        ("v", "ف"), ("q", "ق"), ("k", "ك"), ("c", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("w", "و"), ("y", "ي"),
        ("x", "كس"), ("'", "ع"),
    ];

    /// <summary>Screens the drawn names written in Arabic script (<see cref="ToArabicScript"/>).</summary>
    /// <param name="seed">The draw.</param>
    /// <param name="label">The row's label.</param>
    private void RunArabicScript(int seed, string label)
    {
        var random = new Random(seed);
        var sample = new Random(1);
        var entries = NamesOfTwoWordsOrMore(full)
            .Where(e => e.Kind == EntityKind.Person && e.Nationalities.Concat(e.Citizenships).Any(c => ArabicScriptNationalities.Contains(c, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        // The same person on another list (the UN's, which also gives the name in Arabic script) counts, as in the
        // original-script row.
        var samePersons = new SamePerson(full);
        int total = 0, firsts = 0, aboves = 0;
        for (var i = 0; i < 1500; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var name = entry.PrimaryName;
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            var perturbed = ToArabicScript(comma > 0 ? name[(comma + 1)..] + " " + name[..comma] : name, random);
            var (first, above) = Check(perturbed, entry, $"({seed}) arabic script", sample, samePersons.Of(entry));
            total++;
            firsts += first ? 1 : 0;
            aboves += above ? 1 : 0;
        }

        rows.Add((label + " (" + total + " of " + entries.Count + " people): rank 1 / rank 1 and >= threshold (the entry, or the same person on another list)",
            Evaluation.F(firsts / (double)total) + " / " + Evaluation.F(aboves / (double)total), "sanity check, seed " + seed));
    }

    /// <summary>A Latin name written in Arabic script, the long vowels drawn (see the class).</summary>
    private static string ToArabicScript(string latin, Random random)
    {
        var words = latin.ToLowerInvariant().Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>();
        var article = false;
        foreach (var word in words)
        {
            switch (word)
            {
                case "al" or "el":
                    article = true;
                    continue;
                case "abdul" or "abdel" or "abdal" or "abdoul":
                    result.Add("عبد");
                    article = true;
                    continue;
                case "bin" or "ibn" or "ben":
                    result.Add("بن");
                    continue;
                case "abu" or "abou":
                    result.Add("أبو");
                    continue;
                case "ould":
                    result.Add("ولد");
                    continue;
            }

            result.Add((article ? "ال" : string.Empty) + ArabicWord(word, random));
            article = false;
        }

        return string.Join(' ', result);
    }

    private static string ArabicWord(string word, Random random)
    {
        var text = new StringBuilder();
        for (var i = 0; i < word.Length;)
        {
            var c = word[i];
            var last = i == word.Length - 1;
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' && !(c == 'y' && i + 1 < word.Length && IsLatinVowel(word[i + 1])))
            {
                var run = i;
                // A y between vowels is the consonant (Ayad, Rayan).
                while (run < word.Length && IsLatinVowel(word[run]) && !(run > i && word[run] == 'y' && run + 1 < word.Length && IsLatinVowel(word[run + 1])))
                {
                    run++;
                }

                var vowels = word[i..run];
                text.Append(i == 0 ? InitialVowel(vowels, random) : run == word.Length ? FinalVowel(vowels, random) : MedialVowel(vowels, random));
                i = run;
                continue;
            }

            if (i > 0 && c == word[i - 1])
            {
                i++;
                continue;
            }

            if (c == 'h')
            {
                text.Append(last ? "ه" : random.Next(10) < 7 ? "ح" : "ه");
                i++;
                continue;
            }

            if (c == 's' && (i + 1 >= word.Length || word[i + 1] != 'h'))
            {
                text.Append(random.Next(7) == 0 ? "ص" : "س");
                i++;
                continue;
            }

            var (from, to) = ArabicLetters.FirstOrDefault(l => string.CompareOrdinal(word, i, l.Latin, 0, l.Latin.Length) == 0);
            if (from is null)
            {
                i++;
                continue;
            }

            text.Append(to);
            i += from.Length;
        }

        return text.ToString();
    }

    private static bool IsLatinVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string InitialVowel(string vowels, Random random) =>
        random.Next(6) == 0 ? "ع" : vowels[0] is 'i' or 'e' ? "إ" : vowels[0] is 'u' or 'o' ? "أ" : "ا";

    private static string FinalVowel(string vowels, Random random) => vowels[^1] switch
    {
        'a' => random.Next(5) switch { 0 or 1 => "ة", 2 or 3 => "ا", _ => "ى" },
        'e' => random.Next(3) == 0 ? "ه" : string.Empty,
        'o' or 'u' => "و",
        _ => "ي",
    };

    /// <summary>A vowel inside a word: a long one, which a Latin spelling does not tell from a short one, is written by
    /// chance (a pair of vowels more often: ou, ee, aa are long).</summary>
    private static string MedialVowel(string vowels, Random random)
    {
        var chance = vowels.Length >= 2 ? 8 : 4;
        if (random.Next(10) >= chance)
        {
            return string.Empty;
        }

        return vowels[^1] switch
        {
            'a' => "ا",
            'o' or 'u' => "و",
            _ => "ي",
        };
    }
}
