using System.Text;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Screening.Bench;

/// <summary>
/// A sanity check of generalisation beyond the public sets: real SDN primary names perturbed the ways screening
/// meets them (a typo, reordered tokens, a dropped token, a transliteration variant, Cyrillic script, a missing
/// patronymic, a changed legal form), screened by name alone against the full corpus. A second round, drawn with its
/// own seed, perturbs in ways the matcher was not developed against (a given name as an initial, two words joined,
/// a word split, accents, a title added, two typos), so that it checks what the first round can no longer check. A
/// third round (abbreviated words, a word cut short, punctuation, a sound-alike respelling, an extra word, the other
/// gender's form of a Slavic surname, letters misread as digits) is drawn twice: one seed to find faults with, one
/// held out until the changes are made. A fourth round applies two of these kinds to each name. A fifth, drawn twice as
/// well, changes only how a name is written: in random case, in title case, two words joined by a hyphen.
/// </summary>
internal sealed partial class Perturbations(ScreeningIndex full, double threshold, List<(string, string, string)> rows, bool verbose)
{
    private static readonly string[] Kinds = ["typo", "reorder", "drop token", "transliteration", "cyrillic", "no patronymic", "legal form"];
    private static readonly string[] MoreKinds = ["initial", "joined", "split", "accents", "title", "two typos"];
    private static readonly string[] ThirdKinds = ["abbreviated", "truncated", "punctuation", "sound-alike", "extra word", "gender form", "ocr"];
    private static readonly string[] CaseKinds = ["random case", "title case", "hyphenated"];
    private static readonly (string Word, string Short)[] Abbreviations =
    [
        ("INTERNATIONAL", "INTL"), ("COMPANY", "CO"), ("CORPORATION", "CORP"), ("LIMITED", "LTD"), ("INDUSTRIES", "IND"),
        ("INDUSTRIAL", "IND"), ("TRADING", "TRDG"), ("ESTABLISHMENT", "EST"), ("GROUP", "GRP"), ("BROTHERS", "BROS"),
        ("MANUFACTURING", "MFG"), ("SERVICES", "SVCS"), ("TECHNOLOGY", "TECH"), ("TECHNOLOGIES", "TECH"), ("DEVELOPMENT", "DEV"),
        ("ASSOCIATION", "ASSN"), ("ORGANIZATION", "ORG"), ("AND", "&"), ("ENGINEERING", "ENG"), ("INVESTMENT", "INV"),
        ("NATIONAL", "NATL"), ("SHIPPING", "SHPG"), ("DEPARTMENT", "DEPT"), ("MANAGEMENT", "MGMT"), ("CENTER", "CTR"),
        ("CENTRE", "CTR"), ("INSTITUTE", "INST"), ("UNIVERSITY", "UNIV"), ("HOLDING", "HLDG"), ("HOLDINGS", "HLDGS"),
    ];
    private static readonly (string From, string To)[] Variants =
    [
        ("kh", "h"), ("v", "w"), ("w", "v"), ("x", "ks"), ("ks", "x"), ("ou", "u"), ("yu", "iu"), ("ya", "ia"), ("zh", "j"),
        ("shch", "sch"), ("ov ", "off "), ("ev ", "yev "), ("mohammed", "muhammad"), ("muhammad", "mohamed"), ("al-", "el-"),
        ("y", "i"), ("j", "y"), ("ph", "f"), ("c", "k"), ("ee", "i"), ("oo", "u"),
    ];

    private static readonly (string From, string To)[] SoundAlikes =
    [
        ("ck", "k"), ("c", "k"), ("k", "c"), ("ph", "f"), ("f", "ph"), ("z", "s"), ("s", "z"), ("i", "y"), ("y", "i"),
        ("ou", "u"), ("u", "ou"), ("ee", "i"), ("oo", "u"), ("ai", "ay"), ("ei", "ey"), ("gh", "g"), ("q", "k"),
        ("x", "ks"), ("tt", "t"), ("ss", "s"), ("ll", "l"), ("mm", "m"), ("nn", "n"), ("t", "tt"), ("l", "ll"),
        ("ie", "y"), ("dj", "j"), ("tch", "ch"), ("w", "v"), ("v", "w"),
    ];
    private static readonly (string From, string To)[] GenderEndings =
    [
        ("ova", "ov"), ("eva", "ev"), ("ina", "in"), ("skaya", "sky"), ("skaia", "skii"), ("ov", "ova"), ("ev", "eva"), ("in", "ina"),
        ("sky", "skaya"), ("skiy", "skaya"), ("skii", "skaia"),
    ];
    private static readonly (string From, string To)[] Misreadings =
    [
        ("O", "0"), ("o", "0"), ("I", "1"), ("l", "1"), ("i", "1"), ("S", "5"), ("B", "8"), ("m", "rn"), ("rn", "m"), ("E", "3")
    ];
    private static readonly string[] ExtraGivenNames = ["Mohammed", "Ali", "John", "Maria", "Ahmad", "Ivan", "Abdul", "Jose", "Hassan", "Kim"];
    private static readonly string[] ExtraOrganisationWords = ["GROUP", "HOLDING", "INTERNATIONAL", "TRADING", "GLOBAL", "NEW", "GENERAL", "UNITED", "FIRST", "SERVICES"];
    private static readonly string[] Separators = [" ", "-", ", ", ". ", " - ", "/"];

    public void Run()
    {
        Run(Kinds, 20261205, "own perturbations of SDN names");
        Run(MoreKinds, 20261206, "more perturbations, seed 20261206");
        Run(MoreKinds, 20261207, "the same kinds, seed 20261207");
        Run(ThirdKinds, 20261208, "third perturbations, seed 20261208");
        Run(ThirdKinds, 20261209, "the same kinds, seed 20261209");
        RunPairs(20261210, "two kinds at once, seed 20261210");
        RunPairs(20261211, "two kinds at once, seed 20261211");
        RunArabicScript(20261212, "written in Arabic script, seed 20261212");
        RunArabicScript(20261213, "the same, seed 20261213");
        Run(CaseKinds, 20261214, "case and hyphens, seed 20261214");
        Run(CaseKinds, 20261215, "the same kinds, seed 20261215");
        RunEuropean(20261216, "European transliterations of Cyrillic, seed 20261216");
        RunEuropean(20261217, "the same, seed 20261217");
        RunEnglishGivenNames(20261218, "given names in English, seed 20261218");
        RunEnglishGivenNames(20261219, "the same, seed 20261219");
    }

    /// <summary>
    /// Two perturbations of every kind above applied one after the other to the same name (a reordered name with a
    /// typo, a transliterated name cut short …), as a name meets screening after passing through more than one hand;
    /// Cyrillic, which leaves nothing in Latin letters to perturb, only second. Reported overall and, per kind, over
    /// the pairs it took part in (the weakest kinds first).
    /// </summary>
    private void RunPairs(int seed, string label)
    {
        var random = new Random(seed);
        var sample = new Random(1);
        var all = Kinds.Concat(MoreKinds).Concat(ThirdKinds).ToArray();
        var entries = NamesOfTwoWordsOrMore(full);
        var byKind = new Dictionary<string, (int Total, int Above)>(StringComparer.Ordinal);
        int total = 0, firsts = 0, aboves = 0;
        for (var i = 0; i < 2800; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var kind1 = all[random.Next(all.Length)];
            var kind2 = all[random.Next(all.Length)];
            var person = entry.Kind == EntityKind.Person;
            var once = kind1 == "cyrillic" || kind1 == kind2 ? null : Perturb(entry.PrimaryName, person, kind1, random);
            var perturbed = once is null || once == entry.PrimaryName ? null : Perturb(once, person, kind2, random);
            if (perturbed is null || perturbed == once)
            {
                continue;
            }

            var (first, above) = Check(perturbed, entry, $"({seed}) {kind1} + {kind2}", sample);
            total++;
            firsts += first ? 1 : 0;
            aboves += above ? 1 : 0;
            foreach (var kind in new[] { kind1, kind2 })
            {
                var (kindTotal, kindAbove) = byKind.GetValueOrDefault(kind);
                byKind[kind] = (kindTotal + 1, kindAbove + (above ? 1 : 0));
            }
        }

        rows.Add((label + " (" + total + "): rank 1 / rank 1 and >= threshold",
            Evaluation.F(firsts / (double)total) + " / " + Evaluation.F(aboves / (double)total), "sanity check, seed " + seed));
        rows.Add(("  weakest kinds, over the pairs they took part in", string.Join(", ", byKind.OrderBy(k => k.Value.Above / (double)k.Value.Total).Take(7)
            .Select(k => k.Key + " " + Evaluation.F(k.Value.Above / (double)k.Value.Total))), string.Empty));
    }

    private void Run(string[] kinds, int seed, string label)
    {
        var random = new Random(seed);
        var sample = new Random(1);
        var entries = NamesOfTwoWordsOrMore(full);
        var counts = new Dictionary<string, (int Total, int First, int Above)>(StringComparer.Ordinal);
        for (var i = 0; i < 2800; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var kind = kinds[i % kinds.Length];
            var perturbed = Perturb(entry.PrimaryName, entry.Kind == EntityKind.Person, kind, random);
            if (perturbed is null || perturbed == entry.PrimaryName)
            {
                continue;
            }

            var (first, above) = Check(perturbed, entry, $"({seed}) {kind}", sample);
            var (total, firsts, aboves) = counts.GetValueOrDefault(kind);
            counts[kind] = (total + 1, firsts + (first ? 1 : 0), aboves + (above ? 1 : 0));
        }

        AddRows(label, string.Empty, counts, "kind", seed);
    }

    /// <summary>Adds a round's two rows: overall (its count of draws followed by <paramref name="ofDrawn"/>), and by each
    /// <paramref name="part"/>.</summary>
    private void AddRows(string label, string ofDrawn, Dictionary<string, (int Total, int First, int Above)> counts, string part, int seed)
    {
        var all = counts.Values.Aggregate((0, 0, 0), (a, c) => (a.Item1 + c.Total, a.Item2 + c.First, a.Item3 + c.Above));
        rows.Add((label + " (" + all.Item1 + ofDrawn + "): rank 1 / rank 1 and >= threshold",
            Evaluation.F(all.Item2 / (double)all.Item1) + " / " + Evaluation.F(all.Item3 / (double)all.Item1), "sanity check, seed " + seed));
        rows.Add(("  by " + part + " (rank 1 and >= threshold)", string.Join(", ", counts.Select(c => c.Key + " " + Evaluation.F(c.Value.Above / (double)c.Value.Total))), string.Empty));
    }

    /// <summary>Screens a perturbed name: whether its entry came first, and first at or above the review threshold. With
    /// <c>--verbose</c> a miss is printed (one in six, drawn from <paramref name="sample"/>, or every one with
    /// <c>PERTURB_ALL=1</c>). With <paramref name="samePerson"/>, any of those entries first counts as the entry.</summary>
    private (bool First, bool Above) Check(string perturbed, ListEntry entry, string label, Random sample, HashSet<ListEntry>? samePerson = null)
    {
        var hits = full.Screen(Typed(perturbed, entry), 1);
        var first = hits.Count > 0 && (ReferenceEquals(hits[0].Entry, entry) || samePerson?.Contains(hits[0].Entry) == true);
        var above = first && hits[0].Score >= threshold;
        if (verbose && !above && (sample.Next(6) == 0 || Environment.GetEnvironmentVariable("PERTURB_ALL") == "1"))
        {
            Console.WriteLine($"  perturbed {label}: {perturbed}  <-  {entry.PrimaryName}  got {(hits.Count > 0 ? hits[0].MatchedName.Text + " " + Evaluation.F(hits[0].Score) : "nothing")}");
        }

        return (first, above);
    }

    /// <summary>The SDN entries (the first snapshot) whose primary name has two words or more: those the rounds perturb.</summary>
    private static List<ListEntry> NamesOfTwoWordsOrMore(ScreeningIndex full) =>
        [.. full.Snapshots[0].Entries.Where(e => e.PrimaryName.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Length >= 2)];

    /// <summary>For each perturbed name (the same draw as <see cref="Run"/>): whether its entry came first, and the top score.</summary>
    public static List<(bool First, double Score)> TopScores(ScreeningIndex full)
    {
        var random = new Random(20261205);
        var entries = NamesOfTwoWordsOrMore(full);
        var scores = new List<(bool, double)>();
        for (var i = 0; i < 2800; i++)
        {
            var entry = entries[random.Next(entries.Count)];
            var perturbed = Perturb(entry.PrimaryName, entry.Kind == EntityKind.Person, Kinds[i % Kinds.Length], random);
            if (perturbed is null || perturbed == entry.PrimaryName)
            {
                continue;
            }

            var hits = full.Screen(new ScreeningQuery(perturbed), 1);
            scores.Add((hits.Count > 0 && ReferenceEquals(hits[0].Entry, entry), hits.Count > 0 ? hits[0].Score : 0));
        }

        return scores;
    }

    /// <summary>The name perturbed one way, or null when the kind does not apply to it.</summary>
    /// <param name="name">A name as the list writes it (or as a first perturbation left it).</param>
    /// <param name="person">Whether it is a person's.</param>
    /// <param name="kind">The kind of perturbation.</param>
    /// <param name="random">The draw.</param>
    private static string? Perturb(string name, bool person, string kind, Random random)
    {
        var tokens = (person && name.Contains(',', StringComparison.Ordinal)
                ? name[(name.IndexOf(',', StringComparison.Ordinal) + 1)..] + " " + name[..name.IndexOf(',', StringComparison.Ordinal)]
                : name).Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        switch (kind)
        {
            case "typo":
                var candidates = tokens.Select((t, i) => (t, i)).Where(x => x.t.Length >= 5).ToList();
                if (candidates.Count == 0)
                {
                    return null;
                }

                var (token, index) = candidates[random.Next(candidates.Count)];
                tokens[index] = Typo(token, random);
                return string.Join(' ', tokens);
            case "reorder":
                tokens.Reverse();
                return string.Join(' ', tokens);
            case "drop token":
                if (tokens.Count < 3)
                {
                    return null;
                }

                tokens.RemoveAt(1 + random.Next(tokens.Count - 1));
                return string.Join(' ', tokens);
            case "transliteration":
                var lower = string.Join(' ', tokens).ToLowerInvariant() + " ";
                foreach (var (from, to) in Variants.OrderBy(_ => random.Next()))
                {
                    if (lower.Contains(from, StringComparison.Ordinal))
                    {
                        return lower.Replace(from, to, StringComparison.Ordinal).Trim();
                    }
                }

                return null;
            case "cyrillic":
                return person ? ToCyrillic(string.Join(' ', tokens)) : null;
            case "no patronymic":
                var kept = tokens.Where(t => !(t.EndsWith("ovich", StringComparison.OrdinalIgnoreCase) || t.EndsWith("evich", StringComparison.OrdinalIgnoreCase)
                    || t.EndsWith("ovna", StringComparison.OrdinalIgnoreCase) || t.EndsWith("evna", StringComparison.OrdinalIgnoreCase))).ToList();
                return person && kept.Count < tokens.Count && kept.Count > 0 ? string.Join(' ', kept) : null;
            case "legal form":
                if (person)
                {
                    return null;
                }

                var upper = " " + string.Join(' ', tokens).ToUpperInvariant() + " ";
                foreach (var (from, to) in new[] { (" LLC ", " LIMITED LIABILITY COMPANY "), (" LTD ", " LIMITED "), (" LTD. ", " "), (" LIMITED ", " LTD "),
                    (" CO. ", " COMPANY "), (" INC. ", " "), (" JSC ", " "), (" OOO ", " "), (" S.A. ", " SA "), (" GMBH ", " "), (" CORP. ", " CORPORATION ") })
                {
                    if (upper.Contains(from, StringComparison.Ordinal))
                    {
                        return upper.Replace(from, to, StringComparison.Ordinal).Trim();
                    }
                }

                return upper.Trim() + " LLC";
            case "initial":
                // A given name (not the surname, which a surname-first name has last here) as its initial.
                var givens = Enumerable.Range(0, tokens.Count - 1).Where(i => tokens[i].Length >= 3 && char.IsLetter(tokens[i][0])).ToList();
                if (!person || givens.Count == 0)
                {
                    return null;
                }

                var given = givens[random.Next(givens.Count)];
                tokens[given] = tokens[given][0] + ".";
                return string.Join(' ', tokens);
            case "joined":
                if (tokens.Count < 2)
                {
                    return null;
                }

                var join = random.Next(tokens.Count - 1);
                tokens[join] += tokens[join + 1];
                tokens.RemoveAt(join + 1);
                return string.Join(' ', tokens);
            case "split":
                var longTokens = tokens.Select((t, i) => (t, i)).Where(x => x.t.Length >= 8 && x.t.All(char.IsLetter)).ToList();
                if (longTokens.Count == 0)
                {
                    return null;
                }

                var (whole, at) = longTokens[random.Next(longTokens.Count)];
                var cut = 3 + random.Next(whole.Length - 5);
                tokens[at] = whole[..cut] + " " + whole[cut..];
                return string.Join(' ', tokens);
            case "accents":
                var accented = new StringBuilder();
                foreach (var c in string.Join(' ', tokens))
                {
                    var vowel = "aeiouAEIOU".IndexOf(c, StringComparison.Ordinal);
                    accented.Append(vowel >= 0 && random.Next(2) == 0 ? "áéíóúÁÉÍÓÚ"[vowel] : c);
                }

                return accented.ToString();
            case "title":
                return (person ? new[] { "Mr", "Dr.", "Sheikh", "Haji", "General" }[random.Next(5)] : "THE") + " " + string.Join(' ', tokens);
            case "two typos":
                var typed = tokens.Select((t, i) => (t, i)).Where(x => x.t.Length >= 5).ToList();
                if (typed.Count < 2)
                {
                    return null;
                }

                var first = random.Next(typed.Count);
                var second = (first + 1 + random.Next(typed.Count - 1)) % typed.Count;
                tokens[typed[first].i] = Typo(typed[first].t, random);
                tokens[typed[second].i] = Typo(typed[second].t, random);
                return string.Join(' ', tokens);
            case "abbreviated":
                if (person)
                {
                    return null;
                }

                var shortened = tokens.Select(t => t.ToUpperInvariant()).ToList();
                var abbreviable = shortened.Select((t, i) => (t, i)).Where(x => Abbreviations.Any(a => a.Word == x.t.TrimEnd('.', ','))).ToList();
                if (abbreviable.Count == 0)
                {
                    return null;
                }

                var (word, place) = abbreviable[random.Next(abbreviable.Count)];
                var abbreviation = Abbreviations.First(a => a.Word == word.TrimEnd('.', ',')).Short;
                shortened[place] = abbreviation + (abbreviation != "&" && random.Next(2) == 0 ? "." : string.Empty);
                return string.Join(' ', shortened);
            case "truncated":
                // A field of fixed length cuts the name short: the last word loses one to three letters.
                var last = tokens[^1];
                if (last.Length < 6 || !last.All(char.IsLetter))
                {
                    return null;
                }

                tokens[^1] = last[..(last.Length - 1 - random.Next(Math.Min(3, last.Length - 5)))];
                return string.Join(' ', tokens);
            case "punctuation":
                if (tokens.Count < 2)
                {
                    return null;
                }

                var punctuated = new StringBuilder(tokens[0]);
                for (var i = 1; i < tokens.Count; i++)
                {
                    punctuated.Append(Separators[random.Next(Separators.Length)]).Append(tokens[i]);
                }

                // Or the name's own hyphens dropped (AL-NUSRA → ALNUSRA), with a full stop at the end.
                return random.Next(3) == 0 && name.Contains('-', StringComparison.Ordinal)
                    ? string.Join(' ', tokens).Replace("-", string.Empty, StringComparison.Ordinal) + "."
                    : punctuated.ToString();
            case "sound-alike":
                var respelled = tokens.Select(t => t.ToLowerInvariant()).ToList();
                var soundable = respelled.Select((t, i) => (t, i)).Where(x => x.t.Length >= 4 && SoundAlikes.Any(o => x.t.Contains(o.From, StringComparison.Ordinal))).ToList();
                if (soundable.Count == 0)
                {
                    return null;
                }

                var (soundWord, soundAt) = soundable[random.Next(soundable.Count)];
                var options = SoundAlikes.Where(o => soundWord.Contains(o.From, StringComparison.Ordinal)).ToList();
                var (sound, replacement) = options[random.Next(options.Count)];
                var where = soundWord.IndexOf(sound, StringComparison.Ordinal);
                respelled[soundAt] = soundWord[..where] + replacement + soundWord[(where + sound.Length)..];
                return string.Join(' ', respelled);
            case "extra word":
                var extra = person
                    ? ExtraGivenNames[random.Next(ExtraGivenNames.Length)]
                    : ExtraOrganisationWords[random.Next(ExtraOrganisationWords.Length)];
                tokens.Insert(person ? Math.Max(1, tokens.Count - 1) : random.Next(tokens.Count + 1), extra);
                return string.Join(' ', tokens);
            case "gender form":
                if (!person)
                {
                    return null;
                }

                var surname = tokens[^1];
                foreach (var (end, other) in GenderEndings)
                {
                    if (surname.Length > end.Length + 2 && surname.EndsWith(end, StringComparison.OrdinalIgnoreCase))
                    {
                        tokens[^1] = surname[..^end.Length] + (char.IsUpper(surname[^1]) ? other.ToUpperInvariant() : other);
                        return string.Join(' ', tokens);
                    }
                }

                return null;
            case "ocr":
                var misread = string.Join(' ', tokens);
                var readable = Misreadings.Where(g => misread.Contains(g.From, StringComparison.Ordinal)).ToList();
                if (readable.Count == 0)
                {
                    return null;
                }

                var (glyph, digit) = readable[random.Next(readable.Count)];
                var misreadAt = misread.IndexOf(glyph, random.Next(misread.Length - misread.Length / 2), StringComparison.Ordinal);
                misreadAt = misreadAt < 0 ? misread.IndexOf(glyph, StringComparison.Ordinal) : misreadAt;
                return misread[..misreadAt] + digit + misread[(misreadAt + glyph.Length)..];
            case "random case":
                // Each letter in capitals or small letters at random, as a name typed carelessly or run through a
                // careless system comes out (VlAdImIr PuTiN).
                var cased = new StringBuilder(string.Join(' ', tokens));
                for (var c = 0; c < cased.Length; c++)
                {
                    cased[c] = random.Next(2) == 0 ? char.ToUpperInvariant(cased[c]) : char.ToLowerInvariant(cased[c]);
                }

                return cased.ToString();
            case "title case":
                // Each word capitalised, the rest in small letters, as forms write names (Kim Jong-un).
                return string.Join(' ', tokens.Select(t => t.Length == 0 ? t : char.ToUpperInvariant(t[0]) + t[1..].ToLowerInvariant()));
            case "hyphenated":
                // Two adjacent words joined by a hyphen (KIM JONG-UN, AL-QAIDA).
                if (tokens.Count < 2)
                {
                    return null;
                }

                var hyphenAt = random.Next(tokens.Count - 1);
                tokens[hyphenAt] += "-" + tokens[hyphenAt + 1];
                tokens.RemoveAt(hyphenAt + 1);
                return string.Join(' ', tokens);
            default:
                return null;
        }
    }

    /// <summary>The query of a perturbed name: by name alone, or with <c>PERTURB_TYPED=1</c> with the entry's type, first
    /// date of birth and first nationality, as a customer record would give them.</summary>
    private static ScreeningQuery Typed(string name, ListEntry entry) => Environment.GetEnvironmentVariable("PERTURB_TYPED") == "1"
        ? new ScreeningQuery(name) { Kind = entry.Kind, BirthDate = entry.BirthDates.Count > 0 ? entry.BirthDates[0] : null, Country = entry.Nationalities.Count > 0 ? entry.Nationalities[0] : null }
        : new ScreeningQuery(name);

    private static string Typo(string token, Random random)
    {
        var chars = token.ToList();
        var position = 1 + random.Next(chars.Count - 2);
        switch (random.Next(4))
        {
            case 0:
                chars[position] = (char)('A' + random.Next(26));
                break;
            case 1:
                chars.RemoveAt(position);
                break;
            case 2:
                chars.Insert(position, chars[position]);
                break;
            default:
                (chars[position], chars[position + 1 < chars.Count ? position + 1 : position - 1]) = (chars[position + 1 < chars.Count ? position + 1 : position - 1], chars[position]);
                break;
        }

        return new string([.. chars]);
    }

    private static string ToCyrillic(string latin)
    {
        var map = new (string, string)[]
        {
            ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("yu", "ю"), ("ya", "я"), ("yo", "ё"),
            ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("y", "й"), ("k", "к"),
            ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"),
            ("h", "х"), ("c", "к"), ("j", "дж"), ("q", "к"), ("w", "в"), ("x", "кс"),
        };
        var text = latin.ToLowerInvariant();
        var result = new StringBuilder();
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (from, to) in map)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    result.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }
}
