namespace Custos.Domain.Policy;

/// <summary>
/// A term of the policy looked for in a request's text, folded once (<see cref="FoldedText"/>). How it matches depends on
/// what it is:
/// <list type="bullet">
/// <item>a phrase in a script written with spaces matches words that <em>start</em> with each of its words in turn, so a
/// stem finds its inflections (<c>дискредит</c> finds <c>дискредитации</c>, <c>cumhurbaşkan hakaret</c> finds
/// <c>Cumhurbaşkanına hakaret</c>);</item>
/// <item>a single word of three characters or fewer matches only the whole word (<c>УК</c>, <c>TCK</c>, <c>don</c>);</item>
/// <item>a term in a script written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese) matches anywhere;</item>
/// <item>an article number (starting with a digit: <c>207.3</c>, <c>295-C</c>) matches where it is not part of a longer
/// number (<c>282</c> does not match <c>282.2</c>, nor <c>207.3</c> match <c>1207.31</c>).</item>
/// </list>
/// </summary>
public sealed class SearchTerm
{
    private const int ShortWord = 3;
    private readonly string[] _stems;
    private readonly string _needle;

    private readonly ScriptClass _script;
    private readonly char _initial;

    private SearchTerm(string text, SearchTermMode mode, string[] stems, string needle)
    {
        Text = text;
        Mode = mode;
        _stems = stems;
        _needle = needle;
        _initial = stems[0][0];
        var script = FoldedText.ScriptOf(_initial);
        _script = script == ScriptClass.None ? (ScriptClass)~0 : script; // a class the filter cannot tell: never ruled out
    }

    /// <summary>The term as the policy writes it (quoted in findings).</summary>
    public string Text { get; }

    public SearchTermMode Mode { get; }

    /// <summary>A phrase (word stems, a short word, or a run of characters in a script without spaces).</summary>
    public static SearchTerm Phrase(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = FoldedText.Of(text).Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            throw new ArgumentException("A search term needs at least one letter or digit.", nameof(text));
        }

        if (IsUnspaced(words[0][0]))
        {
            var joined = string.Concat(words);
            return new SearchTerm(text, SearchTermMode.Anywhere, [joined], joined);
        }

        return words.Length == 1 && words[0].Length <= ShortWord
            ? new SearchTerm(text, SearchTermMode.WholeWord, words, " " + words[0] + " ")
            : new SearchTerm(text, SearchTermMode.WordStems, words, " " + words[0]);
    }

    /// <summary>An article number when it starts with a digit, else a phrase (<c>第一百零五条</c>).</summary>
    public static SearchTerm Article(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = FoldedText.FoldPlain(text.Trim());
        return folded.Length > 0 && char.IsAsciiDigit(folded[0])
            ? new SearchTerm(text, SearchTermMode.ArticleNumber, [folded], folded)
            : Phrase(text);
    }

    public bool FoundIn(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((text.Scripts & _script) == 0 || (Mode is SearchTermMode.WordStems or SearchTermMode.WholeWord && !text.MayStartAWord(_initial)))
        {
            return false; // the text has no character of the term's script, or no word starting as the term does
        }

        return Mode switch
        {
            SearchTermMode.Anywhere or SearchTermMode.WholeWord => text.Words.Contains(_needle, StringComparison.Ordinal),
            SearchTermMode.WordStems => FindStems(text.Words),
            SearchTermMode.ArticleNumber => FindArticle(text.Plain),
            _ => false,
        };
    }

    public override string ToString() => Text;

    private bool FindStems(string words)
    {
        for (var at = words.IndexOf(_needle, StringComparison.Ordinal); at >= 0; at = words.IndexOf(_needle, at + 1, StringComparison.Ordinal))
        {
            if (FollowingStemsMatch(words, at + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words after the one starting at <paramref name="wordStart"/> start with the remaining stems.</summary>
    private bool FollowingStemsMatch(string words, int wordStart)
    {
        var position = wordStart;
        for (var i = 1; i < _stems.Length; i++)
        {
            var space = words.IndexOf(' ', position);
            if (space < 0 || string.CompareOrdinal(words, space + 1, _stems[i], 0, _stems[i].Length) != 0)
            {
                return false;
            }

            position = space + 1;
        }

        return true;
    }

    private bool FindArticle(string plain)
    {
        for (var at = plain.IndexOf(_needle, StringComparison.Ordinal); at >= 0; at = plain.IndexOf(_needle, at + 1, StringComparison.Ordinal))
        {
            if (StandsAlone(plain, at, _needle.Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number is not the tail or the head of a longer number or identifier.</summary>
    private static bool StandsAlone(string text, int start, int length)
    {
        if (start > 0)
        {
            var before = text[start - 1];
            if (char.IsAsciiDigit(before) || char.IsLetter(before)
                || (before is '.' or ',' && start > 1 && char.IsAsciiDigit(text[start - 2])))
            {
                return false;
            }
        }

        var end = start + length;
        if (end < text.Length)
        {
            var after = text[end];
            if (char.IsAsciiDigit(after) || (char.IsAsciiDigit(text[end - 1]) && char.IsAsciiLetter(after))
                || (after is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Scripts written without spaces between words: a term in them can only be found as a run of characters.</summary>
    private static bool IsUnspaced(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF')
            or (>= '\u3040' and <= '\u30FF') or (>= '\u0E00' and <= '\u0EFF') or (>= '\u1780' and <= '\u17FF')
            or (>= '\u1000' and <= '\u109F');
}
