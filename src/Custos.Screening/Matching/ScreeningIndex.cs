using System.Collections.Concurrent;
using Custos.Screening.Lists;
using Custos.Screening.Text;
using Custos.Screening.Wallets;

namespace Custos.Screening.Matching;

/// <summary>
/// An immutable screening index over one or more list snapshots: every name normalised into weighted tokens, an
/// inverted index from tokens, phonetic keys and their one-deletion neighbours to names, token rarity from the
/// corpus, and the digital currency addresses. Reads are thread-safe; build a new index for a new list version.
/// </summary>
public sealed class ScreeningIndex
{
    private readonly IndexData data;

    private ScreeningIndex(IReadOnlyList<ListSnapshot> snapshots, IndexData data, ScreeningOptions options)
    {
        Snapshots = snapshots;
        this.data = data;
        Options = options;
    }

    /// <summary>The snapshots indexed, in the order given.</summary>
    public IReadOnlyList<ListSnapshot> Snapshots { get; }

    /// <summary>The options in force.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>How many entries are indexed.</summary>
    public int EntryCount => data.Entries.Length;

    /// <summary>How many distinct normalised names are indexed.</summary>
    public int NameCount => data.NameTokens.Length;

    /// <summary>Builds an index over the entries of <paramref name="snapshots"/>.</summary>
    /// <param name="snapshots">The list snapshots.</param>
    /// <param name="options">Options; <see cref="ScreeningOptions.Default"/> when null.</param>
    public static ScreeningIndex Build(IEnumerable<ListSnapshot> snapshots, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var list = snapshots.ToList();
        return new ScreeningIndex(list, IndexBuilder.Build(list), options ?? ScreeningOptions.Default);
    }

    /// <summary>An index over arrays read back from a stored index (<see cref="ScreeningIndexFile"/>).</summary>
    internal static ScreeningIndex FromData(IReadOnlyList<ListSnapshot> snapshots, IndexData data, ScreeningOptions options) => new(snapshots, data, options);

    /// <summary>Screens a name (with what else is known) and returns the best hits, at most
    /// <see cref="ScreeningOptions.MaxHits"/>, best first, each with its score and explanation.</summary>
    /// <param name="query">The query.</param>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query) => Screen(query, Options.MaxHits);

    /// <summary>Screens a name and returns at most <paramref name="maxHits"/> hits, best first.</summary>
    /// <param name="query">The query.</param>
    /// <param name="maxHits">The most hits to return.</param>
    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int maxHits) => Screen(query, maxHits, excludedName: -1);

    /// <summary>
    /// Works out the neighbours of every word the lists hold, as a query in Latin letters would look them up, and keeps
    /// them: afterwards a screen searches only for its words the lists do not hold. Optional (a screen works them out as
    /// it meets them, with the same result); worth it for a long-running screener that answers one query at a time, not
    /// for a batch (Custos's own commands screen batches and do not call it). On the full corpus: about 29,000 words,
    /// half a second on two cores, about 35 MB kept.
    /// </summary>
    /// <param name="threads">How many threads work on it (by default one per core).</param>
    /// <param name="cancellationToken">Stops the work; what was worked out is kept.</param>
    /// <returns>How many words were worked out.</returns>
    public int WarmUp(int? threads = null, CancellationToken cancellationToken = default)
    {
        var parts = Math.Max(1, threads ?? Environment.ProcessorCount);
        var counts = new int[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts, CancellationToken = cancellationToken },
            part => counts[part] = CandidateSearch.For(data).WarmUp(part, parts, cancellationToken));
        return counts.Sum();
    }

    /// <summary>Scores two names against each other with this index's token rarity.</summary>
    /// <param name="name1">The first name (the query side).</param>
    /// <param name="name2">The second name (the list side).</param>
    /// <param name="schema">What the names designate, as the evaluation sets write it (<c>Person</c>, <c>Organization</c>,
    /// <c>Company</c>, <c>LegalEntity</c>, <c>Vessel</c> …); null or unknown for any.</param>
    public NameMatch ScorePair(string name1, string name2, string? schema = null)
    {
        ArgumentNullException.ThrowIfNull(name1);
        ArgumentNullException.ThrowIfNull(name2);
        var kind = KindOfSchema(schema);
        var readings1 = ReadingsOf(name1, kind);
        var readings2 = ReadingsOf(name2, kind);
        NameMatch? best = null;
        foreach (var (foreign1, tokens1) in readings1)
        {
            foreach (var (foreign2, tokens2) in readings2)
            {
                var match = ScoreReadings(name1, tokens1, foreign1, name2, tokens2, foreign2, kind == EntityKind.Person);
                if (best is null || match.Score > best.Score)
                {
                    best = match;
                }
            }
        }

        return best!;
    }

    /// <summary>The tokens of a name as given and, for a name in Cyrillic, of its reading as Russian writes a name of
    /// another language (<see cref="CyrillicForeignReading"/>), each normalised once; <c>Foreign</c> marks the second.</summary>
    private (bool Foreign, Tok[] Tokens)[] ReadingsOf(string name, EntityKind kind)
    {
        var given = Tokens(NameNormalizer.Normalize(name, kind));
        return CyrillicForeignReading.Of(name) is { } foreign ? [(false, given), (true, Tokens(NameNormalizer.Normalize(foreign, kind)))] : [(false, given)];
    }

    /// <summary>Scores one reading of each of two names (<see cref="ScorePair"/>).</summary>
    private NameMatch ScoreReadings(string name1, Tok[] query, bool foreign1, string name2, Tok[] other, bool foreign2, bool person)
    {
        // Two names alone say nothing of the country they are of: where one has words that may be another
        // transliteration of Cyrillic (Tok.Cyrillic), the other may be the Cyrillic name the lists' way.
        (query, other) = (MayBeCyrillic(query, other), MayBeCyrillic(other, query));
        var details = new List<TokenAlignment>();
        var score = (double)NameAligner.Score(query, other, null, details, data.Rarity.HasCorpus, person);
        var read = (foreign1, foreign2) switch
        {
            (false, false) => null,
            (true, false) => CyrillicForeignReading.Description + " (the first name)",
            (false, true) => CyrillicForeignReading.Description + " (the second name)",
            _ => CyrillicForeignReading.Description + " (both names)",
        };
        var explanation = new MatchExplanation(name1, Display(query), name2, Display(other), details, Math.Round(score, 4), [], Math.Round(score, 4)) { Reading = read };
        return new NameMatch(score, score >= Options.ReviewThreshold, explanation);
    }

    /// <summary>The tokens with every name word marked as one that may be compared with respellings of Cyrillic
    /// (<see cref="Tok.Cyrillic"/>), as a listed word of a country that writes Cyrillic is, when the other name has a word
    /// with respellings; otherwise as they are.</summary>
    private static Tok[] MayBeCyrillic(Tok[] tokens, Tok[] otherName)
    {
        if (!otherName.Any(t => (t.Variants & Tok.Cyrillic) != 0))
        {
            return tokens;
        }

        tokens = [.. tokens];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Class is TokenClass.Word or TokenClass.Patronymic && !tokens[i].Syllabic && tokens[i].Script == 0)
            {
                tokens[i] = tokens[i].WithVariants((byte)(tokens[i].Variants | Tok.Cyrillic));
            }
        }

        return tokens;
    }

    /// <summary>The listed entries holding <paramref name="address"/>, compared under its format's case rules
    /// (see <see cref="WalletAddressFormat"/>); empty when none.</summary>
    /// <param name="address">A digital currency address.</param>
    public IReadOnlyList<WalletHit> FindWallet(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return data.Wallets.TryGetValue(WalletAddressFormat.Canonical(address), out var hits) ? hits : [];
    }

    /// <summary>The entity kind a schema name of the evaluation sets (FollowTheMoney) stands for.</summary>
    /// <param name="schema">A schema name.</param>
    public static EntityKind KindOfSchema(string? schema) => schema switch
    {
        "Person" => EntityKind.Person,
        "Organization" or "Company" or "PublicBody" => EntityKind.Organization,
        "Vessel" => EntityKind.Vessel,
        "Airplane" or "Aircraft" => EntityKind.Aircraft,
        _ => EntityKind.Unknown,
    };

    /// <summary>
    /// Finds a name's candidates and scores their names (the first half of <see cref="Screen(ScreeningQuery, int)"/>),
    /// to be finished for each query of that name by <see cref="Screen(NameCandidates, ScreeningQuery, int)"/>.
    /// </summary>
    /// <param name="name">The name, as a query would give it.</param>
    /// <param name="kind">What the name designates, as a query would give it.</param>
    public NameCandidates FindCandidates(string name, EntityKind kind = EntityKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(name, kind, excludedName: -1);
    }

    /// <summary>
    /// Screens <paramref name="query"/> from its name's candidates found before: the same hits, scores and order as
    /// <see cref="Screen(ScreeningQuery, int)"/> gives for it.
    /// </summary>
    /// <param name="candidates">The candidates of the query's name, found by this index.</param>
    /// <param name="query">The query; its name and kind must be those the candidates were found for.</param>
    /// <param name="maxHits">The most hits to return.</param>
    /// <exception cref="ArgumentException">The candidates are of another index, name or kind.</exception>
    public IReadOnlyList<ScreeningHit> Screen(NameCandidates candidates, ScreeningQuery query, int maxHits)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHits);
        if (!ReferenceEquals(candidates.Index, this) || !string.Equals(candidates.Name, query.Name, StringComparison.Ordinal) || candidates.Kind != query.Kind)
        {
            throw new ArgumentException("The candidates were found by another index, or for another name or kind than the query's.", nameof(candidates));
        }

        return Rank(candidates, query, maxHits);
    }

    /// <summary>Screens with one indexed name left out (leave-one-out evaluation of alias recall).</summary>
    internal IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, int maxHits, int excludedName)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHits);
        return Rank(Find(query.Name, query.Kind, excludedName), query, maxHits);
    }

    /// <summary>The candidates of a name and the best name score of each candidate entry: of the name as given, and of a
    /// name in Cyrillic also as Russian writes a name of another language (<see cref="CyrillicForeignReading"/>), each entry
    /// with the better of the two.</summary>
    private NameCandidates Find(string name, EntityKind kind, int excludedName)
    {
        var normalized = NameNormalizer.Normalize(name, kind);
        var tokens = Tokens(normalized);
        if (tokens.Length == 0)
        {
            return new NameCandidates(this, name, kind, [(normalized, tokens)], []);
        }

        var best = CandidateSearch.For(data).BestPerEntry;
        best.Clear();
        ScoreCandidates(tokens, kind, excludedName, reading: 0);
        (NormalizedName, Tok[])[] readings = [(normalized, tokens)];
        if (CyrillicForeignReading.Of(name) is { } foreign)
        {
            var foreignNormalized = NameNormalizer.Normalize(foreign, kind);
            var foreignTokens = Tokens(foreignNormalized);
            if (foreignTokens.Length > 0 && !string.Equals(foreignNormalized.Display, normalized.Display, StringComparison.Ordinal))
            {
                readings = [(normalized, tokens), (foreignNormalized, foreignTokens)];
                ScoreCandidates(foreignTokens, kind, excludedName, reading: 1);
            }
        }

        var found = new (int Entry, int Name, double NameScore, byte Reading)[best.Count];
        var i = 0;
        foreach (var (entry, (nameScore, candidate, reading)) in best)
        {
            found[i++] = (entry, candidate, nameScore, reading);
        }

        return new NameCandidates(this, name, kind, readings, found);
    }

    /// <summary>Finds and scores the candidates of one reading of a name, keeping each entry's best name in
    /// <see cref="CandidateSearch.BestPerEntry"/> (an earlier reading's score is kept on a tie).</summary>
    private void ScoreCandidates(Tok[] tokens, EntityKind kind, int excludedName, byte reading)
    {
        var cache = SimilarityCache.Begin();
        var search = CandidateSearch.For(data);
        var personal = QueryIsPersonal(kind, tokens);
        var candidates = search.Find(tokens, cache, Options.CandidateLimit, excludedName, personal);
        var best = search.BestPerEntry;
        data.Touch(candidates);
        foreach (var candidate in candidates)
        {
            var nameScore = (double)NameAligner.Score(tokens, data.NameTokens[candidate], cache, null, data.Rarity.HasCorpus, personal || ListedAsPerson(candidate),
                ListedAsOrganisation(candidate), data.JoinedOf(candidate), data.LettersOf(candidate));
            if (data.NameSource[candidate].Strength == NameStrength.Weak)
            {
                nameScore -= EvidenceScorer.WeakAliasPenaltyOf(NameWords(candidate));
            }

            var entry = data.NameEntry[candidate];
            if (!best.TryGetValue(entry, out var current) || nameScore > current.NameScore)
            {
                best[entry] = (nameScore, candidate, reading);
            }
        }
    }

    /// <summary>Weighs the query's facts for each candidate entry and returns the best hits (the second half of a screen).</summary>
    private List<ScreeningHit> Rank(NameCandidates found, ScreeningQuery query, int maxHits)
    {
        if (found.Readings[0].Tokens.Length == 0)
        {
            return [];
        }

        var queryCountry = query.Country is { Length: > 0 } country ? CountryNames.Normalize(country) : null;
        var scored = CandidateSearch.For(data).Scored;
        scored.Clear();
        foreach (var (entry, name, nameScore, reading) in found.Best)
        {
            var source = data.NameSource[name];
            var nameWords = NameWords(name);
            var raw = source.Strength == NameStrength.Weak ? nameScore + EvidenceScorer.WeakAliasPenaltyOf(nameWords) : nameScore;
            var score = EvidenceScorer.Apply(query, queryCountry, data.Entries[entry], data.EntryCountries[entry], source, raw, null, nameWords);
            if (score >= Options.MinimumScore)
            {
                scored.Add((score, entry, name, reading));
            }
        }

        scored.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entry.CompareTo(b.Entry));
        var hits = new List<ScreeningHit>(Math.Min(maxHits, scored.Count));
        for (var i = 0; i < scored.Count && i < maxHits; i++)
        {
            var (score, entry, name, reading) = scored[i];
            var (normalized, tokens) = found.Readings[reading];
            hits.Add(new ScreeningHit(data.Entries[entry], data.NameSource[name], score, score >= Options.ReviewThreshold,
                () => Explain(query, queryCountry, normalized, tokens, entry, name) with { Reading = reading == 0 ? null : CyrillicForeignReading.Description }));
        }

        return hits;
    }

    /// <summary>The indexed names of an entry (for evaluation: which name id an alias has).</summary>
    internal IEnumerable<(int Name, ListName Source)> NamesOf(ListEntry entry)
    {
        for (var n = 0; n < data.NameEntry.Length; n++)
        {
            if (ReferenceEquals(data.Entries[data.NameEntry[n]], entry))
            {
                yield return (n, data.NameSource[n]);
            }
        }
    }

    private MatchExplanation Explain(ScreeningQuery query, string? queryCountry, NormalizedName normalized, Tok[] tokens, int entry, int name)
    {
        var details = new List<TokenAlignment>();
        var personal = QueryIsPersonal(query.Kind, tokens) || ListedAsPerson(name);
        var nameScore = NameAligner.Score(tokens, data.NameTokens[name], null, details, data.Rarity.HasCorpus, personal, ListedAsOrganisation(name), data.JoinedOf(name), data.LettersOf(name));
        var evidence = new List<EvidenceItem>();
        var source = data.NameSource[name];
        var score = EvidenceScorer.Apply(query, queryCountry, data.Entries[entry], data.EntryCountries[entry], source, nameScore, evidence, NameWords(name));
        return new MatchExplanation(query.Name, normalized.Display, source.Text, Display(data.NameTokens[name]), details,
            Math.Round(nameScore, 4), evidence, Math.Round(score, 4));
    }

    /// <summary>How many name words (words, patronymics, generic words) a list name has.</summary>
    private int NameWords(int name)
    {
        var words = 0;
        foreach (var token in data.NameTokens[name])
        {
            words += token.Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic ? 1 : 0;
        }

        return words;
    }

    /// <summary>True when the entry of the list name is a person (acronyms are then only initials).</summary>
    private bool ListedAsPerson(int name) => data.NameKinds[name] == EntityKind.Person;

    /// <summary>True when the entry of the list name is an organisation, a vessel or an aircraft (its short words without
    /// vowels are abbreviations, <see cref="NameAligner"/>).</summary>
    private bool ListedAsOrganisation(int name) => IndexData.IsOrganisation(data.NameKinds[name]);

    /// <summary>True when the query is a person's, by its stated kind or as it reads (<see cref="LooksPersonal"/>).</summary>
    private static bool QueryIsPersonal(EntityKind kind, Tok[] tokens) => kind == EntityKind.Person || LooksPersonal(tokens);

    /// <summary>
    /// True when a query of no stated kind reads as a person's name: one or two initials beside name words, and no legal
    /// form, generic word or number (<c>J. HE</c>, <c>K. JO</c>). Its short words are then no acronyms, as for a person's
    /// (<c>he</c> read as the initials of HIZBALLAH ESO scored 0.903). Three single letters or more are rather an
    /// organisation's initials written apart (<c>I A C</c>). So does a name that reads as a Korean person's (every word
    /// Korean syllables, a Korean surname among them, <see cref="Tok.Korean"/>): <c>Kim Kyok Sik</c> is no organisation
    /// whose acronym is <c>sik</c> (it met Supporters of Islam in Kurdistan at 0.753).
    /// </summary>
    internal static bool LooksPersonal(Tok[] tokens)
    {
        var initials = 0;
        var words = 0;
        var korean = 0;
        foreach (var token in tokens)
        {
            switch (token.Class)
            {
                case TokenClass.Initial:
                    initials++;
                    break;
                case TokenClass.Word or TokenClass.Patronymic:
                    words++;
                    korean += (token.Variants & Tok.Korean) != 0 && !KoreanReadings.NamesKorea(token.Text) ? 1 : 0;
                    break;
                case TokenClass.LegalForm or TokenClass.Generic or TokenClass.Number:
                    return false;
            }
        }

        return (initials is 1 or 2 && words > 0) || (initials == 0 && words >= 2 && korean == words);
    }

    /// <summary>The index's arrays (for the bench's profile).</summary>
    internal IndexData Data => data;

    /// <summary>A normalised name as weighted tokens (for the bench's profile).</summary>
    internal Tok[] TokensOf(NormalizedName name) => Tokens(name);

    private Tok[] Tokens(NormalizedName name)
    {
        var count = name.Tokens.Count;
        Span<int> ids = count <= 32 ? stackalloc int[count] : new int[count];
        Span<byte> kinds = count <= 32 ? stackalloc byte[count] : new byte[count];

        // Romanisations of Mandarin are compared only in a name all of whose words are Mandarin syllables: in a Korean
        // or Western name a word that happens to split into syllables (Ji in Eun Ji Song) is not read as Wade-Giles.
        // A vocabulary word knows which variant kinds it may have; any other word's are worked out once and remembered.
        var allMandarin = true;
        var korean = false;
        for (var i = 0; i < count; i++)
        {
            var token = name.Tokens[i];
            ids[i] = data.VocabularyByText.TryGetValue(token.Text, out var known) ? known : -1;

            // The variant kinds are the query word's own, whether or not the lists hold it: whether it is an abjad
            // spelling (a Latin query may write a word a list writes in Arabic script), and whether it splits into
            // Korean syllables (a listed word keeps that mark only where a Korean name holds it, IndexBuilder; eun in Kim
            // Jeong-eun is Korean whichever names hold it).
            // A word transliterated from Han, kana or Hangul is no European transliteration of Cyrillic (俊: jun).
            kinds[i] = (byte)(VariantsOfWord(token.Text) | (token.Abjad ? Tok.Abjad : 0));
            if (token.Syllabic || token.Script != 0)
            {
                kinds[i] = (byte)(kinds[i] & ~Tok.Cyrillic);
            }

            korean |= (kinds[i] & Tok.Korean) != 0;
            allMandarin &= token.Class != TokenClass.Word || (kinds[i] & Tok.Mandarin) != 0;
        }

        // A word without a European transliteration's mark of its own, in a name another word of which bears one that only
        // such a transliteration gives (CyrillicSpellings.MarksName), is respelt by every system (Tok.InMarkedName):
        // Chocenko beside Pawlowicz, Sarach beside Binsionowitsch.
        var marked = false;
        for (var i = 0; i < count; i++)
        {
            marked |= (kinds[i] & Tok.Cyrillic) != 0 && InLatinLetters(name.Tokens[i]) && CyrillicSpellings.MarksName(name.Tokens[i].Text);
        }

        var tokens = new Tok[count];
        for (var i = 0; i < count; i++)
        {
            var token = name.Tokens[i];
            var id = ids[i];
            var variants = kinds[i];
            if (marked && (variants & Tok.Cyrillic) == 0 && InLatinLetters(token))
            {
                variants |= Tok.Cyrillic | Tok.InMarkedName;
            }

            if (i == count - 1 && (id < 0 || count >= 3) && MayBeCutShort(name, token))
            {
                variants |= Tok.CutShort;
            }

            // In a name all of whose words are Mandarin syllables, those words are Pinyin or another romanisation of
            // Mandarin, not a European transliteration of Cyrillic (the j of Jianguo and Jie is no German y); a word of
            // another class keeps its respellings (the patronymic of Roman Jurewitsch Romanenko, whose other words split
            // into syllables).
            var drop = allMandarin ? (variants & Tok.Mandarin) != 0 ? Tok.Cyrillic | Tok.InMarkedName : 0 : Tok.Mandarin;
            tokens[i] = new Tok(token.Text, token.Key, token.Class, data.Rarity.Weight(token), data.Rarity.Information(token), id, token.Syllabic,
                token.Script, token.Written, (byte)(variants & ~drop));

            // A word written in Arabic script that the lists do not hold weighs as the Latin spellings it most likely is
            // (CandidateSearch.LatinSpellingFrequency).
            if (token.Abjad && id < 0 && token.Class is TokenClass.Word or TokenClass.Patronymic && data.Rarity.HasCorpus
                && CandidateSearch.For(data).LatinSpellingFrequency(tokens[i]) is var frequency and >= 0)
            {
                var weight = TokenRarity.Weight(token, data.Rarity.InverseFrequency(frequency));
                tokens[i] = tokens[i] with { Weight = weight, Information = weight };
            }
        }

        // Romanisations of Korean likewise, in a name that reads as Korean (ReadsAsKorean). Such a name keeps its
        // respellings of Cyrillic: the Koreans of Russia and Central Asia have Russian given names and patronymics.
        if (korean && !ReadsAsKorean(tokens))
        {
            for (var i = 0; i < count; i++)
            {
                tokens[i] = tokens[i].WithVariants((byte)(tokens[i].Variants & ~Tok.Korean));
            }
        }

        return tokens;
    }

    /// <summary>True for a name word in Latin letters as written (not read from another script): one a European
    /// transliteration of Cyrillic may have written.</summary>
    private static bool InLatinLetters(in NameToken token) =>
        token.Class is TokenClass.Word or TokenClass.Patronymic && !token.Syllabic && token.Script == 0 && !token.Abjad;

    /// <summary>
    /// True when a name reads as Korean: all its name words are Korean syllables (<see cref="Tok.Korean"/>), and it is a
    /// person's with a Korean surname and four syllables at most (Kim Jeong-eun, Namgung Min), or one that names Korea, of
    /// words of three at most (Korea Ryeonbong). Tom and Dom read alike and are not one name; Jason Michael Lee (ja son mi
    /// chael lee) is no Korean name, nor is a name written in Chinese or Japanese characters.
    /// </summary>
    /// <param name="tokens">A name's tokens, with the variant kinds of their words (<see cref="Tok.VariantsOf"/>).</param>
    internal static bool ReadsAsKorean(Tok[] tokens)
    {
        var surname = false;
        var namesKorea = false;
        foreach (var token in tokens)
        {
            if (token.Class != TokenClass.Word)
            {
                continue;
            }

            if (KoreanReadings.NamesKorea(token.Text))
            {
                namesKorea = true;
            }
            else if ((token.Variants & Tok.Korean) == 0 || token.Script is NameNormalizer.ScriptOfHan or NameNormalizer.ScriptOfKana)
            {
                return false;
            }
            else
            {
                surname |= KoreanReadings.IsSurname(token.Text);
            }
        }

        if (!surname && !namesKorea)
        {
            return false;
        }

        var syllables = 0;
        foreach (var token in tokens)
        {
            if (token.Class != TokenClass.Word || KoreanReadings.NamesKorea(token.Text))
            {
                continue;
            }

            var of = KoreanReadings.Syllables(token.Text);
            if (namesKorea ? of > 3 : (syllables += of) > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The variant kinds of query words (<see cref="Tok.VariantsOf"/>), remembered: working them out splits the
    /// word into Mandarin and Korean syllables, on every screen of a name seen before.</summary>
    private static readonly ConcurrentDictionary<string, byte> WordVariants = new(StringComparer.Ordinal);

    private static int wordVariantsKept;

    private static byte VariantsOfWord(string text)
    {
        if (WordVariants.TryGetValue(text, out var variants))
        {
            return variants;
        }

        variants = Tok.VariantsOf(text);
        if (Volatile.Read(ref wordVariantsKept) < IndexData.MaxRemembered && WordVariants.TryAdd(text, variants))
        {
            Interlocked.Increment(ref wordVariantsKept);
        }

        return variants;
    }

    /// <summary>
    /// Whether the last word of a query may be a listed word cut short by a field of fixed length (a payment message's 35
    /// characters): five letters or more, and the beginning of a listed word one to three letters longer. A word the
    /// corpus holds only at the end of a name of three words or more, whose other words say which name it is
    /// (<c>Sergey Ivanovich KAZAN</c>: KAZAN is listed, and met KAZAN alone first, not KAZANKOV, Sergey Ivanovich); in a
    /// name of two words a listed word is taken as written. Only for a name written in order (no comma: in <c>SURNAME,
    /// Given</c> the word written last is not the last token).
    /// </summary>
    private bool MayBeCutShort(NormalizedName name, NameToken token)
    {
        if (token.Class != TokenClass.Word || token.Syllabic || token.Text.Length < TokenSimilarity.ShortestCut
            || name.Original.Contains(',', StringComparison.Ordinal) || token.Text.AsSpan().ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        foreach (var id in data.WordsBeginning(token.Text))
        {
            if (TokenSimilarity.IsCutShort(token.Text, data.Vocabulary[id].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static string Display(Tok[] tokens) => string.Join(' ', tokens.Select(t => t.Text));
}
