using Custos.Screening.Lists;
using Custos.Screening.Text;
using Custos.Screening.Wallets;

namespace Custos.Screening.Matching;

/// <summary>Builds <see cref="IndexData"/> from list snapshots.</summary>
internal static class IndexBuilder
{
    public const int MinimumDeletionKey = 4;
    public const int MinimumSpellingDeletion = 5;

    /// <summary>The time of each phase of the last build on this thread (for the bench).</summary>
    [ThreadStatic]
    internal static List<(string Phase, double Milliseconds)>? LastPhases;

    public static IndexData Build(IReadOnlyList<ListSnapshot> snapshots)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        LastPhases = [];
        var entries = snapshots.SelectMany(s => s.Entries).ToArray();
        var normalized = new List<(int Entry, ListName Name, NameToken[] Tokens)>[entries.Length];
        Parallel.For(0, entries.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, e =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var list = new List<(int, ListName, NameToken[])>(entries[e].Names.Count);
            foreach (var name in entries[e].Names.OrderBy(n => n.Strength))
            {
                var tokens = NameNormalizer.Normalize(name.Text, entries[e].Kind).Tokens.ToArray();
                if (tokens.Length > 0 && seen.Add(string.Join(' ', tokens.Select(t => t.Text))))
                {
                    list.Add((e, name, tokens));
                }
            }

            normalized[e] = list;
        });

        LastPhases.Add(("normalise names", clock.Elapsed.TotalMilliseconds));
        var names = normalized.SelectMany(n => n).ToList();
        var textFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, tokens) in names)
        {
            foreach (var text in tokens.Select(t => t.Text).Distinct(StringComparer.Ordinal))
            {
                textFrequency[text] = textFrequency.GetValueOrDefault(text) + 1;
            }

            foreach (var key in tokens.Select(t => t.Key).Distinct(StringComparer.Ordinal))
            {
                keyFrequency[key] = keyFrequency.GetValueOrDefault(key) + 1;
            }
        }

        var rarity = new TokenRarity(textFrequency, keyFrequency, names.Count);
        var vocabularyByText = new Dictionary<string, int>(StringComparer.Ordinal);
        var vocabulary = new List<Tok>();
        var postings = new List<List<int>>();
        var nameTokens = new Tok[names.Count][];
        var nameWeight = new float[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var tokens = names[n].Tokens;
            var toks = new Tok[tokens.Length];
            for (var t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                if (!vocabularyByText.TryGetValue(token.Text, out var id))
                {
                    id = vocabulary.Count;
                    vocabularyByText[token.Text] = id;
                    vocabulary.Add(new Tok(token.Text, token.Key, token.Class, rarity.Weight(token), rarity.Information(token), id,
                        KnownVariants: (byte)(Tok.VariantsOf(token.Text) | (token.Abjad ? Tok.Abjad : 0))));
                    postings.Add([]);
                }

                var posting = postings[id];
                if (posting.Count == 0 || posting[^1] != n)
                {
                    posting.Add(n);
                }

                toks[t] = new Tok(token.Text, token.Key, token.Class, rarity.Weight(token), rarity.Information(token), id, token.Syllabic, token.Script, token.Written, vocabulary[id].Variants);
                nameWeight[n] += toks[t].Weight;
            }

            nameTokens[n] = toks;
        }

        var entryCountries = NormalizedCountries(entries);
        var koreanEntries = entries.Select((e, i) => OfKorea(e, entryCountries[i])).ToArray();
        OnlyKoreanNamesKorean([.. names.Select(n => koreanEntries[n.Entry])], nameTokens, vocabulary);
        var cyrillicEntries = entries.Select((e, i) => OfCyrillicCountry(e, entryCountries[i])).ToArray();
        OnlyCyrillicNamesCyrillic([.. names.Select(n => cyrillicEntries[n.Entry])], nameTokens, vocabulary);
        LastPhases.Add(("vocabulary and postings", clock.Elapsed.TotalMilliseconds));
        var timings = new System.Collections.Concurrent.ConcurrentQueue<(string, double)>();
        var looseKeys = Task.Run(() => Timed("loose skeletons (own time)", timings, () => Group(vocabulary
            .Where(v => v.Text.Length >= 3 && v.Class is TokenClass.Word or TokenClass.Patronymic)
            .Select(v => (PhoneticKey.Loose(v.Text), v.VocabId)).Where(x => x.Item1.Length >= 2))));
        var acronyms = Task.Run(() => Timed("acronyms (own time)", timings, () => Group(Enumerable.Range(0, names.Count)
            .Where(n => entries[names[n].Entry].Kind != EntityKind.Person)
            .SelectMany(n => Acronyms.Of(nameTokens[n]).Select(a => (a, n))))));
        var byDeletion = Task.Run(() => Timed("key deletions (own time)", timings, () => KeyDeletions(vocabulary)));
        var bySpellingDeletion = Timed("spelling deletions (own time)", timings, () => SpellingDeletions(vocabulary));
        var data = new IndexData
        {
            Entries = entries,
            NameEntry = [.. names.Select(n => n.Entry)],
            NameSource = [.. names.Select(n => n.Name)],
            NameTokens = nameTokens,
            NameWeight = nameWeight,
            NameJoined = new (string Text, string Key)?[names.Count][],
            Vocabulary = [.. vocabulary],
            Postings = [.. postings.Select(p => p.ToArray())],
            VocabularyByText = vocabularyByText,
            VocabularyByKey = Group(vocabulary.Select(v => (v.Key, v.VocabId))),
            VocabularyByLooseKey = looseKeys.GetAwaiter().GetResult(),
            VocabularyByDeletion = byDeletion.GetAwaiter().GetResult(),
            VocabularyBySpellingDeletion = bySpellingDeletion,
            NamesByAcronym = acronyms.GetAwaiter().GetResult(),
            EntryCountries = entryCountries,
            Rarity = rarity,
            Wallets = WalletsOf(entries),
        };
        LastPhases.Add(("lookups and deletion indexes", clock.Elapsed.TotalMilliseconds));
        LastPhases.AddRange(timings);
        return data;
    }

    /// <summary>Runs a part of the build and records its own time (the parts run side by side).</summary>
    private static T Timed<T>(string phase, System.Collections.Concurrent.ConcurrentQueue<(string, double)> timings, Func<T> part)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = part();
        timings.Enqueue((phase, clock.Elapsed.TotalMilliseconds));
        return result;
    }

    /// <summary>The entries' wallet addresses by their canonical form.</summary>
    public static Dictionary<string, WalletHit[]> WalletsOf(ListEntry[] entries) =>
        entries.SelectMany(e => e.Wallets.Select(w => (Key: WalletAddressFormat.Canonical(w.Address), Hit: new WalletHit(e, w))))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Hit).ToArray(), StringComparer.Ordinal);

    /// <summary>The phonetic keys of four symbols or more, with their deletions (<see cref="IndexData.VocabularyByDeletion"/>).</summary>
    public static DeletionIndex KeyDeletions(IReadOnlyList<Tok> vocabulary) =>
        DeletionIndex.Build([.. vocabulary.Where(v => v.Key.Length >= MinimumDeletionKey).Select(v => (v.Key, v.VocabId))]);

    /// <summary>The spellings of five letters or more, with their deletions (<see cref="IndexData.VocabularyBySpellingDeletion"/>).</summary>
    public static DeletionIndex SpellingDeletions(IReadOnlyList<Tok> vocabulary) =>
        DeletionIndex.Build([.. vocabulary.Where(v => v.Text.Length >= MinimumSpellingDeletion && v.Class != TokenClass.Number).Select(v => (v.Text, v.VocabId))]);

    /// <summary>Ids by key, each key's ids once, in the order first met.</summary>
    internal static Dictionary<string, int[]> Group(IEnumerable<(string Key, int Id)> pairs)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (key, id) in pairs)
        {
            if (!groups.TryGetValue(key, out var ids))
            {
                ids = new List<int>(2);
                groups[key] = ids;
            }

            if (ids.Count == 0 || ids[^1] != id)
            {
                ids.Add(id);
            }
        }

        var result = new Dictionary<string, int[]>(groups.Count, StringComparer.Ordinal);
        foreach (var (key, ids) in groups)
        {
            result[key] = [.. ids.Distinct()];
        }

        return result;
    }

    /// <summary>
    /// A listed word is read as Korean syllables (<see cref="Tok.Korean"/>) only when a Korean name holds it: a name of an
    /// entry of Korea (<see cref="OfKorea"/>), or one that reads as Korean as a query must
    /// (<see cref="ScreeningIndex.ReadsAsKorean"/>). The other words lose the mark, in the vocabulary and in every name:
    /// <c>SIG</c>, a Ukrainian vessel, is no Korean syllable for the <c>sik</c> of <c>Kim Kyok Sik</c>, nor <c>SHI</c> of
    /// <c>SHI, Min</c> for the <c>si</c> of a Korean given name.
    /// </summary>
    /// <param name="korean">For each name, whether its entry is of Korea.</param>
    /// <param name="nameTokens">Each name's tokens.</param>
    /// <param name="vocabulary">The vocabulary.</param>
    private static void OnlyKoreanNamesKorean(bool[] korean, Tok[][] nameTokens, List<Tok> vocabulary)
    {
        var kept = WordsOfNames(nameTokens, vocabulary.Count, n => korean[n] || ScreeningIndex.ReadsAsKorean(nameTokens[n]));
        Mark(Tok.Korean, v => (vocabulary[v].Variants & Tok.Korean) != 0 && kept[v], nameTokens, vocabulary);
    }

    /// <summary>
    /// A listed word is compared with the German, Polish and French respellings of a query's word
    /// (<see cref="Tok.Cyrillic"/>, <see cref="CyrillicSpellings"/>) when a name of an entry of a country that writes
    /// Cyrillic holds it (<see cref="OfCyrillicCountry"/>), whatever its letters; no other word is.
    /// </summary>
    /// <param name="cyrillic">For each name, whether its entry is of such a country.</param>
    /// <param name="nameTokens">Each name's tokens.</param>
    /// <param name="vocabulary">The vocabulary.</param>
    private static void OnlyCyrillicNamesCyrillic(bool[] cyrillic, Tok[][] nameTokens, List<Tok> vocabulary)
    {
        var kept = WordsOfNames(nameTokens, vocabulary.Count, n => cyrillic[n]);
        Mark(Tok.Cyrillic, v => kept[v], nameTokens, vocabulary);
    }

    /// <summary>For each vocabulary word, whether a name for which <paramref name="holds"/> is true holds it.</summary>
    private static bool[] WordsOfNames(Tok[][] nameTokens, int vocabularySize, Func<int, bool> holds)
    {
        var kept = new bool[vocabularySize];
        for (var n = 0; n < nameTokens.Length; n++)
        {
            if (holds(n))
            {
                foreach (var token in nameTokens[n])
                {
                    kept[token.VocabId] = true;
                }
            }
        }

        return kept;
    }

    /// <summary>Gives the variant kind <paramref name="mark"/> to exactly the vocabulary words for which
    /// <paramref name="marked"/> is true, in the vocabulary and in every name that holds them.</summary>
    private static void Mark(byte mark, Func<int, bool> marked, Tok[][] nameTokens, List<Tok> vocabulary)
    {
        var has = new bool[vocabulary.Count];
        for (var v = 0; v < vocabulary.Count; v++)
        {
            has[v] = marked(v);
            var word = vocabulary[v];
            var variants = (byte)(has[v] ? word.Variants | mark : word.Variants & ~mark);
            if (variants != word.Variants)
            {
                vocabulary[v] = word.WithVariants(variants);
            }
        }

        foreach (var toks in nameTokens)
        {
            for (var t = 0; t < toks.Length; t++)
            {
                var variants = (byte)(has[toks[t].VocabId] ? toks[t].Variants | mark : toks[t].Variants & ~mark);
                if (variants != toks[t].Variants)
                {
                    toks[t] = toks[t].WithVariants(variants);
                }
            }
        }
    }

    /// <summary>True for an entry of a country that writes its names in Cyrillic, or writes them through Russian: a
    /// country of it (nationality, citizenship, address) is one, or, for an entry of no known country, it is listed
    /// under one of OFAC's programs of Russia, Ukraine, Belarus or the Western Balkans (<c>RUSSIA-EO14024</c>,
    /// <c>UKRAINE-EO13661</c>, <c>BELARUS</c>, <c>CAATSA - RUSSIA</c>, <c>MAGNIT</c>, <c>BALKANS</c> …). Not the program
    /// alone when the entry has a country: the Russia programs also list the Chinese, Turkish and Emirati suppliers of
    /// Russia, and their names are no Cyrillic.</summary>
    private static bool OfCyrillicCountry(ListEntry entry, string[] countries) =>
        countries.Length > 0
            ? countries.Any(c => CyrillicCountries.Any(name => c.Contains(name, StringComparison.Ordinal)))
            : entry.Programs.Any(p => CyrillicPrograms.Any(name => p.Contains(name, StringComparison.Ordinal)));

    /// <summary>The countries (as <see cref="CountryNames.Normalize"/> gives them, or a word of it) that write Cyrillic, or
    /// whose names the lists write through Russian.</summary>
    private static readonly string[] CyrillicCountries =
    [
        "russia", "ukraine", "belarus", "kazakhstan", "kyrgyz", "tajikistan", "uzbekistan", "turkmenistan", "moldova",
        "azerbaijan", "armenia", "georgia", "serbia", "montenegro", "bosnia", "macedonia", "bulgaria", "mongolia",
        "soviet union", "ussr", "crimea",
    ];

    private static readonly string[] CyrillicPrograms = ["RUSSIA", "UKRAINE", "BELARUS", "MAGNIT", "BALKANS"];

    /// <summary>True for an entry of North or South Korea: a country of it (nationality, citizenship, address) is, it is
    /// listed under one of OFAC's North Korea programs (<c>DPRK</c>, <c>DPRK2</c> …), or its UN reference is of the 1718
    /// Committee's list (<c>KPi.</c>, <c>KPe.</c>).</summary>
    private static bool OfKorea(ListEntry entry, string[] countries) =>
        countries.Any(c => c is "north korea" or "south korea")
        || entry.Programs.Any(p => p.StartsWith("DPRK", StringComparison.Ordinal))
        || entry.SourceId.StartsWith("KP", StringComparison.Ordinal);

    private static string[][] NormalizedCountries(ListEntry[] entries)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        return [.. entries.Select(e => EvidenceScorer.CountriesOf(e)
            .Select(c => known.TryGetValue(c, out var n) ? n : known[c] = CountryNames.Normalize(c))
            .Distinct(StringComparer.Ordinal).ToArray())];
    }
}
