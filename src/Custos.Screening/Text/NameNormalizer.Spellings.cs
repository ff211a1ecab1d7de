namespace Custos.Screening.Text;

/// <summary>Spellings that transliteration standards disagree on, put into one form before names are compared: Cyrillic
/// <c>дж</c> and the Arabic article assimilated to a sun letter.</summary>
public static partial class NameNormalizer
{
    /// <summary>
    /// Writes <c>dzh</c> as <c>j</c> in every word, the query's and the lists'. Cyrillic <c>дж</c> stands for a j sound
    /// (Джон, Маджди, Ирадж): letter by letter it becomes <c>dzh</c>, as Russian romanisation writes it (DZHABAROV,
    /// MENEDZHMENT), while names from Arabic, Persian or English are written with j (MAJDI, IRAJ, JE-SON). Before a
    /// vowel the phonetic key already takes both for one sound; before a consonant or at the end of a word it reads a j
    /// after a vowel as one (Sergej, Zajcev), so <c>madzhdi</c> and <c>majdi</c> would differ. No Latin spelling
    /// writes dzh for anything else.
    /// </summary>
    private static void WriteDzhAsJ(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Contains("dzh", StringComparison.Ordinal))
            {
                words[i] = words[i].Replace("dzh", "j", StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The consonants the Arabic article al assimilates to (the sun letters), as Latin spellings write them,
    /// two-letter spellings first (<see cref="UnassimilateArticle"/>).</summary>
    private static readonly string[] SunConsonants = ["sh", "th", "dh", "r", "s", "d", "t", "z", "n"];

    /// <summary>
    /// The Arabic article written as pronounced, assimilated to the sun letter that follows and hyphenated to it
    /// (<c>ar-Rahman</c>, <c>ad-Din</c>, <c>ash-Shami</c>, <c>ez-Zaman</c>, <c>ur-Rahman</c>): <see cref="Normalize"/>
    /// writes it <c>al-</c>, so that <c>Abd ar-Rahman</c> meets <c>Abd al-Rahman</c> and <c>Nur ad-Din</c> meets
    /// <c>Nur al-Din</c>. Only with the hyphen: written apart, <c>An Nguyen</c> and <c>Ed Dunn</c> are given names.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex("(?<![a-z])[aeu](sh|th|dh|r|s|d|t|z|n)-(?=\\1)", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AssimilatedArticle();

    /// <summary>
    /// Writes <c>abd</c> with the article assimilated to the next word's sun letter as <c>abdul</c>: joined to the
    /// article (<c>Abdur Rahman</c>, <c>Abdus Salam</c>) or to the article and the name with its first letter doubled
    /// (<c>Abdurrahman</c>, <c>Abderrahmane</c>, <c>Abdussalam</c>), so that they meet <c>Abdul Rahman</c>,
    /// <c>Abdulrahman</c> and <c>Abd al-Rahman</c>.
    /// </summary>
    private static void UnassimilateArticle(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 5 || !word.StartsWith("abd", StringComparison.Ordinal) || word[3] is not ('a' or 'e' or 'u' or 'o'))
            {
                continue;
            }

            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (word.Length <= 6 && next is { Length: >= 3 } && ArticleBefore(word, 4, next, 0))
            {
                words[i] = "abdul";
                continue;
            }

            foreach (var consonant in SunConsonants)
            {
                if (word.Length >= 8 && string.CompareOrdinal(word, 4, consonant, 0, consonant.Length) == 0
                    && string.CompareOrdinal(word, 4 + consonant.Length, consonant, 0, consonant.Length) == 0)
                {
                    words[i] = string.Concat("abdul", word.AsSpan(4 + consonant.Length));
                    break;
                }
            }
        }
    }

    /// <summary>True when <paramref name="word"/> from <paramref name="at"/> to its end is a sun consonant that
    /// <paramref name="next"/> starts with from <paramref name="nextAt"/>.</summary>
    private static bool ArticleBefore(string word, int at, string next, int nextAt)
    {
        var consonant = word.AsSpan(at);
        if (consonant.Length is not (1 or 2) || !next.AsSpan(nextAt).StartsWith(consonant, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var sun in SunConsonants)
        {
            if (consonant.SequenceEqual(sun))
            {
                return true;
            }
        }

        return false;
    }
}
