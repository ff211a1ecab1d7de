using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AnyAscii;
using Custos.Screening.Lists;

namespace Custos.Screening.Text;

/// <summary>
/// Turns a name in any script into lower-case ASCII tokens with their phonetic keys and classes: Unicode NFKC,
/// transliteration to Latin (AnyAscii, with the Arabic article split off and Chinese and Korean names split into
/// surname and given name), ordinal ASCII case folding (never the current culture: Turkish <c>İ</c>, <c>ı</c>
/// become <c>i</c>), surname-first names (<c>PUTIN, Vladimir</c>) reordered, acronyms joined (<c>A.B.C.</c>),
/// digits for number words, multi-word legal forms collapsed to one token (<c>limited liability company</c> →
/// <c>llc</c>), and each token classified (word, particle, title, legal form, generic word, patronymic, initial,
/// number, stop word).
/// </summary>
public static partial class NameNormalizer
{
    /// <summary>Normalises a name.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="kind">What the name designates, when known: person names written surname first with a comma are
    /// reordered and titles recognised; organisation names are not reordered.</param>
    public static NormalizedName Normalize(string name, EntityKind kind = EntityKind.Unknown)
    {
        ArgumentNullException.ThrowIfNull(name);
        var organisation = kind is EntityKind.Organization or EntityKind.Vessel or EntityKind.Aircraft;
        var written = new List<string>();
        var split = CaseMarksWords(name) ? SplitCapitalisedWords(SplitBeforeCapitals(name)) : name;
        var ascii = ToAsciiLower(Reorder(split, organisation), forName: true, written);
        var words = JoinSpacedLetters(JoinAmpersandAcronyms(Tokenize(ascii.Contains('-', StringComparison.Ordinal) ? AssimilatedArticle().Replace(ascii, "al-") : ascii)));
        WriteDzhAsJ(words);
        UnassimilateArticle(words);
        words = NumberWordsToDigits(words, misspelt: kind != EntityKind.Person);
        if (kind != EntityKind.Person)
        {
            CompleteCutWord(words);
            ReadMisreadWords(words);
            ReadRespelledLegalForms(words);
        }

        // A person has no legal form: PAO in "PAO, Yu Liang" is a surname, not a public joint-stock company.
        var (collapsed, keys) = kind == EntityKind.Person ? (words, words.Select(w => (string?)PhoneticKey.Of(w)).ToList()) : JoinAcronymLetters(LegalForms.Collapse(words));
        return new NormalizedName(name, Classify(collapsed, keys, organisation, kind == EntityKind.Person, written, WrittenInArabicScript(name)));
    }

    /// <summary>
    /// In a name of a legal form and letters written apart (and generic words or numbers, nothing else), two or three
    /// letters are the organisation's acronym, one word (<c>LIMITED LIABILITY COMPANY I T C</c> is <c>llc itc</c>, as
    /// <c>ITC LLC</c> is): as initials they carry next to nothing, and the name met itself at 0.43. Four letters or more
    /// are joined in any name (<see cref="JoinSpacedLetters"/>); a name without a legal form keeps two or three as
    /// initials (<c>J R R Tolkien</c>), and so does a name with words of its own, where letters apart are rather what is
    /// left of a legal form the lists write with dots (<c>S.P.R. DE R. L. DE C.V.</c>: joined, they met less).
    /// </summary>
    private static (List<string> Words, List<string?> Keys) JoinAcronymLetters((List<string> Words, List<string?> Keys) name)
    {
        var (words, keys) = name;
        if (!words.Exists(IsSingleLetter) || !words.Exists(WordLists.LegalForms.Contains)
            || !words.TrueForAll(w => IsSingleLetter(w) || WordLists.LegalForms.Contains(w) || WordLists.Generic.Contains(w) || char.IsAsciiDigit(w[0])))
        {
            return name;
        }

        var joinedWords = new List<string>(words.Count);
        var joinedKeys = new List<string?>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var end = EndOfLetters(words, i);
            if (end - i is 2 or 3)
            {
                var acronym = string.Concat(words.GetRange(i, end - i));
                joinedWords.Add(acronym);
                joinedKeys.Add(PhoneticKey.Of(acronym));
                i = end;
            }
            else
            {
                joinedWords.Add(words[i]);
                joinedKeys.Add(keys[i]);
                i++;
            }
        }

        return (joinedWords, joinedKeys);
    }

    private static bool IsSingleLetter(string word) => word.Length == 1 && char.IsAsciiLetter(word[0]);

    /// <summary>Where the run of single letters that starts at <paramref name="from"/> ends (<paramref name="from"/> itself
    /// when the word there is none).</summary>
    private static int EndOfLetters(List<string> words, int from)
    {
        var end = from;
        while (end < words.Count && IsSingleLetter(words[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>True when a name is written in Arabic script (Arabic, Persian, Urdu, Pashto …) and holds no Latin
    /// letter: its words are transliterated abjad spellings (<see cref="NameToken.Abjad"/>).</summary>
    /// <param name="name">The name as written.</param>
    internal static bool WrittenInArabicScript(string name)
    {
        var arabic = false;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c)))
            {
                return false;
            }

            arabic |= IsArabicScript(c);
        }

        return arabic;
    }

    /// <summary>
    /// The text in lower-case ASCII: NFKC, transliteration and ordinal case folding, punctuation kept. Used for
    /// names of countries and places as well as for names.
    /// </summary>
    /// <param name="text">Any text.</param>
    public static string ToAsciiLower(string text) => ToAsciiLower(text, forName: false, written: null);

    /// <summary>
    /// For a name, also: titles written in Chinese, Japanese or Korean script are taken out (普京总统), and each word
    /// transliterated from those scripts is marked with <see cref="SyllabicMark"/> in front, so that the tokens know
    /// they are transcriptions through a syllabary (see <see cref="NameToken.Syllabic"/>).
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="forName">True for a name.</param>
    /// <param name="written">Receives, for a name, the characters each word in Han or Hangul script was written with,
    /// in order.</param>
    private static string ToAsciiLower(string text, bool forName, List<string>? written)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            return string.Create(text.Length, text, static (span, t) =>
            {
                for (var i = 0; i < t.Length; i++)
                {
                    var c = t[i];
                    span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }
            });
        }

        string composed;
        try
        {
            // The trade mark and service mark signs are letters to NFKC (Putin™ would be putintm): they go first.
            composed = (forName ? text.Replace("\u2122", " ", StringComparison.Ordinal).Replace("\u2120", " ", StringComparison.Ordinal) : text)
                .Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            composed = text;
        }

        composed = LatinLookAlikes(composed);
        if (forName)
        {
            composed = AsDisplayedWithoutSymbols(composed);
            foreach (var title in WordLists.ScriptTitles)
            {
                composed = composed.Replace(title, " ", StringComparison.Ordinal);
            }
        }

        var prepared = new StringBuilder(composed.Length + 8);
        var articleEnd = -1;
        for (var i = 0; i < composed.Length; i++)
        {
            var c = composed[i];
            if (IsSyllabicIdeograph(c))
            {
                var end = i;
                while (end < composed.Length && IsSyllabicIdeograph(composed[end]))
                {
                    end++;
                }

                // Only a foreign name transcribed in Han characters is marked for the looser comparison: one written
                // with the middle dot between its parts (弗拉基米尔·普京) or a run of four characters or more. A Chinese,
                // Japanese or Korean name of two or three characters is compared as romanised.
                var mark = !forName ? '\0' : !IsHan(c) ? HangulMark : end - i >= 4 || HasMiddleDot(composed) ? SyllabicMark : HanMark;
                AppendSyllables(prepared, composed, i, end, mark, written);
                i = end - 1;
                continue;
            }

            if (forName && IsKana(c))
            {
                var end = i;
                while (end < composed.Length && IsKana(composed[end]))
                {
                    end++;
                }

                prepared.Append(' ').Append(KanaMark).Append(composed.AsSpan(i, end - i)).Append(' ');
                i = end - 1;
                continue;
            }

            // Abd joined to the article and a name (عبدالرحمان, عبدالله) is three words, as Latin lists write it apart or
            // joined (ABD AL-RAHMAN, ABDUL RAHMAN, ABDULRAHMAN): abd al rhman, abd llah.
            if (c == '\u0639' && (i == 0 || !char.IsLetter(composed[i - 1])) && string.CompareOrdinal(composed, i, "\u0639\u0628\u062F\u0627\u0644", 0, 5) == 0
                && i + 5 < composed.Length && char.IsLetter(composed[i + 5]))
            {
                if (string.CompareOrdinal(composed, i + 5, "\u0644\u0647", 0, 2) == 0 && (i + 7 >= composed.Length || !char.IsLetter(composed[i + 7])))
                {
                    prepared.Append(" abd llah ");
                    i += 6;
                    continue;
                }

                prepared.Append(" abd al ");
                i += 4;
                articleEnd = i + 1;
                continue;
            }

            // Allah (الله) is one word, not the article and lh: llah, the way the end of HIDAYATULLAH or ABDULLAH writes
            // it (هدايت الله hdayt llah / HIDAYATULLAH, joined by their consonants, see NameAligner).
            if (c == '\u0627' && string.CompareOrdinal(composed, i, "\u0627\u0644\u0644\u0647", 0, 4) == 0
                && (i == 0 || !char.IsLetter(composed[i - 1])) && (i + 4 >= composed.Length || !char.IsLetter(composed[i + 4])))
            {
                prepared.Append(" llah ");
                i += 3;
                continue;
            }

            // The article before a word of two letters or more: ال before one letter is a word of its own (الي, Ali
            // written with alif), not the article.
            if (c == '\u0627' && i + 3 < composed.Length && composed[i + 1] == '\u0644' && char.IsLetter(composed[i + 2]) && char.IsLetter(composed[i + 3])
                && (i == 0 || !char.IsLetter(composed[i - 1])))
            {
                prepared.Append(" al ");
                i++;
                articleEnd = i + 1;
                continue;
            }

            // A word-initial ayn or alif (with or without hamza) stands for a vowel that Latin spellings write
            // (علي Ali, عزام Azzam, أسامة Usama, الأسد al-Asad); transliterated it would vanish or become an apostrophe.
            if (c is '\u0639' or '\u0623' or '\u0625' or '\u0627' && (i == 0 || i == articleEnd || !char.IsLetter(composed[i - 1]))
                && i + 1 < composed.Length && char.IsLetter(composed[i + 1]))
            {
                prepared.Append('a');
                continue;
            }

            // Persian writes the suffix ای apart or after a zero-width non-joiner (خامنه ای, خامنه‌ای: Khamenei): it is
            // part of the word before, and a silent he before it is the vowel e.
            if (forName && c is ' ' or '\u200C' && i > 0 && IsArabicLetter(composed[i - 1]) && IsPersianSuffix(composed, i + 1))
            {
                continue;
            }

            if (forName && c == '\u0647' && i + 1 < composed.Length && composed[i + 1] is ' ' or '\u200C' && IsPersianSuffix(composed, i + 2))
            {
                prepared.Append('e');
                continue;
            }

            // Polish writes ж ż and дж dż, which folding to ASCII leaves a z (Żydkow: ZHIDKOV, Dżuma: DZHUMA): after a d, or
            // in a word that bears another mark of the Polish transliteration of Cyrillic, it is the lists' zh. A Polish
            // name of its own (Żelazny, which the lists write ZELAZNY) bears none and keeps its z.
            if (forName && c is '\u017C' or '\u017B' && ((i > 0 && composed[i - 1] is 'd' or 'D') || InPolishTransliteration(composed, i)))
            {
                prepared.Append(c == '\u017C' ? "zh" : "Zh");
                continue;
            }

            // Alif inside a word is the long a that every Latin spelling writes (زاهد Zahed, نواز Nawaz, هدايت Hidayat);
            // transliterated it would vanish (zhd, where z and h then read as the zh of Zhukov).
            if (c == '\u0627')
            {
                prepared.Append('a');
                continue;
            }

            // Tāʾ marbūṭa is the final a (or ah, at) of Latin spellings (عكاشة Akkacha, أسامة Usama), not the h
            // transliteration gives it; ḍād is written dh as ẓāʾ and dhāl are, the three letters Latin spellings write
            // d, dh or z (فضل Fadl, Fazal; see AbjadSkeleton).
            if (forName && c is '\u0629' or '\u0636')
            {
                prepared.Append(c == '\u0629' ? "a" : "dh");
                continue;
            }

            prepared.Append(c);
        }

        var transliterated = prepared.ToString().Transliterate();
        var lower = new StringBuilder(transliterated.Length);
        foreach (var c in transliterated)
        {
            lower.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
        }

        return lower.ToString();
    }

    /// <summary>True when the word around <paramref name="at"/> bears a mark of the Polish transliteration of Cyrillic
    /// other than its ż (<see cref="CyrillicSpellings.HasPolishMark"/>), or another word of the name does (<c>Kożyn</c>
    /// beside <c>Igoriewicz</c>: KOZHIN).</summary>
    private static bool InPolishTransliteration(string text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var end = at + 1;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        if (CyrillicSpellings.HasPolishMark(text[start..end].ToLowerInvariant()))
        {
            return true;
        }

        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && CyrillicSpellings.HasPolishMark(word.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the Persian suffix ای (alif, ya) stands at <paramref name="start"/> as a word of its own.</summary>
    private static bool IsPersianSuffix(string text, int start) =>
        start + 1 < text.Length && text[start] == '\u0627' && text[start + 1] is '\u06CC' or '\u064A'
        && (start + 2 == text.Length || !char.IsLetter(text[start + 2]));

    /// <summary>True for a character of the Arabic script blocks (letters from U+0620, the supplement, extended-A and the
    /// presentation forms).</summary>
    private static bool IsArabicScript(char c) =>
        c is (>= '\u0620' and <= '\u06FF') or (>= '\u0750' and <= '\u077F') or (>= '\u08A0' and <= '\u08FF')
            or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF');

    private static bool IsArabicLetter(char c) => IsArabicScript(c) && char.IsLetter(c);

    /// <summary>
    /// The name as it is displayed, without symbols: the characters after a right-to-left override (U+202E) up to its
    /// end (U+202C, or the end of the text) are shown in reverse order, so that <c>NITUP RIMIDALV</c> after an override,
    /// which a reviewer reads as VLADIMIR PUTIN, is screened as read; the other marks of direction are dropped. Symbols
    /// (emoji, the trade mark and copyright signs) are no part of a name: transliterated they became words (an emoji of
    /// a grinning face became <c>grinning</c>).
    /// </summary>
    private static string AsDisplayedWithoutSymbols(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\u0000', '\u00A5'))
        {
            return text;
        }

        var shown = new StringBuilder(text.Length);
        var reversed = new List<Rune>();
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == RightToLeftOverride)
            {
                // Overrides inside one are marks like the others: dropped, the span reversed once.
                var end = text.IndexOf(PopDirectionalFormatting, i + 1);
                end = end < 0 ? text.Length : end;
                reversed.Clear();
                foreach (var rune in text.AsSpan(i + 1, end - i - 1).EnumerateRunes())
                {
                    reversed.Add(rune);
                }

                for (var k = reversed.Count - 1; k >= 0; k--)
                {
                    if (!MarkOrSymbol(reversed[k]))
                    {
                        shown.Append(reversed[k].ToString());
                    }
                }

                i = end + 1;
                continue;
            }

            Rune.DecodeFromUtf16(text.AsSpan(i), out var next, out var consumed);
            if (!MarkOrSymbol(next))
            {
                shown.Append(text, i, consumed);
            }

            i += consumed;
        }

        return shown.ToString();

        static bool MarkOrSymbol(Rune rune) =>
            rune.Value is 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069)
            || Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol;
    }

    private const char RightToLeftOverride = '\u202E';
    private const char PopDirectionalFormatting = '\u202C';

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007E' || (c < ' ' && c != '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the name's capitals can mark where its words begin, so that the splits by case
    /// (<see cref="SplitBeforeCapitals"/>, <see cref="SplitCapitalisedWords"/>) may apply: every run of letters reads as
    /// words in small letters, in capitals or capitalised, written one after the other (<c>KimJongUn</c>,
    /// <c>JordanKAMCEV</c>, <c>MIKHAILIUKLeonid</c>, <c>McDONALD</c>), each of two letters or more but for a capital
    /// ending the run (<c>GmbH</c>), no more than one of them of two letters but for particles (<c>DeLaCruz</c>), and a
    /// word in capitals only beside one other word (<c>INTErNatioNal</c> is no <c>INT Er Natio Nal</c>), and a word in
    /// small letters first in three only when it is a particle (<c>creDiSa</c> is no <c>cre Di Sa</c>). A
    /// name typed in random case (<c>VlAdImIr PuTiN</c>, <c>BaNcO NaCiOnAl</c>) has a run that does not, and its capitals
    /// say nothing: it is read as if written in one case (the splits cut <c>nacional</c> into <c>na ci on al</c>).
    /// </summary>
    internal static bool CaseMarksWords(string name)
    {
        for (var start = 0; NextLetterRun(name, ref start, out var end); start = end)
        {
            if (!RunReadsAsWords(name.AsSpan(start, end - start)))
            {
                return false;
            }
        }

        return true;

        // A piece begins at the run's start, at a capital after a small letter, and at the last capital of capitals
        // followed by a small letter (MIKHAILIUK|Leonid).
        static bool RunReadsAsWords(ReadOnlySpan<char> run)
        {
            var pieceStart = 0;
            var twoLetterPieces = 0;
            var pieces = 0;
            var capitalsPiece = false;
            for (var i = 1; i <= run.Length; i++)
            {
                var begins = i == run.Length
                    || (char.IsUpper(run[i]) && (char.IsLower(run[i - 1]) || (i + 1 < run.Length && char.IsUpper(run[i - 1]) && char.IsLower(run[i + 1]))));
                if (!begins)
                {
                    continue;
                }

                // A piece of one letter is a sign of random case, but for a capital ending the run (GmbH).
                var length = i - pieceStart;
                var endingCapital = pieceStart != 0 && i == run.Length && char.IsUpper(run[pieceStart]);
                if (length == 1 && run.Length > 1 && !endingCapital)
                {
                    return false;
                }

                twoLetterPieces += length == 2 && !IsParticle(run.Slice(pieceStart, 2)) ? 1 : 0;
                capitalsPiece |= length >= 2 && char.IsUpper(run[pieceStart + 1]);
                pieces++;
                pieceStart = i;
            }

            // A word in capitals is written onto one other word (MIKHAILIUKLeonid, JordanKAMCEV), not among several
            // (INT|Er|Natio|Nal, ENG|In|Eer|ING: random case); a word in small letters begins no run of three words or
            // more but a particle (deLaCruz; cre|Di|Sa, hus|Eyi|N: random case).
            return (twoLetterPieces <= 1 || pieceStart == 0) && !(capitalsPiece && pieces > 2) && !(pieces > 2 && SmallWordFirst(run));
        }

        // The run begins with a word of three small letters or more, no particle (vonBraun, abuBakr), then a capital.
        static bool SmallWordFirst(ReadOnlySpan<char> run)
        {
            var small = 0;
            while (small < run.Length && char.IsLower(run[small]))
            {
                small++;
            }

            return small >= 3 && small < run.Length && !ParticleLookup.Contains(run[..small]);
        }

        // Mc, De, La, Al … begin names written as one with the next word (McDonald, DeLaCruz, AlNasim).
        static bool IsParticle(ReadOnlySpan<char> piece)
        {
            Span<char> lower = stackalloc char[2];
            return piece.ToLowerInvariant(lower) == 2 && (lower is "mc" || ParticleLookup.Contains(lower));
        }
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = WordLists.Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Two words written as one where the case changes (a field joined to the next without its space, the family name
    /// in capitals as lists write it) are two words: a space goes before a word in capitals written onto a word in small
    /// letters (<c>JordanKAMCEV</c>, <c>Aleksey OlegovichCHEKUN</c>) and before a capitalised word written onto one in
    /// capitals (<c>MIKHAILIUKLeonid</c>, <c>LIYoumin</c>); two letters at least on each side of the change. Never for
    /// one capital inside small letters, a typing slip (<c>HassHn</c>) or a name's own (<c>McDonald</c>, <c>DeAndre</c>),
    /// nor for one small letter among capitals (<c>McDONALD</c>; <c>PуTIN</c>, a Cyrillic letter that looks Latin), nor
    /// after two capitals (<c>JOhn</c>).
    /// </summary>
    internal static string SplitBeforeCapitals(string name)
    {
        StringBuilder? split = null;
        var copied = 0;
        for (var i = 1; i + 1 < name.Length; i++)
        {
            if (StartsWordInOtherCase(name, i))
            {
                SpaceBefore(name, i, ref split, ref copied);
            }
        }

        return split is null ? name : split.Append(name, copied, name.Length - copied).ToString();
    }

    /// <summary>Finds the next run of letters from <paramref name="start"/> on (moved to its first letter); false when there
    /// is none.</summary>
    private static bool NextLetterRun(string name, ref int start, out int end)
    {
        while (start < name.Length && !char.IsLetter(name[start]))
        {
            start++;
        }

        end = start;
        while (end < name.Length && char.IsLetter(name[end]))
        {
            end++;
        }

        return start < name.Length;
    }

    /// <summary>Copies <paramref name="name"/> up to <paramref name="at"/> into <paramref name="split"/> (made on the
    /// first call) and a space after it.</summary>
    private static void SpaceBefore(string name, int at, ref StringBuilder? split, ref int copied)
    {
        split ??= new StringBuilder(name.Length + 4);
        split.Append(name, copied, at - copied).Append(' ');
        copied = at;
    }

    /// <summary>
    /// Capitalised words written as one (<c>KimJongUn</c>, <c>JohnSmith</c>) are split before each capital that follows a
    /// small letter and is followed by one: when the run of letters has three such words or more, each of two letters or
    /// more, or two of four letters or more. A capital inside a shorter run is a slip (<c>HassHn</c>) or a name's own
    /// (<c>McDonald</c>, <c>DeAndre</c>, <c>LaToya</c>).
    /// </summary>
    internal static string SplitCapitalisedWords(string name)
    {
        StringBuilder? split = null;
        var copied = 0;
        Span<int> starts = stackalloc int[8];
        for (var start = 0; NextLetterRun(name, ref start, out var end); start = end)
        {
            // The capitals in the run that start a capitalised word after a small letter.
            var count = 0;
            for (var i = start + 1; i + 1 < end && count < starts.Length; i++)
            {
                if (char.IsUpper(name[i]) && char.IsLower(name[i - 1]) && char.IsLower(name[i + 1]))
                {
                    starts[count++] = i;
                }
            }

            if (count > 0 && Splits(start, end, starts[..count]))
            {
                foreach (var at in starts[..count])
                {
                    SpaceBefore(name, at, ref split, ref copied);
                }
            }
        }

        return split is null ? name : split.Append(name, copied, name.Length - copied).ToString();

        static bool Splits(int start, int end, ReadOnlySpan<int> starts)
        {
            var shortest = int.MaxValue;
            var previous = start;
            foreach (var at in starts)
            {
                shortest = Math.Min(shortest, at - previous);
                previous = at;
            }

            shortest = Math.Min(shortest, end - previous);
            return starts.Length >= 2 ? shortest >= 2 : shortest >= 4;
        }
    }

    /// <summary>True when the capital at <paramref name="i"/> (followed by a letter) begins a word written onto the one
    /// before it (<see cref="SplitBeforeCapitals"/>).</summary>
    private static bool StartsWordInOtherCase(string name, int i) =>
        char.IsUpper(name[i])
        && ((i >= 2 && char.IsLower(name[i - 1]) && char.IsLower(name[i - 2]) && char.IsUpper(name[i + 1]))
            || (i >= 2 && char.IsUpper(name[i - 1]) && char.IsUpper(name[i - 2]) && char.IsLower(name[i + 1])));

    private static string Reorder(string name, bool organisation)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (organisation || comma <= 0 || name.IndexOf(',', comma + 1) >= 0)
        {
            return name.Replace(',', ' ');
        }

        var surname = name[..comma].Trim();
        var given = name[(comma + 1)..].Trim();
        return given.Length == 0 || surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3 || HasLongLegalWord(name) || LegalFormsOnly(given)
            ? name.Replace(',', ' ')
            : given + " " + surname;
    }

    /// <summary>True when what follows a name's comma is legal forms only (<c>SUNWAY TECH CO., LTD</c>, <c>TS BUSINESS
    /// CORPORATIVO, S.A. DE C.V.</c>): an organisation's, not a given name after a surname. Put first, it parted
    /// <c>CO LTD</c>, which the same name written without the comma reads as one legal form.</summary>
    private static bool LegalFormsOnly(string text)
    {
        var any = false;
        foreach (var word in text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = word.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
            if (lower.Length == 0 || lower is "de" or "and" or "&")
            {
                continue;
            }

            if (!WordLists.LegalForms.Contains(lower) && !WordLists.LegalFormSynonyms.ContainsKey(lower))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>True when a name holds a word of eight letters or more of a legal form (<see cref="LegalForms.IsLongPhraseWord"/>)
    /// or one of seven or more that stands for one (<c>COMPANY</c>, <c>LIMITED</c>, <c>CORPORATION</c>): an organisation's
    /// name, whose comma (<c>OBSHCHESTVO S, OGRANICHENNOI</c>; <c>PUBLIC-JOINT, STOCK - COMPANY. PROLETARSKY-ZAVOD</c>,
    /// whose words put in the order of a person's broke the legal form) does not come after a surname.</summary>
    private static bool HasLongLegalWord(string name)
    {
        foreach (var word in name.Split([' ', ',', '.', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 7 && IsPlainAscii(word) && word.ToLowerInvariant() is var lower
                && ((word.Length >= 8 && LegalForms.IsLongPhraseWord(lower)) || WordLists.LegalFormSynonyms.ContainsKey(lower)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSyllabicIdeograph(char c) => IsHan(c) || KoreanRomanization.IsSyllable(c);

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    private static bool HasMiddleDot(string text) => text.AsSpan().IndexOfAny("\u00B7\u30FB\u2027\uFF65\u2022") >= 0;

    /// <summary>Japanese kana (hiragana, katakana and their half-width forms, with the long-vowel mark), not the
    /// middle dot that separates words.</summary>
    private static bool IsKana(char c) =>
        c is (>= '\u3041' and <= '\u30FA') or (>= '\u30FC' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F');

    /// <summary>Marks a word transliterated from a syllabic script (Chinese, Japanese, Korean) in the ASCII text of a
    /// name; it never reaches a token.</summary>
    internal const char SyllabicMark = '\u0001';

    /// <summary>Marks a word of a Chinese or Japanese name written in Han characters.</summary>
    private const char HanMark = '\u0002';

    /// <summary>Marks a word written in Hangul.</summary>
    private const char HangulMark = '\u0003';

    /// <summary>Marks a word written in kana (a transcription, as <see cref="SyllabicMark"/>).</summary>
    private const char KanaMark = '\u0004';

    /// <summary>The values of <see cref="NameToken.Script"/>.</summary>
    internal const byte ScriptOfHan = 1, ScriptOfHangul = 2, ScriptOfKana = 3;

    private static bool IsMark(char c) => c is SyllabicMark or HanMark or HangulMark or KanaMark;

    private static void AppendSyllables(StringBuilder prepared, string text, int start, int end, char mark, List<string>? written)
    {
        // A Chinese or Korean name of two or three syllables is a one-syllable surname and a given name, which Latin
        // lists write as two words in Chinese (XI Jinping) and a word a syllable in Korean (KIM Jong Un, RI Pyong Chol);
        // a longer run is a transcribed foreign name, one word.
        var name = end - start <= 3;
        var korean = mark == HangulMark;
        if (mark != '\0' && written is not null)
        {
            if (name && korean)
            {
                for (var i = start; i < end; i++)
                {
                    written.Add(text[i].ToString());
                }
            }
            else if (name)
            {
                written.Add(text[start].ToString());
                if (end - start > 1)
                {
                    written.Add(text[(start + 1)..end]);
                }
            }
            else
            {
                written.Add(text[start..end]);
            }
        }

        prepared.Append(' ');
        if (mark != '\0')
        {
            prepared.Append(mark);
        }

        for (var i = start; i < end; i++)
        {
            if (name && (i == start + 1 || (korean && i > start)))
            {
                prepared.Append(' ');
                if (mark != '\0')
                {
                    prepared.Append(mark);
                }
            }

            prepared.Append(KoreanRomanization.IsSyllable(text[i]) ? KoreanRomanization.Of(text[i]) : text[i].ToString().Transliterate().ToLowerInvariant());
        }

        prepared.Append(' ');
    }

    private static List<string> Tokenize(string ascii)
    {
        var words = new List<string>();
        var chunk = new StringBuilder();
        foreach (var c in ascii)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.' || (IsMark(c) && chunk.Length == 0))
            {
                chunk.Append(c);
            }
            else if (c is '\'' or '`' or '\u2019' or '\u02BC' or '\u02BB')
            {
                continue;
            }
            else
            {
                Flush(words, chunk);
                if (c == '&')
                {
                    words.Add("and");
                }
            }
        }

        Flush(words, chunk);
        return words;
    }

    /// <summary>Letters joined by an ampersand are one acronym (<c>AT&amp;T</c>, <c>P &amp; G</c>, <c>AT and T</c> → <c>att</c>,
    /// <c>pg</c>): one or two letters on each side of <c>and</c> are initials, not words.</summary>
    private static List<string> JoinAmpersandAcronyms(List<string> words)
    {
        if (!words.Contains("and"))
        {
            return words;
        }

        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == "and" && result.Count > 0 && i + 1 < words.Count && IsShortLetters(result[^1]) && IsShortLetters(words[i + 1]))
            {
                result[^1] += words[i + 1];
                i++;
                continue;
            }

            result.Add(words[i]);
        }

        return result;
    }

    private static bool IsShortLetters(string word) => word.Length <= 2 && word.All(char.IsAsciiLetter);

    /// <summary>Four letters or more written apart are one word spelt out (<c>V l a d i m i r P u t i n</c>,
    /// <c>V-L-A-D-I-M-I-R</c>, <c>I R G C</c>): as single letters they were initials of nothing listed. Three or fewer
    /// stay initials (<c>J R R Tolkien</c>, <c>I A C</c>).</summary>
    private static List<string> JoinSpacedLetters(List<string> words)
    {
        const int Fewest = 4;
        var letters = 0;
        var longest = 0;
        foreach (var word in words)
        {
            letters = IsSingleLetter(word) ? letters + 1 : 0;
            longest = Math.Max(longest, letters);
        }

        if (longest < Fewest)
        {
            return words;
        }

        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var end = EndOfLetters(words, i);
            if (end - i >= Fewest)
            {
                result.Add(string.Concat(words.GetRange(i, end - i)));
                i = end;
            }
            else
            {
                result.Add(words[i++]);
            }
        }

        return result;
    }

    private static void Flush(List<string> words, StringBuilder chunk)
    {
        if (chunk.Length == 0)
        {
            return;
        }

        if (IsMark(chunk[0]))
        {
            // A transcription through a syllabary: one word as written (never an acronym, number word or legal form).
            if (chunk.Length > 1)
            {
                words.Add(chunk.ToString().Replace(".", string.Empty, StringComparison.Ordinal));
            }

            chunk.Clear();
            return;
        }

        var parts = chunk.ToString().Split('.', StringSplitOptions.RemoveEmptyEntries);
        chunk.Clear();
        // A dotted legal form with a letter misread as a digit (HAVANATUR 5.A., GRUPO W 5.A.: the 5 an S).
        if (parts.Length >= 2 && parts.All(p => p.Length == 1 && char.IsAsciiLetterOrDigit(p[0])) && parts.Any(IsSingleLetter) && !parts.All(IsSingleLetter)
            && Deleet(string.Concat(parts)) is var read && read.All(char.IsAsciiLetter) && DottedLegalForm(read))
        {
            words.Add(read);
            return;
        }

        if (parts.Length >= 2 && parts.All(IsSingleLetter))
        {
            var letters = string.Concat(parts);
            words.Add(words.Count > 0 ? RespeltDottedLegalForm(letters) ?? letters : letters);
            return;
        }

        // Letters written with dots, a dot left out or moved (S.PR. of S.P.R., HL.T., S.RO..): parts of one or two letters,
        // one of them at least, four letters at most, are the letters of one abbreviation too.
        if (parts.Length >= 2 && parts.All(p => p.Length <= 2 && p.All(char.IsAsciiLetter)) && parts.Any(p => p.Length == 1) && parts.Sum(p => p.Length) <= 4)
        {
            words.Add(string.Concat(parts));
            return;
        }

        // A legal form written with dots run into the word before it, its first letter the word's last (APVAS.A.,
        // YAMAKIK.K., DEC.V. of S.A. DE C.V.): the word (of three letters or more, or the de of such a form) and the legal
        // form, as when a space parts them.
        if (parts.Length >= 2 && (parts[0].Length >= 4 || parts[0].StartsWith("de", StringComparison.Ordinal)) && char.IsAsciiLetter(parts[0][^1]) && parts.AsSpan(1).ToArray().All(IsSingleLetter)
            && DottedLegalForm(parts[0][^1] + string.Concat(parts[1..])))
        {
            AddSplitAtDigits(words, Deleet(parts[0][..^1]));
            words.Add(parts[0][^1] + string.Concat(parts[1..]));
            return;
        }

        foreach (var part in parts)
        {
            AddSplitAtDigits(words, Deleet(part));
        }
    }

    /// <summary>
    /// The legal form that letters written with dots after a word are with one letter or more written for another that
    /// sounds the same (<c>ROMIK Z.A.</c>, <c>FLEURETTE ENERGY I B.W.</c>, <c>S.A. DE K.V.</c>: s and z, v and w, c and k, i
    /// and y, <see cref="LegalForms.RespeltLetter"/>), or null: the dots make them an abbreviation, and as letters they
    /// were initials of nothing listed (<c>romik z.a.</c> met <c>ROMIK S.A.</c> at 0.696). Not the first word of a name,
    /// where dotted letters are a person's initials (<c>Z.A. KHAN</c>).
    /// </summary>
    private static string? RespeltDottedLegalForm(string letters) =>
        letters.Length > 4 || DottedLegalForm(letters)
            ? null
            : FirstRespelling(letters, static r => r.ToString() is var form && DottedLegalForm(form) ? form : null);

    /// <summary>True for the letters of a legal form the lists write with dots (<c>S.A.</c>, <c>K.K.</c>, <c>S.A.S.</c>,
    /// <c>C.V.</c> and <c>R.L.</c> of <c>S. DE R.L. DE C.V.</c>).</summary>
    private static bool DottedLegalForm(string letters) => WordLists.LegalForms.Contains(letters) || letters is "rl";

    /// <summary>
    /// Adds a word, split where letters meet digits (<c>YU7603</c> → yu 7603, as <c>YU 7603</c> and <c>YU-7603</c> are
    /// written; <c>GEBAA2480</c>): a vessel's or a firm's number joined to its name without a space is the same name.
    /// Ordinals (<c>21st</c>) stay whole; digits read as letters were read already (<see cref="Deleet"/>).
    /// </summary>
    private static void AddSplitAtDigits(List<string> words, string word)
    {
        var start = 0;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsAsciiDigit(word[i]) != char.IsAsciiDigit(word[i - 1]) && !IsOrdinalSuffix(word, i))
            {
                words.Add(word[start..i]);
                start = i;
            }
        }

        words.Add(start == 0 ? word : word[start..]);
    }

    /// <summary>True when the letters from <paramref name="at"/> are an ordinal's suffix after its digits (<c>21st</c>).</summary>
    private static bool IsOrdinalSuffix(string word, int at) =>
        char.IsAsciiDigit(word[at - 1]) && word.Length - at == 2 && word.AsSpan(at) is "st" or "nd" or "rd" or "th";

    /// <summary>The letters of a Roman numeral of the lists' names (and a 1 for an I).</summary>
    private static readonly System.Buffers.SearchValues<char> RomanNumeralWithOnes = System.Buffers.SearchValues.Create("1ivx");

    private static string Deleet(string word)
    {
        // A word of three letters or more with at most one digit in three characters (G3RMAN), or a short word with one
        // digit (L1, S0E, 5UK): digits read for the letters they look like. Ordinals (1st, 4th) stay numbers, and so do
        // two digits or more that begin or end a word (COMPANY144, a number run into the word before it: iaa).
        var letters = word.Count(char.IsAsciiLetter);
        var digits = word.Length - letters;
        if (digits == 0 || letters == 0 || (letters < 3 ? digits > 1 : digits * 2 > letters) || WordLists.NumberWords.ContainsKey(word)
            || (word.Length >= 3 && ((char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[1])) || (char.IsAsciiDigit(word[^1]) && char.IsAsciiDigit(word[^2])))))
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = w[i] switch { '0' => 'o', '1' => OneAsLetter(w, i), '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '8' => 'b', '9' => 'g', var c => c };
            }
        });
    }

    /// <summary>
    /// The letter a 1 in a word stands for: an l beside an i (<c>A1i</c>, <c>Kwang-I1</c>, <c>Vasi1y</c>: no name writes
    /// ii) or between two vowels (<c>A1exander</c>), where an i would make a run of vowels no name has; otherwise an i
    /// (<c>K1M</c>, <c>K1NAHAN</c>, <c>We1</c>), and in a Roman numeral of three letters or more (<c>SPARTA 1II</c>; of
    /// two, <c>I1</c> is rather the Korean <c>Il</c> than <c>II</c>).
    /// </summary>
    private static char OneAsLetter(string word, int at)
    {
        if (word.Length >= 3 && word.AsSpan().IndexOfAnyExcept(RomanNumeralWithOnes) < 0)
        {
            return 'i';
        }

        var before = at > 0 ? word[at - 1] : '\0';
        var after = at + 1 < word.Length ? word[at + 1] : '\0';
        // A y after the 1 is a vowel (Ma1yq: Maliq), one before it rather a consonant beginning a syllable (Y1u Wa: Yiu).
        return before == 'i' || after == 'i' || (IsVowel(before) && (IsVowel(after) || after == 'y')) ? 'l' : 'i';

        static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
    }

    /// <summary>
    /// The last word of a name of two words or more, cut short by a field of fixed length, written out when it begins
    /// a legal-form or generic word of organisation names (<c>LIMIT</c> → limited, <c>CORPORAT</c> → corporation): left
    /// as it is, it would be a rare word the list does not hold, weighing against the match.
    /// </summary>
    private static void CompleteCutWord(List<string> words)
    {
        if (words.Count < 2)
        {
            return;
        }

        var last = words[^1];
        if (last.Length < 5 || WordLists.Generic.Contains(last) || WordLists.LegalForms.Contains(last))
        {
            return;
        }

        foreach (var whole in WordLists.CutWords)
        {
            if (whole.Length > last.Length && whole.StartsWith(last, StringComparison.Ordinal))
            {
                words[^1] = whole;
                return;
            }
        }
    }

    /// <summary>
    /// A legal-form or generic word of organisation names with an <c>m</c> misread as <c>rn</c> (<c>KORNPANY</c>,
    /// <c>MANAGERNENT</c>) read back: left as it is, it would be a rare word the list does not hold, weighing against
    /// the match, and a multi-word legal form would not be recognised.
    /// </summary>
    private static void ReadMisreadWords(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length >= 4 && word.Contains("rn", StringComparison.Ordinal) && !WordLists.Generic.Contains(word) && !WordLists.LegalForms.Contains(word))
            {
                var read = word.Replace("rn", "m", StringComparison.Ordinal);
                if (WordLists.Generic.Contains(read) || WordLists.LegalForms.Contains(read))
                {
                    words[i] = read;
                }
            }
        }
    }

    /// <summary>
    /// A legal form written with one letter for another that sounds the same (<c>LLK</c>, <c>KORP.</c>, <c>Z.R.L.</c>,
    /// <c>YNC</c>: c and k, s and z, i and y, v and w, as a transliteration or a hearing writes them) read back where
    /// names write legal forms, as the last word of a name of two words or more, or the first for a joint-stock or
    /// limited company (<c>OJSK</c>, <c>LLK</c>): left as it is, it would be a rare word the list does not hold, weighing
    /// against the match as much as the name's own words (<c>intersektion llk</c> met <c>INTERSECTION LLC</c> at 0.695).
    /// Only the legal forms that are no word or name themselves; an English word (<c>ink</c>) is left as it is.
    /// </summary>
    private static void ReadRespelledLegalForms(List<string> words)
    {
        if (words.Count < 2)
        {
            return;
        }

        if ((Respelled(words[^1], first: false) ?? Mistyped(words[^1], first: false)) is { } last)
        {
            words[^1] = last;
        }
        else if ((Respelled(words[0], first: true) ?? Mistyped(words[0], first: true)) is { } first)
        {
            words[0] = first;
        }
    }

    /// <summary>
    /// The legal form <paramref name="word"/> is with a letter typed twice (<c>lltd</c>, <c>gmbbh</c>) or, for a form of
    /// four letters or more, two letters swapped (<c>ltad</c>, <c>ojcs</c>), or null: the typos that leave a short legal
    /// form most recognisable, read back where <see cref="ReadRespelledLegalForms"/> reads respellings. Not
    /// <c>crop</c>, an English word.
    /// </summary>
    /// <param name="word">A word of a name.</param>
    /// <param name="first">True to read back only the forms names write first (<see cref="FirstWordForms"/>).</param>
    private static string? Mistyped(string word, bool first)
    {
        if (word.Length is < 4 or > 6 || WordLists.LegalForms.Contains(word) || string.Equals(word, "crop", StringComparison.Ordinal))
        {
            return null;
        }

        return first
            ? FirstUntyped(word, 0, static r => FirstWordForms.TryGetValue(r, out var form) ? form : null)
            : FirstUntyped(word, 0, static r => MistypedLegalForms.TryGetValue(r, out var form) ? form : null);
    }

    /// <summary>The first form <paramref name="read"/> finds among the spellings a word has without a typo: a letter typed
    /// twice written once, or two letters next to each other swapped back (none before the letter at
    /// <paramref name="firstSwapped"/>); null when it finds none.</summary>
    /// <param name="word">A word of <see cref="LongestUntyped"/> letters at most.</param>
    /// <param name="firstSwapped">The first letter a swap may move.</param>
    /// <param name="read">The form a spelling is, or null.</param>
    private static string? FirstUntyped(string word, int firstSwapped, RespellingReader read)
    {
        Span<char> typed = stackalloc char[LongestUntyped];
        for (var k = 1; k < word.Length; k++)
        {
            // A letter typed twice: the word without one of them.
            if (word[k] == word[k - 1])
            {
                word.AsSpan(0, k).CopyTo(typed);
                word.AsSpan(k + 1).CopyTo(typed[k..]);
                if (read(typed[..(word.Length - 1)]) is { } form)
                {
                    return form;
                }
            }
            else if (k - 1 >= firstSwapped)
            {
                // Two letters swapped.
                word.AsSpan().CopyTo(typed);
                (typed[k - 1], typed[k]) = (typed[k], typed[k - 1]);
                if (read(typed[..word.Length]) is { } swapped)
                {
                    return swapped;
                }
            }
        }

        return null;
    }

    /// <summary>The longest word <see cref="FirstUntyped"/> is asked of.</summary>
    private const int LongestUntyped = 16;

    /// <summary>The legal forms read back respelt (<see cref="RespellableLegalForms"/>), and mistyped with the others of
    /// <see cref="MistypedLegalForms"/>; declared first, since both are made of it.</summary>
    private static readonly string[] RespellableForms =
        ["llc", "inc", "corp", "plc", "srl", "sarl", "jsc", "ojsc", "cjsc", "pjsc", "fze", "fzc", "fzco", "kft", "zrt", "sacv"];

    /// <summary>The legal forms <see cref="Mistyped"/> reads back at the end of a name: those read back respelt
    /// (<see cref="RespellableLegalForms"/>) and the others that are no word or name in any language the lists write.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MistypedLegalForms = new HashSet<string>(
        [.. RespellableForms, "ltd", "ltda", "gmbh", "sprl", "eood", "dmcc", "llp", "pvt", "bhd"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The legal form <paramref name="word"/> is a respelling of (<see cref="ReadRespelledLegalForms"/>), or
    /// null.</summary>
    /// <param name="word">A word of a name.</param>
    /// <param name="first">True to read back only the forms names write first (<see cref="FirstWordForms"/>).</param>
    private static string? Respelled(string word, bool first)
    {
        if (word.Length is < 3 or > 4 || WordLists.LegalForms.Contains(word) || string.Equals(word, "ink", StringComparison.Ordinal))
        {
            return null;
        }

        return first
            ? FirstRespelling(word, static r => FirstWordForms.TryGetValue(r, out var form) ? form : null)
            : FirstRespelling(word, static r => RespellableLegalForms.TryGetValue(r, out var form) ? form : null);
    }

    /// <summary>The first form <paramref name="read"/> finds among a word's respellings, trying every choice of the
    /// letters that may be respelt (<see cref="LegalForms.RespeltLetter"/>), one or more of them (<c>kjsk</c> has two:
    /// <c>cjsc</c>); null when it finds none.</summary>
    /// <param name="word">A word of four letters at most.</param>
    /// <param name="read">The form a respelling is, or null.</param>
    private static string? FirstRespelling(string word, RespellingReader read)
    {
        var respellable = 0;
        for (var k = 0; k < word.Length; k++)
        {
            respellable |= LegalForms.RespeltLetter(word[k]) != '\0' ? 1 << k : 0;
        }

        Span<char> respelled = stackalloc char[4];
        for (var choice = respellable; choice != 0; choice = (choice - 1) & respellable)
        {
            for (var k = 0; k < word.Length; k++)
            {
                respelled[k] = (choice & (1 << k)) != 0 ? LegalForms.RespeltLetter(word[k]) : word[k];
            }

            if (read(respelled[..word.Length]) is { } form)
            {
                return form;
            }
        }

        return null;
    }

    /// <summary>The form a respelling of a word is, or null (<see cref="FirstRespelling"/>).</summary>
    private delegate string? RespellingReader(ReadOnlySpan<char> respelt);

    /// <summary>The legal forms <see cref="ReadRespelledLegalForms"/> reads back at the end of a name: no word or name in
    /// any language the lists write (not <c>sa</c>, <c>zao</c> / <c>sao</c>, <c>pao</c>, <c>sas</c> / <c>saz</c>).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RespellableLegalForms =
        new HashSet<string>(RespellableForms, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The forms Russian names write first, joint-stock and limited companies (<c>OJSC GAZPROM</c>, <c>LLC
    /// INNOTECH SOLUTIONS</c>, which a query wrote <c>llk innotekh solutions</c>: 0.702).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordForms = new HashSet<string>(
        ["jsc", "ojsc", "cjsc", "pjsc", "llc"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A number word of six letters or more (<c>fourth</c>, <c>seventh</c>, <c>twenty</c>) misspelt by one edit, read as
    /// the number (<c>FOOURTH DIVISION</c>, <c>SEVENAH SENSE</c>): the lists' number words are digits once normalised,
    /// and the misspelt word met nothing of its name (FIRST DIVISION OF THE SYRIAN ARAB ARMY came first). The first letter
    /// must be the number word's; shorter words are left as written: <c>forth</c>, <c>hirst</c> and <c>fist</c> are one
    /// edit from <c>fourth</c> and <c>first</c>.
    /// </summary>
    private static bool TryMisspeltNumberWord(string word, out int value)
    {
        value = 0;
        if (word.Length < MisspeltNumberWordLength || !char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }

        foreach (var (number, numberValue) in LongNumberWords)
        {
            if (number[0] == word[0] && Math.Abs(number.Length - word.Length) <= 1 && Matching.TokenSimilarity.Distance(word, number, 1) <= 1)
            {
                value = numberValue;
                return true;
            }
        }

        return false;
    }

    private const int MisspeltNumberWordLength = 6;

    /// <summary>The number words of <see cref="MisspeltNumberWordLength"/> letters or more.</summary>
    private static readonly (string Word, int Value)[] LongNumberWords =
        [.. WordLists.NumberWords.Where(w => w.Key.Length >= MisspeltNumberWordLength && char.IsAsciiLetter(w.Key[0])).Select(w => (w.Key, w.Value))];

    /// <summary>
    /// The word an abbreviation of six letters or more stands for when it is written with a letter typed twice, two letters
    /// swapped or a w for its v (<c>INVESST</c>, <c>INVSET</c>, <c>INWEST</c>: investment), or null: the lists' <c>INVEST</c>
    /// is written out, and the mistyped word met nothing of it (<c>tabak inwest llc</c> met <c>TABAK INVEST LLC</c> at
    /// 0.609). Not any edit: <c>INVENT</c> and <c>INOVEST</c> are listed names one edit from <c>invest</c>, <c>INTERNAL</c>
    /// one from <c>internatl</c>; shorter abbreviations are left as written.
    /// </summary>
    private static string? MisspeltAbbreviation(string word)
    {
        // The first letter stays (a swap moves none before the second): most words begin as no abbreviation does.
        if (word.Length < MisspeltNumberWordLength || word.Length > LongestUntyped || !LongAbbreviationStarts.Contains(word[0]))
        {
            return null;
        }

        return FirstUntyped(word, 1, static r => LongAbbreviations.TryGetValue(r, out var full) ? full : null)
            ?? (word.Contains('w', StringComparison.Ordinal) && LongAbbreviations.TryGetValue(word.Replace('w', 'v'), out var withV) ? withV : null);
    }

    /// <summary>The abbreviations of <see cref="MisspeltNumberWordLength"/> letters or more, with the words they stand for
    /// (<see cref="MisspeltAbbreviation"/>).</summary>
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> LongAbbreviations =
        WordLists.Abbreviations.Where(a => a.Key.Length >= MisspeltNumberWordLength).ToDictionary(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first letters of <see cref="LongAbbreviations"/>.</summary>
    private static readonly System.Buffers.SearchValues<char> LongAbbreviationStarts =
        System.Buffers.SearchValues.Create([.. LongAbbreviations.Dictionary.Keys.Select(a => a[0]).Distinct()]);

    /// <summary>True when a word of the name is a generic word or a legal form (<see cref="WordLists.OrganisationAbbreviations"/>).</summary>
    private static bool HoldsOrganisationWord(List<string> words) =>
        words.Exists(w => WordLists.Generic.Contains(w) || WordLists.LegalForms.Contains(w) || WordLists.LegalFormSynonyms.ContainsKey(w));

    /// <param name="words">The name's words.</param>
    /// <param name="misspelt">True to read a misspelt number word as well (<see cref="TryMisspeltNumberWord"/>): not in a
    /// person's name, where <c>Sixten</c> and <c>Secondo</c> are given names.</param>
    private static List<string> NumberWordsToDigits(List<string> words, bool misspelt)
    {
        var result = new List<string>(words.Count);
        bool? organisational = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!WordLists.NumberWords.TryGetValue(words[i], out var value) && !(misspelt && TryMisspeltNumberWord(words[i], out value)))
            {
                // Abbreviations of organisation words are written out (Int'l, Natl, Dept, Mfg …); those that are names
                // too only beside a legal form or a generic word (LIMITED TRADE DEV, S 7 ENG LLC).
                // Whether the name has such a word is asked only of a name with one of those abbreviations.
                result.Add(WordLists.Abbreviations.TryGetValue(words[i], out var full)
                    || (misspelt && WordLists.OrganisationAbbreviations.TryGetValue(words[i], out full) && (organisational ??= HoldsOrganisationWord(words)))
                    || (misspelt && (full = MisspeltAbbreviation(words[i])) is not null)
                    ? full : words[i]);
                continue;
            }

            // Forty-four, forty four and forty 4 are 44.
            if (value >= 20 && value % 10 == 0 && i + 1 < words.Count
                && (WordLists.NumberWords.TryGetValue(words[i + 1], out var unit) || (words[i + 1].Length == 1 && char.IsAsciiDigit(words[i + 1][0]) && (unit = words[i + 1][0] - '0') >= 0))
                && unit is > 0 and < 10)
            {
                value += unit;
                i++;
            }

            result.Add(value.ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }

    private static List<NameToken> Classify(List<string> words, List<string?> keys, bool organisation, bool person, List<string> written, bool abjad)
    {
        var tokens = new List<NameToken>(words.Count);
        var nextWritten = 0;
        var longWords = words.Count(w => w.Length > (IsMark(w[0]) ? 2 : 1) && !w.All(char.IsAsciiDigit));
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (IsMark(word[0]))
            {
                var syllables = word[1..];
                tokens.Add(new NameToken(syllables, PhoneticKey.Of(syllables), syllables.Length == 1 ? TokenClass.Initial : TokenClass.Word)
                {
                    Syllabic = word[0] is SyllabicMark or KanaMark,
                    Script = word[0] switch { HangulMark => ScriptOfHangul, KanaMark => ScriptOfKana, _ => ScriptOfHan },
                    Written = word[0] != KanaMark && nextWritten < written.Count ? written[nextWritten++] : null,
                });
                continue;
            }

            // A word of a name written in Arabic script is a title when it is one of the titles that script writes, as it
            // writes them (حجي hjy, شيخ shykh, ملا mla: the Latin title list holds haji, shaykh, mulla), and not a Latin
            // legal form it happens to spell (إسى asa is Isa, not the Norwegian ASA).
            var arabicTitle = abjad && IsArabicTitle(word);
            var tokenClass = ClassOf(word, i, words.Count, longWords, organisation, person,
                familyName: i > 0 && words[i - 1] is "al" or "el" && (ArabicFamilyTitles.Contains(word) || arabicTitle), arabicTitle, abjad);
            tokens.Add(new NameToken(word, tokenClass is TokenClass.Number or TokenClass.LegalForm ? word : keys[i] ?? PhoneticKey.Of(word), tokenClass) { Abjad = abjad });
        }

        // A name of nothing but legal forms, stop words, particles and titles is told by them (YK-AND, an aircraft's
        // registration: yk a legal form, and a stop word, left nothing to look up, and the name met nothing, itself
        // included): they are its words.
        if (!tokens.Exists(t => t.Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Number or TokenClass.Generic or TokenClass.Initial))
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                tokens[i] = tokens[i] with { Key = PhoneticKey.Of(tokens[i].Text), Class = TokenClass.Word };
            }
        }

        return JoinCode(tokens);
    }

    /// <summary>
    /// A name of no word but letters and numbers (and legal forms, stop words, titles) is a code, one word: <c>M23</c>,
    /// <c>G-9</c>, <c>K M A</c> were an initial and a number, or three initials, and carried too little to meet even
    /// themselves at the review threshold (0.61, 0.62, 0.27). Letters and numbers beside a word stay apart
    /// (<c>YU 7603</c>, <c>J. SMITH</c>).
    /// </summary>
    private static List<NameToken> JoinCode(List<NameToken> tokens)
    {
        var parts = 0;
        var letters = false;
        foreach (var token in tokens)
        {
            // Not a name read from Han, Hangul or kana, nor one in Arabic script, whose single letters are what is left
            // of its words (أبو دعاء, Abu Du'a).
            if (token.Class is TokenClass.Word or TokenClass.Patronymic or TokenClass.Generic || token.Syllabic || token.Script != 0 || token.Abjad)
            {
                return tokens;
            }

            var part = IsCodePart(token);
            parts += part ? 1 : 0;
            letters |= part && token.Class != TokenClass.Number;
        }

        if (parts < 2 || !letters)
        {
            return tokens;
        }

        var code = string.Concat(tokens.Where(IsCodePart).Select(t => t.Text));
        var joined = new List<NameToken>(tokens.Count - parts + 1);
        var placed = false;
        foreach (var token in tokens)
        {
            if (!IsCodePart(token))
            {
                joined.Add(token);
            }
            else if (!placed)
            {
                joined.Add(new NameToken(code, PhoneticKey.Of(code), TokenClass.Word));
                placed = true;
            }
        }

        return joined;
    }

    /// <summary>A letter or a number of a code (<see cref="JoinCode"/>): an initial, a number, or a letter that an
    /// organisation's name reads as a stop word (the <c>a</c> of the vessel <c>K M A</c>).</summary>
    private static bool IsCodePart(NameToken token) =>
        token.Class is TokenClass.Initial or TokenClass.Number || (token.Class == TokenClass.Stopword && token.Text.Length == 1);

    /// <summary>Titles of Muslim learning and pilgrimage that, written with the article, are family names (<c>AL-SHAYKH,
    /// Muhammad</c>: the Al ash-Shaykh; <c>Hassan el-Hajj</c>; <c>al-Mulla</c>): weighed as titles (0.1), such a name
    /// scored 0.699 against itself. Not the president of <c>الرئيس بشار الأسد</c>, a title with the article.</summary>
    private static readonly FrozenSet<string> ArabicFamilyTitles = FrozenSet.ToFrozenSet(
        ["sheikh", "shaikh", "shaykh", "sheik", "cheikh", "haji", "hajji", "hadji", "hajj", "haj", "mullah", "mulla", "mufti", "imam"],
        StringComparer.Ordinal);

    /// <summary>The titles of Muslim learning, pilgrimage and rank as the Latin lists spell them, against which a word
    /// transliterated from Arabic script is compared by its consonants and long vowels (<see cref="IsArabicTitle"/>). Not
    /// the titles that are given names too (Amir, Sayed), nor Akhund, in the lists' names a family name (ATTIQULLAH
    /// AKHUND, MOHAMMAD HASSAN AKHUND: read as a title, their names in Arabic script left only a given name to find
    /// them by).</summary>
    private static readonly AbjadSkeleton.Skeleton[] ArabicTitleSkeletons =
    [
        .. new[]
        {
            "sheikh", "shaykh", "cheikh", "sheikha", "haji", "hajji", "hajj", "alhaji", "alhajj", "mullah", "mulla", "maulana",
            "mawlawi", "maulvi", "molvi", "mufti", "imam", "ustad", "ustadh", "ustaz", "ayatollah", "hojatoleslam",
        }.Select(AbjadSkeleton.OfLatin).Distinct(),
    ];

    /// <summary>True when a word transliterated from Arabic script is one of the titles that script writes
    /// (<see cref="ArabicTitleSkeletons"/>), as the same skeleton with the long vowels written alike.</summary>
    /// <param name="word">A normalised word of a name written in Arabic script.</param>
    internal static bool IsArabicTitle(string word)
    {
        if (word.Length < 2 || word.Length > 12)
        {
            return false;
        }

        // Most words share no skeleton with a title: their vowels need not be compared.
        var skeletons = AbjadSkeleton.OfAbjadRemembered(word);
        var sharesKey = false;
        foreach (var skeleton in skeletons)
        {
            sharesKey |= ArabicTitleKeys.Contains(skeleton.Key);
        }

        if (!sharesKey)
        {
            return false;
        }

        foreach (var title in ArabicTitleSkeletons)
        {
            if (AbjadSkeleton.Similarity(skeletons, title) >= AbjadSkeleton.SameSkeleton)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> ArabicTitleKeys = ArabicTitleSkeletons.Select(t => t.Key).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The class of a word of a name.</summary>
    /// <param name="word">The word.</param>
    /// <param name="index">Where it stands in the name.</param>
    /// <param name="count">How many words the name has.</param>
    /// <param name="longWords">How many of them have two letters or more and are no numbers (not initials).</param>
    /// <param name="organisation">True when the name is known to be an organisation's, a vessel's or an aircraft's.</param>
    /// <param name="person">True when the name is known to be a person's.</param>
    /// <param name="familyName">True when the word is a title that, after the Arabic article, is a family name
    /// (<see cref="ArabicFamilyTitles"/>).</param>
    /// <param name="arabicTitle">True when the word is a title as Arabic script writes it (<see cref="IsArabicTitle"/>).</param>
    /// <param name="abjad">True when the name is written in Arabic script.</param>
    private static TokenClass ClassOf(string word, int index, int count, int longWords, bool organisation, bool person, bool familyName, bool arabicTitle, bool abjad)
    {
        if (word.All(char.IsAsciiDigit) || (index > 0 && WordLists.RomanNumerals.Contains(word)))
        {
            return TokenClass.Number;
        }

        if (word.Length == 1)
        {
            return organisation && WordLists.Stopwords.Contains(word) ? TokenClass.Stopword : TokenClass.Initial;
        }

        if (!person && !abjad && WordLists.LegalForms.Contains(word) && count > 1)
        {
            return TokenClass.LegalForm;
        }

        // A title stands beside a name: beside initials and numbers alone it is the name's word (LADY D, a vessel,
        // screened with no kind, was a title and an initial and met nothing; MS-13 was the title Ms and a number, and
        // met itself at 0.35).
        if (!organisation && (WordLists.Titles.Contains(word) || arabicTitle) && longWords > 1 && !familyName)
        {
            return TokenClass.Title;
        }

        if (WordLists.Particles.Contains(word))
        {
            return TokenClass.Particle;
        }

        // In a person's name an, im and in are the Korean surnames An (안), Im (임) and In (인): as stop words they
        // weighed nothing, and An Yong Su met KIM, Yong Su at 0.937. (Not on, which the public name pairs expect to be
        // left out: Kim Jong On is Kim Jong Un there.)
        if (WordLists.Stopwords.Contains(word) && !(person && word is "an" or "im" or "in"))
        {
            return TokenClass.Stopword;
        }

        if (WordLists.Generic.Contains(word) || (abjad && WordLists.ArabicScriptGeneric.Contains(word)))
        {
            return TokenClass.Generic;
        }

        // A word of a legal-form phrase left alone, the rest of the phrase dropped or misspelt (AKTSIONERNOE
        // IRKUTSKKABEL, OBSHCHESTVO S OGRANICHENNOI ALYANS): still a legal form, not a rare name word.
        if (!person && count > 1 && LegalForms.IsLongPhraseWord(word))
        {
            return TokenClass.LegalForm;
        }

        if (!organisation && count >= 3 && word.Length >= 7)
        {
            foreach (var ending in WordLists.PatronymicEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= 3)
                {
                    return TokenClass.Patronymic;
                }
            }
        }

        return TokenClass.Word;
    }
}
