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
}
