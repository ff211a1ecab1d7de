using System.Runtime.CompilerServices;

namespace Custos.Screening.Matching;

/// <summary>The edit distance of two spellings (optimal string alignment: a transposition counts one), bounded by a
/// limit past which the exact value does not matter.</summary>
internal static partial class TokenSimilarity
{
    /// <summary>Optimal string alignment distance (Levenshtein with adjacent transpositions); once every path
    /// exceeds <paramref name="limit"/> the result is only known to be above it: it is then the smallest value of the
    /// first row (a row per letter of the longer word) whose values all exceed the limit.</summary>
    // The three rows are written before they are read (the first row below, each later row left to right), so the
    // stack space is not zeroed first: clearing it was a visible share of a screen's time.
    [SkipLocalsInit]
    public static int Distance(string a, string b, int limit = int.MaxValue)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length is > 0 and <= 64 && BitParallelDistance(a, b, limit, out var distance))
        {
            return distance;
        }

        var n = a.Length;
        var m = b.Length;
        var small = n < 64;
        Span<int> previous2 = small ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> previous = small ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> current = small ? stackalloc int[n + 1] : new int[n + 1];
        for (var i = 0; i <= n; i++)
        {
            previous[i] = i;
        }

        for (var j = 1; j <= m; j++)
        {
            current[0] = j;
            var bj = b[j - 1];
            var rowMinimum = j;
            for (var i = 1; i <= n; i++)
            {
                var cost = a[i - 1] == bj ? 0 : 1;
                var value = Math.Min(Math.Min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == bj)
                {
                    value = Math.Min(value, previous2[i - 2] + 1);
                }

                current[i] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return rowMinimum;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return previous[n];
    }

    /// <summary>Each ASCII character's positions in the shorter word of the current <see cref="BitParallelDistance"/>
    /// (a bit each), left all zero between calls.</summary>
    [ThreadStatic]
    private static ulong[]? positions;

    /// <summary>
    /// The same result as the rows of <see cref="Distance"/>, a row at a time in two machine words (Hyyrö's bit-vector
    /// form of Myers' algorithm, with his extension to transpositions): the bits say where a row's value goes up or
    /// down by one from the cell above, so a row costs a few word operations instead of a pass over the shorter word.
    /// The smallest value of a row is added up from its bits only when the last value and the first are both past the
    /// limit (only then can the row end the search).
    /// </summary>
    /// <param name="a">The shorter word, 1 to 64 characters.</param>
    /// <param name="b">The longer word.</param>
    /// <param name="limit">As for <see cref="Distance"/>.</param>
    /// <param name="distance">The result, when there is one.</param>
    /// <returns>False for a shorter word with a character outside ASCII (left to the rows).</returns>
    private static bool BitParallelDistance(string a, string b, int limit, out int distance)
    {
        var table = positions ??= new ulong[128];
        var n = a.Length;
        for (var i = 0; i < n; i++)
        {
            var c = a[i];
            if (c >= 128)
            {
                for (var k = 0; k < i; k++)
                {
                    table[a[k]] = 0;
                }

                distance = 0;
                return false;
            }

            table[c] |= 1UL << i;
        }

        // up / down: bit i-1 set when the value in row j at position i is one more / one less than at position i-1
        // (row 0 counts up: 0, 1, 2, ...). diagonal: bit i-1 set when the value at (i, j) equals that at (i-1, j-1).
        var up = ulong.MaxValue;
        var down = 0UL;
        var diagonal = 0UL;
        var previousMatches = 0UL;
        var last = 1UL << (n - 1);
        var score = n;
        distance = -1;
        for (var j = 1; j <= b.Length; j++)
        {
            var c = b[j - 1];
            var matches = c < 128 ? table[c] : 0UL;
            var transposed = ((~diagonal & matches) << 1) & previousMatches;
            diagonal = (unchecked((matches & up) + up) ^ up) | matches | down | transposed;
            var rightUp = down | ~(diagonal | up);
            var rightDown = up & diagonal;
            if ((rightUp & last) != 0)
            {
                score++;
            }
            else if ((rightDown & last) != 0)
            {
                score--;
            }

            rightUp = (rightUp << 1) | 1UL;
            rightDown <<= 1;
            up = rightDown | ~(diagonal | rightUp);
            down = rightUp & diagonal;
            previousMatches = matches;
            if (score > limit && j > limit)
            {
                var value = j;
                var rowMinimum = j;
                for (var i = 0; i < n && rowMinimum > limit; i++)
                {
                    value += (int)((up >> i) & 1UL) - (int)((down >> i) & 1UL);
                    rowMinimum = Math.Min(rowMinimum, value);
                }

                if (rowMinimum > limit)
                {
                    distance = rowMinimum;
                    break;
                }
            }
        }

        if (distance < 0)
        {
            distance = score;
        }

        for (var i = 0; i < n; i++)
        {
            table[a[i]] = 0;
        }

        return true;
    }
}
