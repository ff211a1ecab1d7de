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
        // A legal form alone (LLC as a whole name) abbreviates a legal form, not a name: LADRILLERA LA CANDELARIA LTDA.
        // has the initials llc.
        if (text.Length < 2 || text.Length > MaxLength || token.Class is not (TokenClass.Word or TokenClass.Generic) || (token.Variants & Tok.Abjad) != 0
            || WordLists.LegalForms.Contains(text))
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
        // A run may begin with a particle that gives its letter: the Arabic article begins AQAP (al-Qa'ida in the
        // Arabian Peninsula) and AIAI (al-Itihaad al-Islamiya).
        if (!(Initialled(tokens[start]) || tokens[start].Class == TokenClass.Particle) || tokens[start].Text[0] != acronym[0])
        {
            return 0;
        }

        return Walk(acronym, 0, tokens, count, start, 0UL, 0, 0);
    }

    /// <summary>Walks the tokens from <paramref name="index"/> matching the acronym from <paramref name="position"/>.
    /// <paramref name="covered"/> counts the name words (not function words or legal forms) that gave letters so far:
    /// a run needs two, so that <c>BD plc</c> is not the acronym <c>BP</c>. <paramref name="lent"/> counts the stop
    /// words and legal forms that gave their first letter: fewer than the name words, so that a name's initials are
    /// mostly its words' (<c>CROWLANDS S.A. DE SERVICES C.V.</c> is not <c>CSSC</c>: two of its letters were the legal
    /// form's; <c>NIOC</c> lends one). A particle's letter is not lent: the Arabic article is part of its word (<c>AIAI</c>,
    /// al-Itihaad al-Islamiya); nor a single letter's, a legal form written apart (<c>PETROLEOS DE VENEZUELA S A</c>).</summary>
    private static ulong Walk(string acronym, int position, Tok[] tokens, int count, int index, ulong mask, int covered, int lent)
    {
        if (position == acronym.Length)
        {
            return covered >= 2 && lent < covered ? mask : 0;
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
                ? Walk(acronym, position + 1, tokens, count, index + 1, mask | bit, covered + 1, lent)
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
            var whole = Walk(acronym, position + token.Text.Length, tokens, count, index + 1, mask | bit, covered, lent);
            if (whole != 0)
            {
                return whole;
            }
        }

        if (token.Text[0] == acronym[position])
        {
            var taken = Walk(acronym, position + 1, tokens, count, index + 1, mask | bit, covered, token.Class == TokenClass.Particle || token.Text.Length == 1 ? lent : lent + 1);
            if (taken != 0)
            {
                return taken;
            }
        }

        return position > 0 ? Walk(acronym, position, tokens, count, index + 1, mask | bit, covered, lent) : 0;
    }

    /// <summary>
    /// The similarity of a word and the words whose beginnings it is made of (<see cref="Syllables"/>): below an acronym's,
    /// so that such a pair alone, with words of the name left over, stays below review. Brand names are made this way
    /// from common words (Infosys: INFOrmation SYStems, as the listed ISIRAN is made of INFORMATION SYSTEMS IRAN), and
    /// the beginnings of two words are far less telling than initials that spell a word of five letters.
    /// </summary>
    public const float SyllablesSimilarity = 0.75f;

    /// <summary>The shortest word read as made of syllables of other words (<see cref="Syllables"/>).</summary>
    public const int MinimumSyllabic = 5;

    /// <summary>The longest such word.</summary>
    public const int MaximumSyllabic = 16;

    /// <summary>
    /// True when a token may be a word made of the first syllables of other words (<see cref="Syllables"/>): five to
    /// sixteen letters, a name or generic word, not an abjad spelling.
    /// </summary>
    public static bool IsSyllabicCandidate(in Tok token) =>
        token.Text.Length is >= MinimumSyllabic and <= MaximumSyllabic && token.Class is TokenClass.Word or TokenClass.Generic
        && (token.Variants & Tok.Abjad) == 0 && !token.Text.AsSpan().ContainsAnyExceptInRange('a', 'z');

    /// <summary>
    /// The words of a name of which <paramref name="word"/> is made, as a bit mask (0 when none): the beginnings of
    /// adjacent name words, in order, one after the other, as Spanish and other languages abbreviate the names of
    /// companies (<c>INHOCAR</c>: INmobiliaria HOtelera del CARibe; <c>VALLECOM</c>: VALLE COMunicaciones; <c>CIMEX</c>:
    /// Compania de IMportacion y EXportacion; <c>COMECARNES</c>: COMErcializadora de CARNES). Function words,
    /// particles and legal forms between them are passed over; the beginnings are of two words at least, two of them of
    /// two letters or more, and one of them not the whole word (two whole words written as one are a joined spelling,
    /// <see cref="AlignmentKind.Joined"/>).
    /// </summary>
    /// <param name="word">A token of one name (<see cref="IsSyllabicCandidate"/>).</param>
    /// <param name="tokens">The other name's tokens.</param>
    /// <param name="count">How many of them.</param>
    public static ulong Syllables(string word, Tok[] tokens, int count)
    {
        for (var start = 0; start < count && start < 64; start++)
        {
            if (Significant(tokens[start]) && tokens[start].Text[0] == word[0])
            {
                var mask = WalkSyllables(word, 0, tokens, count, start, 0UL, 0, 0, false);
                if (mask != 0)
                {
                    return mask;
                }
            }
        }

        return 0;
    }

    private static ulong WalkSyllables(string word, int position, Tok[] tokens, int count, int index, ulong mask, int pieces, int longPieces, bool shortened)
    {
        if (position == word.Length)
        {
            return pieces >= 2 && longPieces >= 2 && shortened ? mask : 0;
        }

        if (index >= count || index >= 64)
        {
            return 0;
        }

        var token = tokens[index];
        var bit = 1UL << index;
        if (!Significant(token))
        {
            return Skippable(token) && pieces > 0 ? WalkSyllables(word, position, tokens, count, index + 1, mask | bit, pieces, longPieces, shortened) : 0;
        }

        // The longest beginning first: COMECARNES is COME + CARNES, not CO + ME….
        var text = token.Text;
        var longest = Math.Min(text.Length, word.Length - position);
        var common = 0;
        while (common < longest && text[common] == word[position + common])
        {
            common++;
        }

        for (var length = common; length >= 1; length--)
        {
            var found = WalkSyllables(word, position + length, tokens, count, index + 1, mask | bit, pieces + 1, longPieces + (length >= 2 ? 1 : 0),
                shortened || length < text.Length);
            if (found != 0)
            {
                return found;
            }
        }

        return 0;
    }

    /// <summary>The keys under which the index files a name for <see cref="Syllables"/>: for each two adjacent name words
    /// (function words and legal forms passed over), the first two letters of each, and the first letter of the first
    /// with the first two of the second (<c>CIMEX</c>: c + im).</summary>
    /// <param name="tokens">A name's tokens.</param>
    public static IEnumerable<string> SyllableKeys(Tok[] tokens)
    {
        var previous = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!Significant(tokens[i]))
            {
                if (!Skippable(tokens[i]))
                {
                    previous = -1;
                }

                continue;
            }

            if (previous >= 0 && tokens[i].Text.Length >= 2)
            {
                var first = tokens[previous].Text;
                var second = tokens[i].Text;
                yield return string.Concat(first.AsSpan(0, 1), second.AsSpan(0, 2));
                if (first.Length >= 2)
                {
                    yield return string.Concat(first.AsSpan(0, 2), second.AsSpan(0, 2));
                }
            }

            previous = i;
        }
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
    private static readonly (LegalLetters Legal, bool Stop, bool Particles)[] Spellings =
    [
        (LegalLetters.None, false, false), (LegalLetters.First, false, false), (LegalLetters.None, true, false), (LegalLetters.Whole, false, false),
        (LegalLetters.Whole, true, false), (LegalLetters.None, false, true), (LegalLetters.None, true, true),
    ];

    /// <summary>
    /// The acronyms a name could be written as, for the index: the initials of its significant tokens, with the legal
    /// forms' and with the function words' initials too, with the legal forms written whole (<c>IAMCO</c> for <c>Iran
    /// Aircraft Manufacturing Company</c>, <c>PDVSA</c> for <c>Petroleos de Venezuela S.A.</c>, as the alignment reads
    /// them), with the particles' initials (<c>AQAP</c> for <c>al-Qa'ida in the Arabian Peninsula</c>), and the initials of its first three or more significant tokens (<c>PFLP</c> for <c>Popular Front for the
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
        foreach (var (legal, stop, particles) in Spellings)
        {
            letters.Clear();
            foreach (var t in tokens)
            {
                if (Initialled(t) || (stop && t.Class == TokenClass.Stopword) || (particles && t.Class == TokenClass.Particle)
                    || (legal == LegalLetters.First && t.Class == TokenClass.LegalForm))
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
