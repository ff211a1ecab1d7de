using Custos.Screening.Lists;
using Custos.Screening.Text;

namespace Custos.Screening.Matching;

/// <summary>
/// Writes and reads the arrays of a built index (<see cref="IndexData"/>) after the snapshots: names, tokens, the
/// vocabulary, postings, the lookups by key, loose skeleton and acronym, the countries and the token counts, as they
/// were built — nothing is normalised or counted again when read. The wallets, the lookup by spelling and the deletion
/// indexes are rebuilt (passes over the entries and the vocabulary: the deletion indexes hash what they file and sort the
/// hashes, quicker than reading a million strings back), the joined spellings and the remembered neighbours start
/// empty as in a new index.
/// </summary>
internal static class IndexCodec
{
    public static void Write(IndexFileWriter w, IReadOnlyList<ListSnapshot> snapshots, IndexData data)
    {
        var all = snapshots.SelectMany(s => s.Entries).ToArray();
        if (all.Length != data.Entries.Length || all.Where((e, i) => !ReferenceEquals(e, data.Entries[i])).Any())
        {
            throw new InvalidOperationException("The index's entries are not its snapshots' entries in order.");
        }

        EntryCodec.WriteSnapshots(w, snapshots);
        w.Int(data.NameEntry.Length);
        for (var n = 0; n < data.NameEntry.Length; n++)
        {
            var entry = data.Entries[data.NameEntry[n]];
            var source = data.NameSource[n];
            var position = -1;
            for (var i = 0; i < entry.Names.Count && position < 0; i++)
            {
                position = ReferenceEquals(entry.Names[i], source) ? i : -1;
            }

            w.Int(data.NameEntry[n]);
            w.Int(position >= 0 ? position : throw new InvalidOperationException("An indexed name is not one of its entry's names."));
            WriteToks(w, data.NameTokens[n]);
        }

        w.Floats(data.NameWeight);
        WriteToks(w, data.Vocabulary);
        w.Int(data.Postings.Length);
        foreach (var posting in data.Postings)
        {
            w.Ints(posting);
        }

        foreach (var lookup in (Dictionary<string, int[]>[])[data.VocabularyByKey, data.VocabularyByLooseKey, data.NamesByAcronym])
        {
            w.Int(lookup.Count);
            foreach (var (key, ids) in lookup)
            {
                w.String(key);
                w.Ints(ids);
            }
        }

        w.Int(data.EntryCountries.Length);
        foreach (var countries in data.EntryCountries)
        {
            w.Strings(countries);
        }

        w.Int(data.Rarity.Documents);
        foreach (var counts in (IReadOnlyDictionary<string, int>[])[data.Rarity.TextFrequency, data.Rarity.KeyFrequency])
        {
            w.Int(counts.Count);
            foreach (var (key, count) in counts)
            {
                w.String(key);
                w.Int(count);
            }
        }
    }

    public static (ListSnapshot[] Snapshots, IndexData Data) Read(IndexFileReader r)
    {
        var snapshots = EntryCodec.ReadSnapshots(r);
        var entries = snapshots.SelectMany(s => s.Entries).ToArray();
        var names = r.Count(12);
        var nameEntry = new int[names];
        var nameSource = new ListName[names];
        var nameTokens = new Tok[names][];
        for (var n = 0; n < names; n++)
        {
            var entry = r.Int();
            var position = r.Int();
            if ((uint)entry >= (uint)entries.Length || (uint)position >= (uint)entries[entry].Names.Count)
            {
                throw new InvalidDataException("A name's entry or position is out of range.");
            }

            nameEntry[n] = entry;
            nameSource[n] = entries[entry].Names[position];
            nameTokens[n] = ReadToks(r);
        }

        var nameWeight = r.Floats();
        var vocabulary = ReadToks(r);
        var postings = new int[r.Count(4)][];
        for (var i = 0; i < postings.Length; i++)
        {
            postings[i] = r.Ints();
        }

        var lookups = new Dictionary<string, int[]>[3];
        for (var l = 0; l < lookups.Length; l++)
        {
            var count = r.Count(8);
            var lookup = new Dictionary<string, int[]>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                lookup.Add(r.String(), r.Ints());
            }

            lookups[l] = lookup;
        }

        var countries = new string[r.Count(4)][];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = r.Strings();
        }

        var documents = r.Int();
        var frequencies = new Dictionary<string, int>[2];
        for (var f = 0; f < frequencies.Length; f++)
        {
            var count = r.Count(8);
            var frequency = new Dictionary<string, int>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                frequency.Add(r.String(), r.Int());
            }

            frequencies[f] = frequency;
        }

        var byText = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            byText.Add(vocabulary[i].Text, i);
        }

        if (nameWeight.Length != names || postings.Length != vocabulary.Length || countries.Length != entries.Length || !r.AtEnd)
        {
            throw new InvalidDataException("The stored index's parts do not agree in size.");
        }

        var data = new IndexData
        {
            Entries = entries,
            NameEntry = nameEntry,
            NameSource = nameSource,
            NameTokens = nameTokens,
            NameWeight = nameWeight,
            NameJoined = new (string Text, string Key)?[names][],
            Vocabulary = vocabulary,
            Postings = postings,
            VocabularyByText = byText,
            VocabularyByKey = lookups[0],
            VocabularyByLooseKey = lookups[1],
            VocabularyByDeletion = IndexBuilder.KeyDeletions(vocabulary),
            VocabularyBySpellingDeletion = IndexBuilder.SpellingDeletions(vocabulary),
            NamesByAcronym = lookups[2],
            EntryCountries = countries,
            Rarity = new TokenRarity(frequencies[0], frequencies[1], documents),
            Wallets = IndexBuilder.WalletsOf(entries),
        };
        return (snapshots, data);
    }

    private static void WriteToks(IndexFileWriter w, Tok[] toks)
    {
        w.Int(toks.Length);
        foreach (var tok in toks)
        {
            w.String(tok.Text);
            w.String(tok.Key);
            w.Byte((byte)tok.Class);
            w.Float(tok.Weight);
            w.Float(tok.Information);
            w.Int(tok.VocabId);
            w.Bool(tok.Syllabic);
            w.Byte(tok.Script);
            w.String(tok.Written);
            w.Byte(tok.Variants);
        }
    }

    private static Tok[] ReadToks(IndexFileReader r)
    {
        var toks = new Tok[r.Count(27)];
        for (var i = 0; i < toks.Length; i++)
        {
            toks[i] = new Tok(r.String(), r.String(), EntryCodec.Enum<TokenClass>(r.Byte()), r.Float(), r.Float(), r.Int(), r.Bool(), r.Byte(), r.NullableString(), r.Byte());
        }

        return toks;
    }
}
