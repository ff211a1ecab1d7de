namespace Custos.Application.Policy;

/// <summary>
/// Orders version identifiers naturally: runs of digits compare as numbers, everything else ordinally, so
/// <c>custos-default-2026.10</c> comes after <c>custos-default-2026.9</c>. Used only to decide whether a shipped default
/// is newer than the one installed.
/// </summary>
public static class PolicyVersionOrder
{
    public static int Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        int i = 0, j = 0;
        while (i < left.Length && j < right.Length)
        {
            if (char.IsAsciiDigit(left[i]) && char.IsAsciiDigit(right[j]))
            {
                var a = DigitRun(left, ref i);
                var b = DigitRun(right, ref j);
                var byNumber = a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);
                if (byNumber != 0)
                {
                    return byNumber;
                }

                continue;
            }

            var byChar = left[i].CompareTo(right[j]);
            if (byChar != 0)
            {
                return byChar;
            }

            i++;
            j++;
        }

        var byRest = (left.Length - i).CompareTo(right.Length - j);
        return byRest != 0 ? byRest : string.CompareOrdinal(left, right);
    }

    /// <summary>The digit run starting at <paramref name="index"/>, without leading zeros; advances past it.</summary>
    private static string DigitRun(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        var run = text[start..index].TrimStart('0');
        return run;
    }
}
