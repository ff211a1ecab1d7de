using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>Pairs of several tokens with one: adjacent tokens written as one (in the list's order, or a query word
/// that is two of the list name's words in any order) and acronyms, with the tests that keep them from pairing what only
/// looks alike.</summary>
internal static partial class NameAligner
{
    /// <summary>Two or three adjacent tokens of a name written as one, with their phonetic key, for each start and span
    /// (slot (span − 2) × token count + start): the list side of <see cref="Score"/>, worked out once per indexed name.</summary>
    public static (string Text, string Key)?[] JoinedOf(Tok[] tokens)
    {
        var count = Math.Min(tokens.Length, MaxTokens);
        var joined = new (string Text, string Key)?[2 * count];
        for (var span = 2; span <= 3; span++)
        {
            for (var i = 0; i + span <= count; i++)
            {
                var text = span == 2 ? string.Concat(tokens[i].Text, tokens[i + 1].Text) : string.Concat(tokens[i].Text, tokens[i + 1].Text, tokens[i + 2].Text);
                joined[((span - 2) * count) + i] = (text, PhoneticKey.Of(text));
            }
        }

        return joined;
    }

    /// <summary>
    /// A query word that is two words of the list name written as one in another order, or with a word between them
    /// left out (<c>MIKHAILIUKLeonid</c> for <c>MIKHAILIUK, Leonid</c>; <c>GustavoCASTRO</c> for <c>GONZALEZ CASTRO,
    /// Gustavo</c>; <c>KhhosroMOKHTARI</c>): it begins or ends with one of the words exactly, and the rest comes near
    /// another (a rest of two or three letters must be that word). The pair's similarity is the two parts' similarities
    /// weighed by their lengths. Words written as one in the list's order are <see cref="AddJoined"/>'s, which also
    /// allows a misspelling in either part; a query word the corpus holds is taken as written.
    /// </summary>
    private static void AddWrittenAsOne(Tok[] q, int n, Tok[] c, int m, List<Pair> pairs)
    {
        for (var i = 0; i < n; i++)
        {
            var token = q[i];
            if (token.Class != TokenClass.Word || token.VocabId >= 0 || token.Text.Length < MinimumWrittenAsOne)
            {
                continue;
            }

            for (var j = 0; j < m; j++)
            {
                var part = c[j];
                if (part.Class is not (TokenClass.Word or TokenClass.Patronymic) || part.Text.Length < 3 || part.Text.Length > token.Text.Length - 2)
                {
                    continue;
                }

                var first = token.Text.StartsWith(part.Text, StringComparison.Ordinal);
                if (!first && !token.Text.EndsWith(part.Text, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = first ? token.Text[part.Text.Length..] : token.Text[..^part.Text.Length];
                string? restKey = null;
                for (var k = 0; k < m; k++)
                {
                    var other = c[k];
                    if (k == j || other.Class is not (TokenClass.Word or TokenClass.Patronymic))
                    {
                        continue;
                    }

                    float similarity;
                    if (rest.Length < 4 || other.Text.Length < 4)
                    {
                        similarity = string.Equals(rest, other.Text, StringComparison.Ordinal) ? 1f : 0f;
                    }
                    else
                    {
                        restKey ??= PhoneticKey.Of(rest);
                        similarity = TokenSimilarity.CompareWords(rest, restKey, other.Text, other.Key, TokenSimilarity.VowellessAs(token, rest), other.Vowelless).Similarity;
                    }

                    if (similarity < JoinedMinimum)
                    {
                        continue;
                    }

                    var combined = (part.Text.Length + (similarity * rest.Length)) / token.Text.Length;
                    var graded = TokenSimilarity.Graded(combined);
                    var mask = (1UL << j) | (1UL << k);
                    pairs.Add(new Pair(1UL << i, mask, combined, graded, graded * (token.Weight + WeightOf(c, mask)) / 2f, AlignmentKind.Joined));
                }
            }
        }
    }

    /// <summary>The shortest query word looked at as two of the list name's words written as one.</summary>
    private const int MinimumWrittenAsOne = 7;

    private static void AddJoined(Tok[] joined, int joinedCount, Tok[] single, int singleCount, List<Pair> pairs, bool queryJoined,
        (string Text, string Key)?[]? memo, bool shared)
    {
        for (var span = 2; span <= 3; span++)
        {
            for (var i = 0; i + span <= joinedCount; i++)
            {
                var length = 0;
                var numbers = false;
                for (var k = i; k < i + span; k++)
                {
                    length += joined[k].Text.Length;
                    // An initial is a name of its own, not a letter of the next word (William G. is not Williamg); a
                    // number in digits is not part of a word. A Roman numeral may be run into the name it numbers
                    // (SPARTAIV / SPARTA IV).
                    numbers |= joined[k].Class == TokenClass.Initial || (joined[k].Class == TokenClass.Number && char.IsAsciiDigit(joined[k].Text[0]));
                }

                if (numbers)
                {
                    continue;
                }

                var mandarin = true;
                var korean = true;
                for (var k = i; k < i + span; k++)
                {
                    mandarin &= joined[k].Class == TokenClass.Word && (joined[k].Variants & Tok.Mandarin) != 0;
                    korean &= joined[k].Class == TokenClass.Word && (joined[k].Variants & Tok.Korean) != 0;
                }

                var slot = ((span - 2) * joinedCount) + i;
                string? text = null, key = null;
                for (var j = 0; j < singleCount; j++)
                {
                    // Spellings more than two letters apart in length are different words, unless the joined one is
                    // shorter by short vowels an abjad spelling leaves out: the same consonants in the same order
                    // (هدايت الله hdayt llah / HIDAYATULLAH; not abd al / abdallah, nor srwr mhn / ziaurrahman).
                    var s = single[j];
                    if (s.Class == TokenClass.Number || (Math.Abs(s.Text.Length - length) > 2 && (length > s.Text.Length || !SameConsonants(joined, i, span, s.Text))))
                    {
                        continue;
                    }

                    // Syllables of a Mandarin name written apart in one romanisation and as one word in another
                    // (Chin-ping / Jinping, Tse-tung / Zedong) start differently: they meet on their readings.
                    // So do the syllables of a Korean given name (Jeongeun / Jong Un).
                    var byMandarin = mandarin && s.Class == TokenClass.Word && (s.Variants & Tok.Mandarin) != 0;
                    var byKorean = korean && s.Class == TokenClass.Word && (s.Variants & Tok.Korean) != 0;
                    if (byMandarin || byKorean)
                    {
                        var written = span == 2 ? string.Concat(joined[i].Text, joined[i + 1].Text) : string.Concat(joined[i].Text, joined[i + 1].Text, joined[i + 2].Text);
                        var kind = byMandarin && MandarinReadings.Meet(written, s.Text) ? AlignmentKind.Romanization
                            : byKorean && KoreanReadings.Meet(written, s.Text) ? AlignmentKind.KoreanReading
                            : AlignmentKind.Fuzzy;
                        if (kind != AlignmentKind.Fuzzy)
                        {
                            AddRun(pairs, joined, i, span, s, j, TokenSimilarity.Variant, queryJoined, kind);
                            continue;
                        }
                    }

                    // Words of a name in Arabic script that a Latin spelling writes as one, the article between them
                    // assimilated (سراج الدين sraj al dyn / SIRAJUDDIN, نصر الدين / Nasreddine): by their consonants
                    // and long vowels (AbjadSkeleton).
                    if ((joined[i].Variants & joined[i + span - 1].Variants & Tok.Abjad) != 0 && (s.Variants & Tok.Abjad) == 0 && s.Class == TokenClass.Word)
                    {
                        var abjad = span == 3 && CandidateSearch.IsArticle(joined[i + 1]) ? string.Concat(joined[i].Text, joined[i + 2].Text)
                            : span == 2 ? string.Concat(joined[i].Text, joined[i + 1].Text) : null;
                        var across = abjad is null ? 0f : AbjadSkeleton.Similarity(abjad, s.Text);
                        if (across >= JoinedMinimum)
                        {
                            AddRun(pairs, joined, i, span, s, j, across, queryJoined, AlignmentKind.Joined);
                            continue;
                        }
                    }

                    if (!MayStartAlike(joined[i], s))
                    {
                        continue;
                    }

                    if (text is null && memo is not null && memo[slot] is { } remembered)
                    {
                        (text, key) = remembered;
                    }

                    if (text is null)
                    {
                        text = span == 2 ? string.Concat(joined[i].Text, joined[i + 1].Text) : string.Concat(joined[i].Text, joined[i + 1].Text, joined[i + 2].Text);
                        key = PhoneticKey.Of(text);
                        if (memo is not null && !shared)
                        {
                            memo[slot] = (text, key);
                        }
                    }

                    // Each part must add to the joined skeleton: twrk + agh gives the skeleton of twrk alone (TRK),
                    // which would let two tokens pass for one (derrick). Skeletons far apart in length cannot meet. Parts
                    // that spell the other word exactly need not: muha + mmad is muhammad, although mmad alone has
                    // its skeleton (MT).
                    if (Math.Abs(key!.Length - s.Key.Length) > 2
                        || (!AddsToKey(joined, i, span, key!) && !string.Equals(text, s.Text, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    // With different skeletons only a close spelling reaches the minimum: a bounded edit distance says
                    // so before the full comparison (most joined spellings are far from the other name's tokens).
                    var syllabic = s.Syllabic || AllSyllabic(joined, i, span);
                    if (!syllabic && key.Length < 10 && !string.Equals(key, s.Key, StringComparison.Ordinal))
                    {
                        var limit = (int)((1f - JoinedMinimum) * Math.Max(text.Length, s.Text.Length));
                        if (TokenSimilarity.Distance(text, s.Text, limit) > limit)
                        {
                            continue;
                        }
                    }

                    // Words joined across scripts (an abjad spelling and a Latin one) are not compared as a spelling
                    // without vowels, for which the same phonetic key would be all there is to compare (mhmd lkhl and
                    // MATIULLAH, see TokenSimilarity.Compare).
                    var acrossScripts = TokenSimilarity.AcrossScripts(joined[i], s);
                    var vowelless = !acrossScripts && AllVowelless(joined, i, span);
                    var (similarity, _) = acrossScripts
                        ? TokenSimilarity.CompareWords(text, key!, s.Text, s.Key, false, false, acrossScripts: true)
                        : TokenSimilarity.CompareWords(text, key!, s.Text, s.Key, vowelless, s.Vowelless);
                    if (similarity < JoinedMinimum && syllabic)
                    {
                        similarity = Math.Max(similarity, TokenSimilarity.CompareLoose(text, s.Text));
                    }

                    // Spellings compared as spellings (not through syllables, scripts or skeletons without vowels)
                    // meet only when every part is needed.
                    if (similarity >= JoinedMinimum && (!queryJoined || syllabic || acrossScripts || vowelless || s.Vowelless || !APartAlone(joined, i, span, text, s.Text)))
                    {
                        AddRun(pairs, joined, i, span, s, j, similarity, queryJoined, AlignmentKind.Joined);
                    }
                }
            }
        }
    }

    /// <summary>
    /// True when one of the words written as one is, alone, nearer the other word than they are together: the
    /// others add nothing, and the pair would count them as found (<c>lg</c> + <c>electronics</c> met
    /// <c>ELECTRONICS</c> as written as one at 0.85, on the weight of both; it is <c>electronics</c> with a word more).
    /// </summary>
    private static bool APartAlone(Tok[] joined, int i, int span, string text, string other)
    {
        var together = TokenSimilarity.Distance(text, other);
        for (var k = i; k < i + span; k++)
        {
            if (TokenSimilarity.Distance(joined[k].Text, other, together) < together)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Pairs the run of <paramref name="span"/> tokens from <paramref name="i"/> on the joined side with the other
    /// side's token <paramref name="j"/>, at <paramref name="similarity"/>.</summary>
    private static void AddRun(List<Pair> pairs, Tok[] joined, int i, int span, in Tok single, int j, float similarity, bool queryJoined, AlignmentKind kind)
    {
        var graded = TokenSimilarity.Graded(similarity);
        var mask = ((1UL << span) - 1) << i;
        var value = graded * (WeightOf(joined, mask) + single.Weight) / 2f;
        pairs.Add(queryJoined
            ? new Pair(mask, 1UL << j, similarity, graded, value, kind)
            : new Pair(1UL << j, mask, similarity, graded, value, kind));
    }

    /// <summary>Pairs an acronym of one name with the run of the other's tokens it abbreviates. A listed acronym must
    /// have <paramref name="minimumLength"/> letters (see <see cref="Acronyms.MinimumListed"/>).</summary>
    private static void AddAcronyms(Tok[] acronyms, int acronymCount, Tok[] words, int wordCount, List<Pair> pairs, bool queryAcronym, bool personal,
        int minimumLength)
    {
        if (wordCount < 2)
        {
            return;
        }

        for (var i = 0; i < acronymCount; i++)
        {
            if (acronyms[i].Text.Length < minimumLength || !Acronyms.IsCandidate(acronyms[i], personal))
            {
                continue;
            }

            for (var start = 0; start + 1 < wordCount; start++)
            {
                var mask = Acronyms.Run(acronyms[i].Text, words, wordCount, start);
                if (mask == 0 || SharesToken(words, mask, acronyms, acronymCount))
                {
                    continue;
                }

                AddWordForWords(pairs, acronyms[i], i, words, mask, queryAcronym, Acronyms.Similarity, AlignmentKind.Acronym);
            }
        }
    }

    /// <summary>Pairs a word of one name made of the beginnings of adjacent words of the other (<see cref="Acronyms.Syllables"/>:
    /// <c>inhocar</c> / <c>inmobiliaria hotelera del caribe</c>) with those words, as an acronym is paired. Not in a
    /// person's name.</summary>
    private static void AddSyllables(Tok[] made, int madeCount, Tok[] words, int wordCount, List<Pair> pairs, bool queryWord)
    {
        if (wordCount < 2)
        {
            return;
        }

        for (var i = 0; i < madeCount; i++)
        {
            if (!Acronyms.IsSyllabicCandidate(made[i]))
            {
                continue;
            }

            var mask = Acronyms.Syllables(made[i].Text, words, wordCount);
            if (mask == 0 || SharesToken(words, mask, made, madeCount))
            {
                continue;
            }

            AddWordForWords(pairs, made[i], i, words, mask, queryWord, Acronyms.SyllablesSimilarity, AlignmentKind.Syllables);
        }
    }

    /// <summary>Adds the pair of one name's token <paramref name="i"/> with the other name's words of
    /// <paramref name="mask"/> (an acronym and the words it abbreviates, a word made of their beginnings), weighing the
    /// mean of the two sides' weights.</summary>
    private static void AddWordForWords(List<Pair> pairs, in Tok token, int i, Tok[] words, ulong mask, bool tokenInQuery, float similarity, AlignmentKind kind)
    {
        var graded = TokenSimilarity.Graded(similarity);
        var value = graded * (token.Weight + WeightOf(words, mask)) / 2f;
        pairs.Add(tokenInQuery
            ? new Pair(1UL << i, mask, similarity, graded, value, kind)
            : new Pair(mask, 1UL << i, similarity, graded, value, kind));
    }

    /// <summary>True when a token of the run is also a token of the acronym's own name (WP Properties against
    /// Windfel Properties: <c>properties</c> pairs with itself, not as a letter of <c>wp</c>).</summary>
    private static bool SharesToken(Tok[] words, ulong mask, Tok[] other, int otherCount)
    {
        for (var k = 0; k < words.Length && k < 64; k++)
        {
            if ((mask & (1UL << k)) == 0 || words[k].Class is not (TokenClass.Word or TokenClass.Generic or TokenClass.Patronymic))
            {
                continue;
            }

            for (var j = 0; j < otherCount; j++)
            {
                if (string.Equals(words[k].Text, other[j].Text, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A cheap test before comparing a joined spelling with a token: the same first letter or first skeleton
    /// symbol (Tse-tung / Zedong), a first letter dropped (Andrang Heta / Ndrangheta), or a vowelless or syllabic
    /// spelling.</summary>
    private static bool MayStartAlike(in Tok first, in Tok single)
    {
        var a = first.Text;
        var b = single.Text;
        return a[0] == b[0] || first.Key[0] == single.Key[0] || (a.Length > 1 && a[1] == b[0]) || (b.Length > 1 && b[1] == a[0])
            || first.Syllabic || single.Syllabic || first.Vowelless || single.Vowelless;
    }

    private static bool AllSyllabic(Tok[] tokens, int start, int span)
    {
        for (var k = start; k < start + span; k++)
        {
            if (!tokens[k].Syllabic)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the tokens from <paramref name="start"/> written as one have the consonants of
    /// <paramref name="other"/>, in order (vowels a, e, i, o and u left out on both sides).</summary>
    private static bool SameConsonants(Tok[] tokens, int start, int span, string other)
    {
        var first = tokens[start].Text[0];
        if (first != other[0] && !TokenSimilarity.IsVowel(first) && !TokenSimilarity.IsVowel(other[0]))
        {
            return false;
        }

        var o = 0;
        for (var k = start; k < start + span; k++)
        {
            foreach (var c in tokens[k].Text)
            {
                if (TokenSimilarity.IsVowel(c))
                {
                    continue;
                }

                while (o < other.Length && TokenSimilarity.IsVowel(other[o]))
                {
                    o++;
                }

                if (o >= other.Length || other[o] != c)
                {
                    return false;
                }

                o++;
            }
        }

        while (o < other.Length && TokenSimilarity.IsVowel(other[o]))
        {
            o++;
        }

        return o == other.Length;
    }

    private static bool AllVowelless(Tok[] tokens, int start, int span)
    {
        for (var k = start; k < start + span; k++)
        {
            if (!tokens[k].Vowelless)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AddsToKey(Tok[] tokens, int start, int span, string joinedKey)
    {
        for (var k = start; k < start + span; k++)
        {
            if (tokens[k].Key.Length >= joinedKey.Length)
            {
                return false;
            }
        }

        return true;
    }
}
