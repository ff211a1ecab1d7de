using System.Globalization;
using System.Text;

namespace Custos.Ledger.Bench;

/// <summary>Deterministic entries for the benchmarks.</summary>
internal static class Workload
{
    public static ReadOnlyMemory<byte>[] Entries(int count, int size, int offset = 0)
    {
        var entries = new ReadOnlyMemory<byte>[count];
        for (var i = 0; i < count; i++)
        {
            var entry = new byte[size];
            BitConverter.TryWriteBytes(entry, offset + i);
            entries[i] = entry;
        }

        return entries;
    }

    /// <summary>Ledger-event-like JSON lines of 100–150 bytes (mean about 125), the size of a real Custos event.</summary>
    public static ReadOnlyMemory<byte>[] RealisticEntries(int count, int offset = 0)
    {
        var entries = new ReadOnlyMemory<byte>[count];
        var random = new Random(6962);
        for (var i = 0; i < count; i++)
        {
            var n = offset + i;
            var text = string.Create(CultureInfo.InvariantCulture, $"{{\"seq\":{n},\"type\":\"demand.approved\",\"demand\":\"d_{n:x8}\",\"by\":\"u_{n % 97:x4}\",\"at\":\"2025-01-01T00:00:00Z\"");
            var pad = random.Next(100, 151) - text.Length - 1;
            entries[i] = Encoding.UTF8.GetBytes(text + new string(' ', Math.Max(0, pad)) + "}");
        }

        return entries;
    }
}
