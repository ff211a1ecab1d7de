using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Acronyms against the words they abbreviate (<c>IRGC</c> / <c>Islamic Revolutionary Guard Corps</c>, <c>PFLP</c> /
/// <c>Popular Front for the Liberation of Palestine</c>, <c>NITC</c> / <c>National Iranian Tanker Company</c>,
/// <c>JC</c> / <c>Jean-Claude</c>): a token whose letters are the initials of a run of adjacent tokens of the other
/// name. Name words, generic words, patronymics and initials give their first letter; function words, particles and
/// legal forms may give theirs or be skipped (the <c>of</c> of <c>Bank of Cuba</c> is in some acronyms and not in
/// others), and a legal form written as an acronym (<c>llc</c>) may give all its letters.
/// </summary>
internal static class Acronyms
{
    /// <summary>The similarity of an acronym and the words it abbreviates.</summary>
    public const float Similarity = 0.9f;

    /// <summary>
    /// The shortest listed acronym that a query's words may spell: the lists hold thousands of three-letter acronyms,
    /// so the initials of any three-word name would spell one of them.
    /// </summary>
    public const int MinimumListed = 4;

    /// <summary>The longest acronym considered.</summary>
    public const int MaxLength = 8;

    /// <summary>
    /// True when a token may be an acronym: two to eight letters, a name or generic word (<c>US</c>, <c>PLA</c>); when
    /// the names may be persons' (<paramref name="personal"/>), only two or three letters without a vowel (<c>JC</c>,
    /// <c>JFK</c>), since a short given name (<c>Ali</c>) would otherwise read as the initials of three others.
    /// </summary>
    public static bool IsCandidate(in Tok token, bool personal)
    {
        var text = token.Text;
        // Arabic script writes no acronyms: a short word of it transliterates without vowels (جمال jmal), not as initials.
        if (text.Length < 2 || text.Length > MaxLength || token.Class is not (TokenClass.Word or TokenClass.Generic) || (token.Variants & Tok.Abjad) != 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        var vowelless = text.AsSpan().IndexOfAny(Vowels) < 0;
        return !personal || (text.Length <= 3 && vowelless);
    }

    /// <summary>True when the token gives its first letter to an acronym; false when it may be skipped.</summary>
    private static bool Significant(in Tok token) =>
        token.Class is TokenClass.Word or TokenClass.Generic or TokenClass.Patronymic or TokenClass.Initial;

    /// <summary>True when a token's first letter goes into the index's acronyms of its name.</summary>
    private static bool Initialled(in Tok token) =>
        Significant(token) && token.Text.Length != 2 && (token.Text.Length != 3 || token.Text.AsSpan().IndexOfAny(VowelsAndY) >= 0);

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiou");
    private static readonly System.Buffers.SearchValues<char> VowelsAndY = System.Buffers.SearchValues.Create("aeiouy");

    private static bool Skippable(in Tok token) =>
        token.Class is TokenClass.Stopword or TokenClass.Particle or TokenClass.LegalForm or TokenClass.Title;

    /// <summary>The run of <paramref name="tokens"/> starting at <paramref name="start"/> whose initials spell
    /// <paramref name="acronym"/>, as a bit mask of the tokens it covers (0 when none). The run covers two tokens at
    /// least and ends on a token that gave letters.</summary>
    public static ulong Run(string acronym, Tok[] tokens, int count, int start)
    {
        if (!Initialled(tokens[start]) || tokens[start].Text[0] != acronym[0])
        {
            return 0;
        }

        return Walk(acronym, 0, tokens, count, start, 0UL, 0);
    }

    /// <summary>Walks the tokens from <paramref name="index"/> matching the acronym from <paramref name="position"/>.
    /// <paramref name="covered"/> counts the name words (not function words or legal forms) that gave letters so far:
    /// a run needs two, so that <c>BD plc</c> is not the acronym <c>BP</c>.</summary>
    private static ulong Walk(string acronym, int position, Tok[] tokens, int count, int index, ulong mask, int covered)
    {
        if (position == acronym.Length)
        {
            return covered >= 2 ? mask : 0;
        }

        if (index >= count || index >= 64)
        {
            return 0;
        }

        var token = tokens[index];
        var bit = 1UL << index;
        if (Significant(token))
        {
            // A word of two letters, or of three without a vowel, is itself an abbreviation (SB Bank, JSK AGD
            // Diamonds), not a word an acronym is made of.
            return token.Text[0] == acronym[position] && Initialled(token)
                ? Walk(acronym, position + 1, tokens, count, index + 1, mask | bit, covered + 1)
                : 0;
        }

        if (!Skippable(token))
        {
            return 0;
        }

        // A legal form written as an acronym gives all its letters (national iranian tanker llc / NITLLC), any
        // function word or legal form its first, or nothing.
        if (token.Class == TokenClass.LegalForm && token.Text.Length > 1
            && string.CompareOrdinal(acronym, position, token.Text, 0, token.Text.Length) == 0)
        {
            var whole = Walk(acronym, position + token.Text.Length, tokens, count, index + 1, mask | bit, covered);
            if (whole != 0)
            {
                return whole;
            }
        }

        if (token.Text[0] == acronym[position])
        {
            var taken = Walk(acronym, position + 1, tokens, count, index + 1, mask | bit, covered);
            if (taken != 0)
            {
                return taken;
            }
        }

        return position > 0 ? Walk(acronym, position, tokens, count, index + 1, mask | bit, covered) : 0;
    }

    /// <summary>What a legal form gives an acronym of its name (<see cref="Of"/>).</summary>
    private enum LegalLetters
    {
        /// <summary>Nothing.</summary>
        None,

        /// <summary>Its first letter.</summary>
        First,

        /// <summary>All its letters (<c>co</c> in <c>IAMCO</c>).</summary>
        Whole,
    }

    /// <summary>The acronyms of a name the index holds beside the prefixes: what its legal forms give, and whether its
    /// function words give their initials.</summary>
    private static readonly (LegalLetters Legal, bool Stop)[] Spellings =
        [(LegalLetters.None, false), (LegalLetters.First, false), (LegalLetters.None, true), (LegalLetters.Whole, false), (LegalLetters.Whole, true)];

    /// <summary>
    /// The acronyms a name could be written as, for the index: the initials of its significant tokens, with the legal
    /// forms' and with the function words' initials too, with the legal forms written whole (<c>IAMCO</c> for <c>Iran
    /// Aircraft Manufacturing Company</c>, <c>PDVSA</c> for <c>Petroleos de Venezuela S.A.</c>, as the alignment reads
    /// them), and the initials of its first three or more significant tokens (<c>PFLP</c> for <c>Popular Front for the
    /// Liberation of Palestine - General Command</c>).
    /// </summary>
    public static IEnumerable<string> Of(Tok[] tokens)
    {
        var significant = new List<char>(tokens.Length);
        foreach (var t in tokens)
        {
            if (Initialled(t))
            {
                significant.Add(t.Text[0]);
            }
        }

        if (significant.Count < 2)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var letters = new System.Text.StringBuilder(MaxLength + 1);
        foreach (var (legal, stop) in Spellings)
        {
            letters.Clear();
            foreach (var t in tokens)
            {
                if (Initialled(t) || (stop && t.Class == TokenClass.Stopword) || (legal == LegalLetters.First && t.Class == TokenClass.LegalForm))
                {
                    letters.Append(t.Text[0]);
                }
                else if (legal == LegalLetters.Whole && t.Class == TokenClass.LegalForm)
                {
                    letters.Append(t.Text);
                }
            }

            var text = letters.ToString();
            if (text.Length <= MaxLength && seen.Add(text))
            {
                yield return text;
            }
        }

        for (var length = 3; length < significant.Count && length <= MaxLength; length++)
        {
            var prefix = new string([.. significant.Take(length)]);
            if (seen.Add(prefix))
            {
                yield return prefix;
            }
        }
    }
}
