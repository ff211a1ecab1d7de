using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Custos.Screening.Text;

/// <summary>
/// The readings of words that split entirely into the written syllables of a romanisation (<see cref="MandarinReadings"/>,
/// <see cref="KoreanReadings"/>): each written syllable has one or more readings, and a word's readings are those of its
/// syllables in order, for every way it splits (at most <c>maxSyllables</c>, at most <c>maxReadings</c> readings). Two
/// words that share a reading may be the same syllables written in two systems. A word's readings are worked out once
/// and remembered (bounded).
/// </summary>
internal sealed class SyllableReadings
{
    private const int MaxRemembered = 200_000;

    private readonly FrozenDictionary<string, string[]> written;
    private readonly int maxSyllables;
    private readonly int maxSyllableLength;
    private readonly int maxReadings;
    private readonly string separator;
    private readonly ConcurrentDictionary<string, string[]> remembered = new(StringComparer.Ordinal);

    /// <summary>How many words <see cref="remembered"/> holds, counted here: the dictionary's own count takes all its
    /// locks, and was asked on every word seen for the first time.</summary>
    private int rememberedCount;

    /// <param name="written">Every syllable as a system may write it → its readings.</param>
    /// <param name="maxSyllables">The most syllables a word is read as.</param>
    /// <param name="maxReadings">The most readings kept for a word.</param>
    /// <param name="separator">Written between the readings of two syllables.</param>
    public SyllableReadings(FrozenDictionary<string, string[]> written, int maxSyllables, int maxReadings, string separator)
    {
        this.written = written;
        this.maxSyllables = maxSyllables;
        this.maxReadings = maxReadings;
        this.separator = separator;
        maxSyllableLength = written.Keys.Max(k => k.Length);
    }

    /// <summary>The longest word that may split into syllables.</summary>
    public int MaxWordLength => maxSyllables * maxSyllableLength;

    /// <summary>The readings of <paramref name="word"/> (sorted), or none when it does not split; remembered.</summary>
    /// <param name="word">A lower-case ASCII token.</param>
    /// <param name="spellings">Other spellings read as the word (a surname written as no system writes it), or null.</param>
    public string[] Of(string word, string[]? spellings = null)
    {
        if (word.Length == 0 || word.Length > MaxWordLength || !IsLetters(word))
        {
            return [];
        }

        if (remembered.TryGetValue(word, out var known))
        {
            return known;
        }

        var readings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spelling in spellings ?? [])
        {
            Read(spelling, 0, string.Empty, 0, readings);
        }

        if (Fewest(word) <= maxSyllables)
        {
            Read(word, 0, string.Empty, 0, readings);
        }

        string[] result = readings.Count == 0 ? [] : [.. readings.Order(StringComparer.Ordinal)];
        if (Volatile.Read(ref rememberedCount) < MaxRemembered && remembered.TryAdd(word, result))
        {
            Interlocked.Increment(ref rememberedCount);
        }

        return result;
    }

    /// <summary>True when the two words share a reading (<paramref name="a"/>'s readings, sorted, against
    /// <paramref name="b"/>'s).</summary>
    public static bool Share(string[] a, string[] b)
    {
        if (a.Length == 0)
        {
            return false;
        }

        foreach (var r in b)
        {
            if (Array.BinarySearch(a, r, StringComparer.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The fewest written syllables <paramref name="word"/> splits into, or more than the most a word is read
    /// as (a quick test on spans, nothing allocated: most words of other languages fail it at once).</summary>
    /// <param name="word">A lower-case ASCII token no longer than <see cref="MaxWordLength"/>.</param>
    public int Fewest(string word)
    {
        var lookup = written.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<byte> fewest = stackalloc byte[word.Length + 1];
        fewest.Fill(byte.MaxValue);
        fewest[0] = 0;
        for (var start = 0; start < word.Length; start++)
        {
            if (fewest[start] >= maxSyllables)
            {
                continue;
            }

            for (var end = start + 1; end <= Math.Min(word.Length, start + maxSyllableLength); end++)
            {
                if (lookup.ContainsKey(word.AsSpan(start, end - start)))
                {
                    fewest[end] = (byte)Math.Min(fewest[end], fewest[start] + 1);
                }
            }
        }

        return fewest[word.Length];
    }

    /// <summary>True when every character of <paramref name="word"/> is a lower-case ASCII letter.</summary>
    public static bool IsLetters(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private void Read(string word, int start, string prefix, int syllables, HashSet<string> readings)
    {
        if (start == word.Length)
        {
            if (syllables > 0 && readings.Count < maxReadings)
            {
                readings.Add(prefix);
            }

            return;
        }

        if (syllables == maxSyllables)
        {
            return;
        }

        var lookup = written.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var end = Math.Min(word.Length, start + maxSyllableLength); end > start; end--)
        {
            if (lookup.TryGetValue(word.AsSpan(start, end - start), out var classes))
            {
                foreach (var c in classes)
                {
                    Read(word, end, prefix.Length == 0 ? c : string.Concat(prefix, separator, c), syllables + 1, readings);
                }
            }
        }
    }
}
