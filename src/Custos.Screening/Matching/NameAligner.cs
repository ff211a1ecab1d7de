using System.Numerics;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Pairs the tokens of two names and scores the pairing. Pairs (one token with one, or two adjacent tokens written
/// as one with one) are chosen greedily by graded similarity times weight, order-free. Paired weight counts as
/// agreement in proportion to the graded similarity, the rest as disagreement; tokens left unpaired on both sides
/// are substitutions (a different name in the same place, counted in full up to the smaller side), and the
/// remaining unpaired tokens are extras (a missing middle name or patronymic), counted at <see cref="QueryExtraFactor"/>
/// or <see cref="ListExtraFactor"/>.
/// The name score is agreement / (agreement + disagreement + substitution + extras), scaled down when the agreement
/// is less than <see cref="InformationFloor"/>.
/// </summary>
internal static partial class NameAligner
{
    /// <summary>How much a query token with no counterpart counts against the match.</summary>
    public const float QueryExtraFactor = 0.4f;

    /// <summary>How much a list-name token with no counterpart counts: lists write full names (all given names,
    /// patronymics) that a customer record often shortens.</summary>
    public const float ListExtraFactor = 0.25f;

    /// <summary>How much a substitution counts: a different name in the same place is evidence of another person,
    /// stronger than a name merely left out.</summary>
    public const float SubstitutionFactor = 1.5f;

    /// <summary>The factor applied to the score for each name word replaced by another (on top of its weight).</summary>
    public const float SubstitutedNameFactor = 0.9f;

    /// <summary>The same for a person's name: a different given name, father's name or family name in the same place
    /// is another person, where an organisation's alias often replaces a word by its translation. Tuned on the odd rows
    /// of the public name pairs (0.9, 0.875, 0.85, 0.825, 0.8: F1 there 0.905, 0.912, 0.916, 0.916, 0.914; on the even rows, held out, 0.894 at 0.9 and 0.896 at 0.85).</summary>
    public const float PersonSubstitutedNameFactor = 0.85f;

    /// <summary>The factor applied to the score when an initial of one name conflicts with the other name (see
    /// <see cref="ConflictingInitial"/>).</summary>
    public const float ConflictingInitialFactor = 0.75f;

    /// <summary>A pair graded below this is a different name of similar letters (<c>Castro</c>/<c>Castillo</c>),
    /// counted as a substitution.</summary>
    public const float WeakPairGrade = 0.6f;

    private const int MaxTokens = 24;

    /// <summary>Tokens joined into one must come at least this near the other name's token to pair with it.</summary>
    private const float JoinedMinimum = 0.8f;

    [ThreadStatic]
    private static List<Pair>? pool;

    [ThreadStatic]
    private static Tok[]? joinedFor;

    [ThreadStatic]
    private static (string Text, string Key)?[]? joinedQuery;

    /// <summary>The query whose letter sets <see cref="queryLetters"/> holds (see <see cref="TokenSimilarity.BelowGrade"/>).</summary>
    [ThreadStatic]
    private static Tok[]? lettersFor;

    [ThreadStatic]
    private static TokenSimilarity.LetterSet[]? queryLetters;

    /// <summary>Whether the query of <see cref="lettersFor"/> holds a legal form or a generic word
    /// (<see cref="HoldsOrganisationWords"/>), worked out with its letter sets, once per query.</summary>
    [ThreadStatic]
    private static bool queryHoldsOrganisationWords;

    /// <summary>
    /// The identifying information a name match needs to count in full: about one token found on one name in a
    /// hundred. A match carried only by common tokens (a lone <c>Mohammed</c> or <c>John</c>, a legal form) is scaled
    /// down by the square of its share, so that it cannot reach a review threshold by itself. Only with corpus weights.
    /// </summary>
    public const float InformationFloor = 5.5f;

    /// <summary>
    /// The most an acronym of two letters weighs and tells, as a common name does (<see cref="TokenRarity.CommonNameCap"/>):
    /// two letters are the initials of hundreds of names, however rare the token is as a word (<c>TD Bank</c> met
    /// <c>TRO DANMARK</c> at 0.881, <c>GE Capital</c> <c>GRUPO EPTA</c> at 0.835, <c>HP Enterprise</c> <c>HOTEL
    /// PALACE</c>, all on the weight of the listed words).
    /// </summary>
    public const float TwoLetterAcronymCap = TokenRarity.CommonNameCap;

    /// <summary>What an acronym pair weighs (or tells): <paramref name="value"/>, at most
    /// <see cref="TwoLetterAcronymCap"/> for an acronym of two letters.</summary>
    /// <param name="letters">The acronym's letters.</param>
    /// <param name="value">The pair's weight (or information) by its tokens.</param>
    private static float OfAcronym(int letters, float value) => letters == 2 ? Math.Min(value, TwoLetterAcronymCap) : value;

    /// <summary>
    /// True when one of two tokens is two or three letters without a vowel and the other is not: outside a person's name,
    /// or in a query that holds a legal form or a generic word, such a token is an abbreviation (<c>DP World</c>,
    /// <c>BT Group</c>, <c>PLF</c>), not a word spelt without its vowels, and sounding like a word is no evidence
    /// (<c>dp</c> met <c>DOV</c> at 0.80, <c>bt</c> <c>WDO</c>, the listed <c>PLF</c> <c>Volvo</c> at 0.87). Latin names of
    /// organisations write their Arabic words with vowels; a word written in Arabic script is one spelt without them
    /// (<c>بنك ملت</c>, <c>bnk</c> ~ <c>BANK MELLAT</c>). Two such abbreviations that sound alike (<c>sg</c>, <c>zk</c>)
    /// still meet: leaving them out cost perturbations of listed names (transliteration 0.951 → 0.943).
    /// </summary>
    private static bool AbbreviationBySound(in Tok a, in Tok b) =>
        a.Vowelless != b.Vowelless && (a.Vowelless ? a.Text.Length : b.Text.Length) <= 3 && ((a.Variants | b.Variants) & Tok.Abjad) == 0;

    /// <summary>
    /// True when two tokens are both abbreviations (two or three letters without a vowel, <see cref="AbbreviationBySound"/>)
    /// that differ in more than one letter: abbreviations that sound alike meet when one letter is transliterated
    /// another way (<c>sg</c>, <c>zg</c>), but two letters of three are another abbreviation (<c>epk</c> met <c>IVK</c>
    /// at 0.86, <c>ipc</c> as well).
    /// </summary>
    private static bool AbbreviationsApart(in Tok a, in Tok b) =>
        a.Vowelless && b.Vowelless && a.Text.Length <= 3 && b.Text.Length <= 3 && ((a.Variants | b.Variants) & Tok.Abjad) == 0
        && TokenSimilarity.Distance(a.Text, b.Text, 2) > 1;

    /// <summary>True when a pair of tokens met by sound is an abbreviation against a word, or two abbreviations more than
    /// one letter apart (<see cref="AbbreviationBySound"/>, <see cref="AbbreviationsApart"/>): no pair where abbreviations
    /// are read as such, which a listed organisation's short words without vowels always are.</summary>
    /// <param name="query">The query's token.</param>
    /// <param name="listed">The list name's token.</param>
    internal static bool AbbreviationMetBySound(in Tok query, in Tok listed) => AbbreviationBySound(query, listed) || AbbreviationsApart(query, listed);

    /// <summary>
    /// True when short words without vowels are read as abbreviations in a pair of names, so that an abbreviation met by
    /// sound (<see cref="AbbreviationMetBySound"/>) is no pair: outside a person's name, and in a query that holds a legal
    /// form or a generic word (BT Group against PAT, a listed person's alias); a listed organisation's are abbreviations
    /// even when the query reads as a person's (FADICO S A, two initials beside a word, met LLC PTK APRIORI's ptk by sound
    /// at 0.84). The scoring and the candidate search both ask it.
    /// </summary>
    /// <param name="personal">True when the query or the list name is known to be a person's.</param>
    /// <param name="queryHoldsOrganisationWords">True when the query holds a legal form or a generic word.</param>
    /// <param name="listedAsOrganisation">True when the list name is an organisation's, a vessel's or an aircraft's.</param>
    /// <param name="listedVowelless">True when the list name's token is written without vowels.</param>
    internal static bool AbbreviationsRead(bool personal, bool queryHoldsOrganisationWords, bool listedAsOrganisation, bool listedVowelless) =>
        !personal || queryHoldsOrganisationWords || (listedAsOrganisation && listedVowelless);

    /// <summary>True when a name holds a legal form or a generic organisation word (<c>Group</c>, <c>Trading</c>).</summary>
    internal static bool HoldsOrganisationWords(Tok[] tokens, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (tokens[i].Class is TokenClass.LegalForm or TokenClass.Generic)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The letters of the acronym of an acronym pair: its one token on either side.</summary>
    private static int AcronymLength(Tok[] q, Tok[] c, in Pair pair) =>
        ulong.IsPow2(pair.QMask) ? q[BitOperations.TrailingZeroCount(pair.QMask)].Text.Length : c[BitOperations.TrailingZeroCount(pair.CMask)].Text.Length;

    /// <param name="q">The query's tokens.</param>
    /// <param name="c">The list name's tokens.</param>
    /// <param name="cache">Token similarities already worked out for this query, or null.</param>
    /// <param name="details">Receives the pairs and unpaired tokens, or null.</param>
    /// <param name="corpusWeights">True when the weights come from a corpus (the information floor applies).</param>
    /// <param name="personal">True when either name is known to be a person's: only short vowelless tokens
    /// (<c>JC</c>) may then be acronyms.</param>
    /// <param name="listedAsOrganisation">True when the list name is an organisation's, a vessel's or an aircraft's: its short
    /// vowelless tokens are abbreviations (<see cref="AbbreviationBySound"/>) however personal the query reads.</param>
    /// <param name="listJoined">The list name's adjacent tokens written as one, worked out when the index was built
    /// (<see cref="JoinedOf"/>), or null to work them out here.</param>
    /// <param name="listLetters">The letter sets of the list name's tokens, in their order (<see cref="IndexData.LettersOf"/>),
    /// or null to work them out here.</param>
    public static float Score(Tok[] q, Tok[] c, SimilarityCache? cache, List<TokenAlignment>? details, bool corpusWeights = true, bool personal = false,
        bool listedAsOrganisation = false, (string Text, string Key)?[]? listJoined = null, TokenSimilarity.LetterSet[]? listLetters = null)
    {
        var n = Math.Min(q.Length, MaxTokens);
        var m = Math.Min(c.Length, MaxTokens);
        if (n == 0 || m == 0)
        {
            return 0f;
        }

        var pairs = pool ??= new List<Pair>(64);
        pairs.Clear();

        // Most tokens of a candidate name are far from most query tokens: their character sets say so without comparing
        // them (a pair graded 0 is no pair). The query's sets are worked out once per query, the name's once per index
        // (or here, for a name of no index).
        if (!ReferenceEquals(lettersFor, q))
        {
            lettersFor = q;
            if (queryLetters is null || queryLetters.Length < n)
            {
                queryLetters = new TokenSimilarity.LetterSet[Math.Max(n, 16)];
            }

            for (var i = 0; i < n; i++)
            {
                queryLetters[i] = TokenSimilarity.LetterSet.Of(q[i]);
            }

            queryHoldsOrganisationWords = HoldsOrganisationWords(q, n);
        }

        var qLetters = queryLetters!;
        Span<TokenSimilarity.LetterSet> cLetters = listLetters is null ? stackalloc TokenSimilarity.LetterSet[m] : listLetters;
        if (listLetters is null)
        {
            for (var j = 0; j < m; j++)
            {
                cLetters[j] = TokenSimilarity.LetterSet.Of(c[j]);
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (TokenSimilarity.BelowGrade(q[i], qLetters[i], c[j], cLetters[j]))
                {
                    continue;
                }

                var (similarity, kind) = cache is null ? TokenSimilarity.Compare(q[i], c[j]) : cache.Get(i, q[i], c[j]);
                var graded = TokenSimilarity.Graded(similarity);
                if (graded > 0f && !(kind == AlignmentKind.Phonetic && AbbreviationsRead(personal, queryHoldsOrganisationWords, listedAsOrganisation, c[j].Vowelless)
                    && AbbreviationMetBySound(q[i], c[j])))
                {
                    pairs.Add(new Pair(1UL << i, 1UL << j, similarity, graded, graded * (q[i].Weight + c[j].Weight) / 2f, kind));
                }
            }
        }

        if (!ReferenceEquals(joinedFor, q))
        {
            joinedFor = q;
            joinedQuery = new (string, string)?[2 * n];
        }

        AddJoined(q, n, c, m, pairs, queryJoined: true, joinedQuery, shared: false);
        AddWrittenAsOne(q, n, c, m, pairs);
        AddJoined(c, m, q, n, pairs, queryJoined: false, listJoined, shared: true);
        AddAcronyms(q, n, c, m, pairs, queryAcronym: true, personal, minimumLength: 2);
        AddAcronyms(c, m, q, n, pairs, queryAcronym: false, personal, minimumLength: Acronyms.MinimumListed);
        if (!personal)
        {
            AddSyllables(q, n, c, m, pairs, queryWord: true);
            AddSyllables(c, m, q, n, pairs, queryWord: false);
        }
        pairs.Sort(static (a, b) => b.Value.CompareTo(a.Value));

        // Pairs are chosen greedily, and a pair of several tokens can take tokens that pair better one by one: in
        // PETROPARS UK LIMITED against itself, petropars + uk written as one (0.82, on the weight of both) came before
        // petropars ~ petropars and uk ~ uk and left the list's uk unpaired (0.767). When a choice includes such a pair,
        // the choice among single tokens only is scored too, and the better alignment counts.
        var (score, severalTokens) = Choose(q, n, c, m, pairs, severalTokens: true, null, corpusWeights, personal);
        var withSeveral = true;
        if (severalTokens)
        {
            var (single, _) = Choose(q, n, c, m, pairs, severalTokens: false, null, corpusWeights, personal);
            if (single > score)
            {
                (score, withSeveral) = (single, false);
            }
        }

        if (details is not null)
        {
            Choose(q, n, c, m, pairs, withSeveral, details, corpusWeights, personal);
        }

        return score;
    }

    /// <summary>Chooses pairs greedily from <paramref name="pairs"/> (best value first) and scores the alignment.</summary>
    /// <param name="q">The query's tokens.</param>
    /// <param name="n">How many of them are aligned.</param>
    /// <param name="c">The list name's tokens.</param>
    /// <param name="m">How many of them are aligned.</param>
    /// <param name="pairs">The candidate pairs, best value first.</param>
    /// <param name="severalTokens">False to leave out the pairs of several tokens (joined, acronyms).</param>
    /// <param name="details">Receives the pairs chosen and the unpaired tokens, or null.</param>
    /// <param name="corpusWeights">True when the weights come from a corpus (the information floor applies).</param>
    /// <param name="personal">True when either name is known to be a person's.</param>
    /// <returns>The score, and whether a pair of several tokens was chosen.</returns>
    private static (float Score, bool SeveralTokens) Choose(Tok[] q, int n, Tok[] c, int m, List<Pair> pairs, bool severalTokens,
        List<TokenAlignment>? details, bool corpusWeights, bool personal)
    {
        var fathersQ = Fathers(q, n);
        var fathersC = Fathers(c, m);
        var compareRoles = fathersQ != 0 && fathersC != 0;
        ulong usedQ = 0, usedC = 0;
        float agreement = 0f, disagreement = 0f, information = 0f;
        var weakPairs = 0;
        var chosenSeveral = false;
        foreach (var pair in pairs)
        {
            if ((pair.QMask & usedQ) != 0 || (pair.CMask & usedC) != 0)
            {
                continue;
            }

            var several = !ulong.IsPow2(pair.QMask) || !ulong.IsPow2(pair.CMask);
            if (several && !severalTokens)
            {
                continue;
            }

            chosenSeveral |= several;
            usedQ |= pair.QMask;
            usedC |= pair.CMask;
            var weight = (WeightOf(q, pair.QMask) + WeightOf(c, pair.CMask)) / 2f;
            var acronym = pair.Kind == AlignmentKind.Acronym;
            var acronymLength = acronym ? AcronymLength(q, c, pair) : 0;
            weight = acronym ? OfAcronym(acronymLength, weight) : weight;

            // "X bin Y" names Y as X's father: the same name as the person in one and as the father in the other
            // is a different person (Mohammed bin Salman, Salman bin Mohammed), so such a pair counts half.
            var graded = compareRoles && ((pair.QMask & fathersQ) != 0) != ((pair.CMask & fathersC) != 0) ? pair.Graded / 2f : pair.Graded;
            agreement += graded * weight;
            disagreement += (1f - graded) * weight;
            // A person's initials (JC for Jean-Claude) say little about who it is: they carry no information. A pair
            // tells no more than its commoner side: a common name meeting a rare spelling (SALEH, and SL, Shining Path's
            // initials) is still a common name. An organisation's acronym stands for its words: the two sides' mean.
            information += !acronym ? graded * Math.Min(InformationOf(q, pair.QMask), InformationOf(c, pair.CMask))
                : personal ? 0f : graded * OfAcronym(acronymLength, (InformationOf(q, pair.QMask) + InformationOf(c, pair.CMask)) / 2f);
            weakPairs += graded < WeakPairGrade && pair.Kind != AlignmentKind.Initial ? 1 : 0;
            details?.Add(new TokenAlignment(TextOf(q, pair.QMask), TextOf(c, pair.CMask), pair.Kind, Math.Round(pair.Similarity, 3), Math.Round(weight, 2)));
        }

        var (fullQ, extraQ, patronymicQ) = Unpaired(q, n, usedQ, details, query: true);
        var (fullC, extraC, patronymicC) = Unpaired(c, m, usedC, details, query: false);

        // A patronymic left over where the other name leaves a name that is none (DROZDOV, Alexander Sergeyevich /
        // Alexander Ahmad Drozdov: a second given name, which a record with no patronymic writes there) is not weighed
        // as a substitution, only as a patronymic left out; the other name in its place still lowers the score (the
        // substituted names below). Against another patronymic it is another father, in full.
        var patronymicsBoth = patronymicQ > 0f && patronymicC > 0f;
        fullQ -= patronymicsBoth ? 0f : patronymicQ;
        fullC -= patronymicsBoth ? 0f : patronymicC;

        // Tokens left on both sides stand in each other's place (a different patronymic, another clan name): that
        // much counts in full. What is left over on one side is extra, at its reduced weight.
        var substitution = Math.Min(fullQ, fullC);
        var extras = (QueryExtraFactor * extraQ * (1f - (substitution / Math.Max(fullQ, 1e-6f))))
            + (ListExtraFactor * extraC * (1f - (substitution / Math.Max(fullC, 1e-6f))));
        var denominator = agreement + disagreement + (SubstitutionFactor * substitution) + extras;
        var substituted = Math.Min(Names(q, n, usedQ), Names(c, m, usedC)) + weakPairs;
        if (agreement <= 0f)
        {
            return (0f, chosenSeveral);
        }

        // Each name replaced by another in the same place is evidence of another person, however long the names; an
        // initial that stands where the other name has another initial or a name it does not start (William G. /
        // William W., Hans O. / Hans Joachim) says so outright.
        var score = agreement / denominator * MathF.Pow(personal ? PersonSubstitutedNameFactor : SubstitutedNameFactor, substituted);
        if (ConflictingInitial(q, n, usedQ, c, m, usedC) || ConflictingInitial(c, m, usedC, q, n, usedQ))
        {
            score *= ConflictingInitialFactor;
        }

        var share = information / InformationFloor;
        return (corpusWeights && share < 1f ? score * share * share : score, chosenSeveral);
    }

    /// <summary>How much an unpaired token of a class counts (patronymics and initials are often left out).</summary>
    public static float ExtraWeightOf(in Tok token) => token.Class switch
    {
        TokenClass.Patronymic => 0.25f * token.Weight,
        TokenClass.Initial => 0.5f * token.Weight,
        TokenClass.Title => 0f,
        _ => token.Weight,
    };

    /// <returns>The weight of the unpaired tokens in full, as extras, and in full of the patronymics among them.</returns>
    private static (float Full, float Extra, float Patronymic) Unpaired(Tok[] tokens, int count, ulong used, List<TokenAlignment>? details, bool query)
    {
        var full = 0f;
        var total = 0f;
        var patronymic = 0f;
        for (var i = 0; i < count; i++)
        {
            if ((used & (1UL << i)) != 0)
            {
                continue;
            }

            var weight = ExtraWeightOf(tokens[i]);
            total += weight;
            full += tokens[i].Class == TokenClass.Title ? 0f : IsKunya(tokens, count, i) ? Math.Max(tokens[i].Weight, KunyaWeight) : tokens[i].Weight;
            patronymic += tokens[i].Class == TokenClass.Patronymic ? tokens[i].Weight : 0f;
            details?.Add(query
                ? new TokenAlignment(tokens[i].Text, null, AlignmentKind.QueryOnly, 0, Math.Round(weight, 2))
                : new TokenAlignment(null, tokens[i].Text, AlignmentKind.ListOnly, 0, Math.Round(weight, 2)));
        }

        return (full, total, patronymic);
    }

    /// <summary>The tokens that follow <c>bin</c>, <c>ibn</c>, <c>ben</c>, <c>bint</c> or <c>ould</c> (a father's name).</summary>
    private static ulong Fathers(Tok[] tokens, int count)
    {
        ulong fathers = 0;
        for (var i = 1; i < count; i++)
        {
            if (tokens[i - 1].Text is "bin" or "ibn" or "ben" or "bint" or "binti" or "ould" or "bn" or "abn" or "bnt")
            {
                fathers |= 1UL << i;
            }
        }

        return fathers;
    }

    /// <summary>True when an initial of one name is left unpaired while the other name leaves an initial or a name word
    /// unpaired: the initial was paired with nothing it could stand for.</summary>
    private static bool ConflictingInitial(Tok[] a, int aCount, ulong aUsed, Tok[] b, int bCount, ulong bUsed)
    {
        for (var i = 0; i < aCount; i++)
        {
            if ((aUsed & (1UL << i)) != 0 || a[i].Class != TokenClass.Initial)
            {
                continue;
            }

            for (var j = 0; j < bCount; j++)
            {
                if ((bUsed & (1UL << j)) == 0 && b[j].Class is TokenClass.Initial or TokenClass.Word && b[j].Text[0] != a[i].Text[0])
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What an unpaired <c>Abu</c> or <c>Umm</c> that begins a kunya counts for where a name of the other side
    /// stands in its place: a name's worth, not a particle's (<see cref="IsKunya"/>).</summary>
    private const float KunyaWeight = TokenRarity.CommonNameCap;

    /// <summary>
    /// True when the token is <c>Abu</c> or <c>Umm</c> (father, mother of) before another word: a kunya, a name of its own
    /// (<c>Abu al-Ward</c>), not a particle a name may leave out. Another given name in its place is another person:
    /// as a particle of weight 0.7, <c>William Ward</c> met <c>Abu Al-Ward</c> at 0.778 and <c>David Dara</c> met
    /// <c>DAR'A, Abu</c> at 0.772.
    /// </summary>
    private static bool IsKunya(Tok[] tokens, int count, int i) =>
        tokens[i].Class == TokenClass.Particle && i + 1 < count && tokens[i].Text is "abu" or "abou" or "abo" or "umm" or "um";

    /// <summary>How many unpaired tokens are name words (not particles, initials, titles, legal forms or numbers; a kunya's
    /// <c>Abu</c> is one, <see cref="IsKunya"/>).</summary>
    private static int Names(Tok[] tokens, int count, ulong used)
    {
        var names = 0;
        for (var i = 0; i < count; i++)
        {
            if ((used & (1UL << i)) == 0 && (tokens[i].Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic || IsKunya(tokens, count, i)))
            {
                names++;
            }
        }

        return names;
    }

    private static float InformationOf(Tok[] tokens, ulong mask)
    {
        var total = 0f;
        for (var i = 0; i < tokens.Length && i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                total += tokens[i].Information;
            }
        }

        return total;
    }

    private static float WeightOf(Tok[] tokens, ulong mask)
    {
        var total = 0f;
        for (var i = 0; i < tokens.Length && i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                total += tokens[i].Weight;
            }
        }

        return total;
    }

    private static string TextOf(Tok[] tokens, ulong mask)
    {
        var parts = new List<string>(2);
        for (var i = 0; i < tokens.Length && i < 64; i++)
        {
            if ((mask & (1UL << i)) != 0)
            {
                parts.Add(tokens[i].Text);
            }
        }

        return string.Join(' ', parts);
    }

    private readonly record struct Pair(ulong QMask, ulong CMask, float Similarity, float Graded, float Value, AlignmentKind Kind);
}
