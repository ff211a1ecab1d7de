using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>What a query's tokens are looked up as besides themselves: adjacent tokens written as one, a token split
/// in two or three, acronyms both ways.</summary>
internal sealed partial class CandidateSearch
{
    /// <summary>Posts the names holding a neighbour of a token that is not itself a query token (a joined pair, the
    /// rest of a token after a particle).</summary>
    private void PostNeighbours(in Tok token, float weight, bool deep) => PostNeighbours(NeighboursOf(token, deep), weight, pair: false);

    /// <summary>Posts the names holding the neighbours of a token that is not itself a query token, found already.</summary>
    /// <param name="neighbours">The token's neighbours.</param>
    /// <param name="weight">The token's weight.</param>
    /// <param name="pair">True for two adjacent query tokens written as one: a word either of them found only as a far
    /// spelling (ajani, and aghajani that agh ajani is) counts for the pair as well.</param>
    /// <param name="shortest">The shortest listed word the token may stand for: the scoring pairs two query words written
    /// as one with no word more than two letters shorter (NameAligner), and such a word found by its skeleton (iyadag and
    /// the ODK, ATC and ITC of thirty organisations: one skeleton) took the candidates' places.</param>
    private void PostNeighbours((int Vocab, float Similarity, AlignmentKind Kind)[] neighbours, float weight, bool pair, int shortest = 0)
    {
        found.Clear();
        foreach (var (vocab, similarity, kind) in neighbours)
        {
            if (data.Vocabulary[vocab].Text.Length < shortest)
            {
                continue;
            }

            // A word the query's own tokens found already counts once (abdulrahman al → abdulrahman); an initial the
            // joined spelling begins with is no spelling of it.
            if (kind != AlignmentKind.Initial && similarity >= JoinedMinimum && (foundInQuery[vocab] != queryStamp || (pair && similarity >= JoinedExactly && foundSimilarity[vocab] < JoinedMinimum)))
            {
                found.Add((vocab, TokenSimilarity.Graded(similarity), false));
            }
        }

        Accumulate(weight);
    }

    /// <summary>Posts the names holding, as one Latin word, two words of a name in Arabic script around the article,
    /// which Latin spellings assimilate (سراج الدين sraj al dyn: SIRAJUDDIN, نصر الدين: Nasreddine): the two words are
    /// looked up joined by their consonant skeletons (<see cref="AbjadSkeleton"/>), not as written.</summary>
    private void LookUpAroundArticle(Tok[] query)
    {
        for (var i = 0; i + 2 < query.Length; i++)
        {
            if ((query[i].Variants & query[i + 2].Variants & Tok.Abjad) != 0 && query[i].Class == TokenClass.Word && query[i + 2].Class == TokenClass.Word
                && IsArticle(query[i + 1]))
            {
                var text = query[i].Text + query[i + 2].Text;
                var weight = query[i].Weight + query[i + 1].Weight + query[i + 2].Weight;
                PostNeighbours(new Tok(text, PhoneticKey.Of(text), TokenClass.Word, weight, 0f, -1, KnownVariants: Tok.Abjad), weight, deep: false);
            }
        }
    }

    /// <summary>True for the Arabic article as a name of Arabic script writes it (<c>al</c>).</summary>
    internal static bool IsArticle(in Tok token) => token.Class == TokenClass.Particle && string.Equals(token.Text, "al", StringComparison.Ordinal);

    /// <summary>Posts the names holding three adjacent query tokens written as one word, as written (looked up as a
    /// span: nothing is allocated).</summary>
    private void LookUpThreeJoined(Tok[] query)
    {
        if (query.Length < 3)
        {
            return;
        }

        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i + 2 < query.Length; i++)
        {
            var length = query[i].Text.Length + query[i + 1].Text.Length + query[i + 2].Text.Length;
            if (length > buffer.Length || !Joinable(query[i]) || !Joinable(query[i + 1]) || !Joinable(query[i + 2]))
            {
                continue;
            }

            query[i].Text.AsSpan().CopyTo(buffer);
            query[i + 1].Text.AsSpan().CopyTo(buffer[query[i].Text.Length..]);
            query[i + 2].Text.AsSpan().CopyTo(buffer[(query[i].Text.Length + query[i + 1].Text.Length)..]);
            if (lookup.TryGetValue(buffer[..length], out var vocab))
            {
                PostAlone(vocab, query[i].Weight + query[i + 1].Weight + query[i + 2].Weight);
            }
        }
    }

    /// <summary>Acronyms both ways: a query token that is the initials of listed names (IRGC), and the query's
    /// initials as a listed token (Islamic Revolutionary Guard Corps → irgc).</summary>
    private void LookUpAcronyms(Tok[] query)
    {
        var graded = TokenSimilarity.Graded(Acronyms.Similarity);
        foreach (var token in query)
        {
            // An acronym of two letters stands for the initials of hundreds of names: only a rarer one is looked up.
            if (Acronyms.IsCandidate(token, personal: false) && data.NamesByAcronym.TryGetValue(token.Text, out var names)
                && names.Length <= MaxAcronymNames)
            {
                stamp = unchecked(stamp + 1);
                foreach (var name in names)
                {
                    PostName(name, graded * token.Weight);
                    if (names.Length <= MaxAcronymExtras && extras.Count < MaxAcronymExtras)
                    {
                        extras.Add(name);
                    }
                }
            }
        }

        foreach (var initials in Acronyms.Of(query))
        {
            if (initials.Length >= Acronyms.MinimumListed && data.VocabularyByText.TryGetValue(initials, out var vocab)
                && Acronyms.IsCandidate(data.Vocabulary[vocab], personal: false))
            {
                PostAlone(vocab, graded * data.Vocabulary[vocab].Weight);
            }
        }
    }

    /// <summary>Posts the names a query word may be made of the beginnings of words of (<see cref="Acronyms.Syllables"/>:
    /// <c>INHOCAR</c>, <c>VALLECOM</c>), found by the beginnings of two adjacent words (<see cref="IndexData.NamesBySyllables"/>)
    /// and kept when the word is made of them: for a word the lists do not hold, or hold on a name or two.</summary>
    private void LookUpSyllables(Tok[] query)
    {
        var graded = TokenSimilarity.Graded(Acronyms.SyllablesSimilarity);
        Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>? bySyllables = null;
        Span<char> key = stackalloc char[4];
        foreach (var token in query)
        {
            if (!Acronyms.IsSyllabicCandidate(token) || (token.VocabId >= 0 && data.Postings[token.VocabId].Length > RareSplit))
            {
                continue;
            }

            // Built on first use: only a query with such a word reads it.
            bySyllables ??= data.NamesBySyllables.GetAlternateLookup<ReadOnlySpan<char>>();
            stamp = unchecked(stamp + 1);
            var text = token.Text;

            // The first word gave one letter (c + im…) or two or more (in + ho…, valle + com…): the second word begins
            // where the first one's part ends.
            PostSyllables(bySyllables.Value, text, text.AsSpan(0, 3), graded * token.Weight);
            text.AsSpan(0, 2).CopyTo(key);
            for (var end = 2; end + 2 <= text.Length; end++)
            {
                text.AsSpan(end, 2).CopyTo(key[2..]);
                PostSyllables(bySyllables.Value, text, key, graded * token.Weight);
            }
        }
    }

    private void PostSyllables(Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> bySyllables, string word, ReadOnlySpan<char> key, float value)
    {
        if (!bySyllables.TryGetValue(key, out var names) || names.Length > MaxSyllableNames)
        {
            return;
        }

        foreach (var name in names)
        {
            var tokens = data.NameTokens[name];
            if (Acronyms.Syllables(word, tokens, tokens.Length) != 0)
            {
                PostName(name, value);
            }
        }
    }

    /// <summary>The most names the beginnings of two words may bring to be tried (<see cref="LookUpSyllables"/>).</summary>
    private const int MaxSyllableNames = 400;

    /// <summary>A joined pair or the rest of a split token must be this close to a word to count: long spellings
    /// meet many words loosely.</summary>
    private const float JoinedMinimum = 0.85f;

    /// <summary>Two adjacent query tokens written as one must come this near a word (as written, or all but the same)
    /// to count for it when either token found it already as a far spelling (<c>PostNeighbours</c>).</summary>
    private const float JoinedExactly = 0.95f;

    /// <summary>Whether a token is looked up written as one with its neighbour: not a title, a number or a legal form. A
    /// stop word is: a word split in two may leave one (FOR UZANDEH for FORUZANDEH), which the alignment joins back but
    /// the search did not.</summary>
    private static bool Joinable(in Tok token) => token.Class is not (TokenClass.Title or TokenClass.Number or TokenClass.LegalForm);

    /// <summary>Posts, for each way <paramref name="text"/> splits in two halves of two letters or more that read as
    /// Korean (<see cref="KoreanReadings"/>), the listed words that share a reading with each half, for half of
    /// <paramref name="weight"/> each; true when some half found a word.</summary>
    private bool SplitKorean(string text, float weight)
    {
        var byReading = data.WordsByKoreanReading;
        var found = false;
        for (var k = 2; k <= text.Length - 2; k++)
        {
            string[] left = KoreanReadings.Of(text[..k]), right = left.Length == 0 ? [] : KoreanReadings.Of(text[k..]);
            if (right.Length == 0)
            {
                continue;
            }

            foreach (var half in (ReadOnlySpan<string[]>)[left, right])
            {
                stamp = unchecked(stamp + 1);
                foreach (var reading in half)
                {
                    if (byReading.TryGetValue(reading, out var words))
                    {
                        foreach (var v in words)
                        {
                            Post(v, weight / 2f);
                            found = true;
                        }
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Posts one part of a split token with its share of the weight: to every name that holds it when it is a word of
    /// four letters or more (the list may write the other part another way: IRAN &amp; SHARGH for iranoshargh, whose
    /// irano it does not hold) or the token itself is near it (mansurali and mansur, which the scoring pairs); a shorter
    /// part only to the names that hold another part too, where the scoring may pair the token with the parts written as
    /// one (NameAligner). Richardson is no son: the names of SON, Min scored 0 against it and took the candidates' places.
    /// </summary>
    private void PostPart(in Tok token, int part, float value, int other, int third = -1)
    {
        if (data.Vocabulary[part].Text.Length > ShortPart || TokenSimilarity.Graded(TokenSimilarity.Compare(token, data.Vocabulary[part]).Similarity) > 0f)
        {
            PostAlone(part, value);
            return;
        }

        stamp = unchecked(stamp + 1);
        PostWhereBoth(part, other, value);
        if (third >= 0)
        {
            PostWhereBoth(part, third, value);
        }
    }

    /// <summary>Posts to the names that hold both vocabulary words, walking the shorter list of names and looking each
    /// up in the longer (a particle's or a title's part is held by thousands of names).</summary>
    private void PostWhereBoth(int part, int other, float value)
    {
        var (shorter, longer) = data.Postings[part].Length <= data.Postings[other].Length
            ? (data.Postings[part], data.Postings[other])
            : (data.Postings[other], data.Postings[part]);
        PostingsVisited += shorter.Length;
        foreach (var name in shorter)
        {
            if (Array.BinarySearch(longer, name) >= 0)
            {
                PostName(name, value);
            }
        }
    }

    /// <summary>The longest part of a split token that is credited alone only where the token is near it
    /// (<see cref="PostPart"/>).</summary>
    private const int ShortPart = 3;

    /// <summary>A token the query writes as one that the list may write as two: both halves known words
    /// (SYRIANAIR / Syrian Air), or a particle and a name (ALKURD / al Kurd, ELKADDAFI / el-Qaddafi: the name is
    /// looked up with its variants).</summary>
    private void Split(in Tok token)
    {
        var text = token.Text;
        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();

        // Mandarin syllables of two letters (Yurong / Yu Rong, Lihua / Li Hua) split too, when both halves read as
        // Mandarin; and a listed word of two letters run into a listed word of four or more (MKINTERROS / MK INTERROS,
        // PRESSTV / PRESS TV, BSBRAVO / BS BRAVO), unless the two letters are a legal form or a function word, which
        // thousands of names hold.
        var split = false;
        for (var k = 2; k <= text.Length - 2; k++)
        {
            if (lookup.TryGetValue(text.AsSpan(0, k), out var left) && lookup.TryGetValue(text.AsSpan(k), out var right)
                && ((k >= 3 && text.Length - k >= 3) || ((token.Variants & Tok.Mandarin) != 0 && MandarinReadings.Readable(text[..k]) && MandarinReadings.Readable(text[k..]))
                    || (text.Length >= 6 && TwoLetterWord(k == 2 ? left : right))))
            {
                PostPart(token, left, token.Weight / 2f, right);
                PostPart(token, right, token.Weight / 2f, left);
                split = true;
            }
        }

        // The syllables of a Korean given name written as one in one romanisation and apart in another (Jeongeun /
        // Jong Un): each half that reads as Korean brings the listed words with its syllables, whether or not the token
        // also splits into other listed words (jongun: jon gun).
        if ((token.Variants & Tok.Korean) != 0 && token.Class == TokenClass.Word)
        {
            split |= SplitKorean(text, token.Weight);
        }

        // Two words written as one with one of them misspelt (KhhosroMOKHTARI, artemkourov): the longest listed name
        // word the token begins or ends with counts for its share of the letters, and the rest is looked up as written
        // and by its skeleton (not by its deletions: a screen of a name seen for the first time pays for each search)
        // for the remainder.
        if (!split && token.VocabId < 0 && text.Length >= MinimumPartSplit && LongestWordAtEitherEnd(text) is (>= 0 and var known, var atStart)
            && data.Postings[known].Length <= MaxPartPostings)
        {
            var length = data.Vocabulary[known].Text.Length;
            var share = (float)length / text.Length;
            PostAlone(known, token.Weight * share);
            var rest = atStart ? text[length..] : text[..^length];
            if (rest.Length >= 4)
            {
                var restTok = new Tok(rest, PhoneticKey.Of(rest), TokenClass.Word, token.Weight, 0f, lookup.TryGetValue(rest, out var restId) ? restId : -1);
                PostNeighbours(restTok, token.Weight * (1f - share), deep: false);
            }
        }

        // A name with its legal form written onto it (KHAYBARCO / Khaybar Company): the rest, a listed word of four
        // letters or more, counts for the whole token (the alignment pairs the token with the name and legal form).
        if (!split)
        {
            for (var length = 2; length <= 4 && text.Length - length >= 4; length++)
            {
                if (WordLists.LegalForms.Contains(text[^length..]) && lookup.TryGetValue(text.AsSpan(0, text.Length - length), out var named))
                {
                    PostAlone(named, token.Weight);
                    break;
                }
            }
        }

        // Three words written as one (KYRGYZTRANSAVIA / Kyrgyz Trans Avia), each part a known word.
        if (text.Length >= 9)
        {
            for (var k1 = 3; k1 <= text.Length - 6; k1++)
            {
                if (!lookup.TryGetValue(text.AsSpan(0, k1), out var first))
                {
                    continue;
                }

                for (var k2 = k1 + 3; k2 <= text.Length - 3; k2++)
                {
                    if (lookup.TryGetValue(text.AsSpan(k1, k2 - k1), out var second) && lookup.TryGetValue(text.AsSpan(k2), out var third))
                    {
                        PostPart(token, first, token.Weight / 3f, second, third);
                        PostPart(token, second, token.Weight / 3f, first, third);
                        PostPart(token, third, token.Weight / 3f, first, second);
                    }
                }
            }
        }

        SplitParticle(token, SplitParticles);
    }

    /// <summary>A token that begins with one of <paramref name="particles"/> (and three letters more): the listed words
    /// near the rest count for it (<c>ALKURD</c> / <c>al Kurd</c>).</summary>
    /// <param name="token">A query token.</param>
    /// <param name="particles">The particles it may begin with.</param>
    /// <param name="restListed">True to split a particle off only where the rest is a listed word itself.</param>
    private void SplitParticle(in Tok token, string[] particles, bool restListed = false)
    {
        foreach (var particle in particles)
        {
            if (token.Text.Length - particle.Length >= 3 && token.Text.StartsWith(particle, StringComparison.Ordinal)
                && (!restListed || data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token.Text.AsSpan(particle.Length), out _)))
            {
                PostRest(token, particle.Length);
                break;
            }
        }
    }

    /// <summary>Posts the listed words near what follows the first <paramref name="start"/> letters of a token.</summary>
    private void PostRest(in Tok token, int start)
    {
        var rest = token.Text[start..];
        var restTok = new Tok(rest, PhoneticKey.Of(rest), TokenClass.Word, token.Weight, 0f, data.VocabularyByText.TryGetValue(rest, out var id) ? id : -1);
        PostNeighbours(restTok, token.Weight, deep: true);
    }

    /// <summary>
    /// A known query token that other names hold too, written with the Arabic article run into it (<c>ALOTAIBI</c>, four
    /// names; <c>AL-OTAIBI, Mohammad</c> was never among its candidates): the listed words near the rest count for it, as
    /// for a token the lists hold on at most <see cref="RareSplit"/> names, which is split every way (<see cref="Split"/>).
    /// Only where the rest is a listed word itself: a search for the words near the rest of every known word that
    /// begins so (<c>alexander</c>, <c>elena</c>) made a screen about a tenth dearer.
    /// </summary>
    private void SplitArticle(in Tok token) => SplitParticle(token, ArticleParticles, restListed: true);

    /// <summary>The Arabic article as lists write it joined to a name (<see cref="SplitArticle"/>).</summary>
    private static readonly string[] ArticleParticles = ["al", "el"];

    /// <summary>True for a listed word of two letters that a name may run into the word next to it (a word or a number,
    /// <c>iv</c>; a particle, <c>Hameedul</c>; a title, <c>DRCONGO</c>): not a legal form or a function word
    /// (<see cref="Split"/>; a part of two letters is credited only to the names that hold the other part too,
    /// <see cref="PostPart"/>, so the thousands of names that hold a particle are not).</summary>
    private bool TwoLetterWord(int vocab) => data.Vocabulary[vocab].Class is TokenClass.Word or TokenClass.Number or TokenClass.Particle or TokenClass.Title;

    /// <summary>The longest listed name word of four letters or more (and three letters short of the whole at least)
    /// that <paramref name="text"/> begins or ends with, and whether it begins with it; -1 when none.</summary>
    private (int Vocab, bool AtStart) LongestWordAtEitherEnd(string text)
    {
        var lookup = data.VocabularyByText.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var length = text.Length - 3; length >= 4; length--)
        {
            if (lookup.TryGetValue(text.AsSpan(0, length), out var prefix) && data.Vocabulary[prefix].Class is TokenClass.Word or TokenClass.Patronymic)
            {
                return (prefix, true);
            }

            if (lookup.TryGetValue(text.AsSpan(text.Length - length), out var suffix) && data.Vocabulary[suffix].Class is TokenClass.Word or TokenClass.Patronymic)
            {
                return (suffix, false);
            }
        }

        return (-1, false);
    }

    /// <summary>The shortest unknown token looked up as a listed word and a misspelt one written as one.</summary>
    private const int MinimumPartSplit = 8;

    /// <summary>The most names the listed part of such a token may be on: a common word (<c>alexandr</c> in
    /// <c>alexandrova</c>) would bring hundreds of names to every screen of the token, for a share of its weight.</summary>
    private const int MaxPartPostings = 100;

    /// <summary>Particles that lists write joined to the name they precede.</summary>
    private static readonly string[] SplitParticles = ["abdul", "abdel", "abdal", "abu", "abou", "al", "el", "ul", "bin", "ibn", "ben", "abd"];

    /// <summary>A known query token found on at most this many names is also tried split in two (a join the
    /// corpus holds once is as likely a join as a word).</summary>
    private const int RareSplit = 2;

    /// <summary>The most names an acronym of the query may bring in as candidates.</summary>
    private const int MaxAcronymNames = 200;

    /// <summary>An acronym that abbreviates at most this many names brings them all to full scoring.</summary>
    private const int MaxAcronymExtras = 8;
}
