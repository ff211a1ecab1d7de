namespace Custos.Screening.Text;

/// <summary>
/// The letters of Arabic that Latin spellings write in two ways, by the language they were made for: ض, ذ and ظ are
/// <c>d</c> or <c>dh</c> in Arabic and <c>z</c> in Persian, Urdu and Turkish (<c>Fadl</c> / <c>Fazl</c>, <c>Ridha</c> /
/// <c>Reza</c>, <c>Nadhir</c> / <c>Nazir</c>, <c>Dhafar</c> / <c>Zafar</c>); ث is <c>th</c> or <c>s</c>
/// (<c>Uthman</c> / <c>Usman</c>, <c>Haitham</c> / <c>Haisam</c>). The phonetic key keeps <c>d</c> and <c>z</c>, <c>th</c>
/// and <c>s</c> apart, as it must for most names, and the spellings of one such name are two or three edits apart: a
/// Latin word is also compared with these letters written alike (<see cref="Merge"/>), and looked up by its spellings in
/// the other language (<see cref="RespellingsOf"/>).
/// </summary>
internal static class ArabicConsonants
{
    /// <summary>Writes <paramref name="text"/> with <c>dh</c> and <c>d</c> written <c>z</c> and, when <paramref name="th"/>,
    /// <c>th</c> written <c>s</c>, into <paramref name="merged"/> (at least as long as the text), and returns its length: two
    /// Latin spellings of one Arabic name are the same, or nearly, so written.</summary>
    /// <param name="text">A word in lower-case Latin letters.</param>
    /// <param name="th">Whether <c>th</c> is written <c>s</c> too.</param>
    /// <param name="merged">Where the spelling is written.</param>
    public static int Merge(string text, bool th, Span<char> merged)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == 'd')
            {
                merged[length++] = 'z';
                i += next == 'h' ? 1 : 0;
            }
            else if (th && c == 't' && next == 'h')
            {
                merged[length++] = 's';
                i++;
            }
            else
            {
                merged[length++] = c;
            }
        }

        return length;
    }

    /// <summary>
    /// The spellings of a word in the other language's letters, to look up by (<c>z</c> as <c>dh</c>, <c>dh</c> as <c>z</c>,
    /// <c>th</c> as <c>s</c>, a single <c>s</c> as <c>th</c>), each with every such letter respelt: <c>reza</c>
    /// <c>redha</c>, <c>usman</c> <c>uthman</c>. Not a plain <c>d</c> as <c>z</c> or back: one letter apart, the two spellings find each other
    /// by their deletions already. Not the <c>z</c> of <c>zh</c>, the <c>s</c> of <c>sh</c>, <c>ss</c>, <c>ts</c>,
    /// nor a word with more than one <c>s</c>. Empty for a word with none of these letters.
    /// </summary>
    /// <param name="text">A word in lower-case Latin letters.</param>
    public static string[] RespellingsOf(string text)
    {
        string? fromZ = null, fromDh = null, fromTh = null, fromS = null;
        if (text.Contains('z', StringComparison.Ordinal) && !text.Contains("zh", StringComparison.Ordinal))
        {
            fromZ = text.Replace("z", "dh", StringComparison.Ordinal);
        }

        if (text.Contains("dh", StringComparison.Ordinal))
        {
            fromDh = text.Replace("dh", "z", StringComparison.Ordinal);
        }

        if (text.Contains("th", StringComparison.Ordinal))
        {
            fromTh = text.Replace("th", "s", StringComparison.Ordinal);
        }

        var s = text.IndexOf('s', StringComparison.Ordinal);
        if (s >= 0 && text.IndexOf('s', s + 1) < 0 && (s + 1 == text.Length || text[s + 1] != 'h') && (s == 0 || text[s - 1] != 't'))
        {
            fromS = string.Concat(text.AsSpan(0, s), "th", text.AsSpan(s + 1));
        }

        var count = (fromZ is null ? 0 : 1) + (fromDh is null ? 0 : 1) + (fromTh is null ? 0 : 1) + (fromS is null ? 0 : 1);
        if (count == 0)
        {
            return [];
        }

        var respellings = new string[count];
        var k = 0;
        foreach (var respelt in (ReadOnlySpan<string?>)[fromZ, fromDh, fromTh, fromS])
        {
            if (respelt is not null)
            {
                respellings[k++] = respelt;
            }
        }

        return respellings;
    }
}
