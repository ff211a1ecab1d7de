using System.Numerics;

namespace Custos.Ledger.Merkle;

/// <summary>Integer helpers for RFC 6962 tree shapes.</summary>
internal static class TreeMath
{
    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n must be at least 2).</summary>
    public static ulong LargestPowerOfTwoBelow(ulong n) => 1UL << (63 - BitOperations.LeadingZeroCount(n - 1));

    /// <summary>
    /// Whether [start, end) is a valid subtree in the sense of the Merkle Tree Certificates draft: start &lt;= end and
    /// start is a multiple of BIT_CEIL(end - start).
    /// </summary>
    public static bool IsValidSubtree(ulong start, ulong end)
    {
        if (start > end)
        {
            return false;
        }

        var size = end - start;
        if (size <= 1)
        {
            return true;
        }

        var ceilingBits = 64 - BitOperations.LeadingZeroCount(size - 1);
        if (ceilingBits >= 64)
        {
            // BIT_CEIL(size) is 2^64: only start 0 is a multiple of it.
            return start == 0;
        }

        var mask = (1UL << ceilingBits) - 1;
        return (start & mask) == 0;
    }

    /// <summary>
    /// Adds to <paramref name="nodes"/> the perfect subtrees (level, index) whose ordered fold gives MTH(D[start:end]),
    /// for a range whose start is aligned as in the tree structure.
    /// </summary>
    public static void DecomposeRange(ulong start, ulong end, List<(int Level, ulong Index)> nodes)
    {
        while (start < end)
        {
            var size = end - start;
            if (BitOperations.IsPow2(size) && start % size == 0)
            {
                var level = BitOperations.TrailingZeroCount(size);
                nodes.Add((level, start >> level));
                return;
            }

            var k = LargestPowerOfTwoBelow(size);
            var kLevel = BitOperations.TrailingZeroCount(k);
            nodes.Add((kLevel, start >> kLevel));
            start += k;
        }
    }
}
