using System.Globalization;

namespace Custos.Proofs.Bench;

/// <summary>Percentiles, the resident set, and how figures are printed.</summary>
internal static class Figures
{
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    /// <summary>The process's resident set in MiB (VmRSS of /proc/self/status), after a full blocking collection that compacts the large object heap too.</summary>
    public static double ResidentMiB()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>The managed heap's size in MiB after the last collection.</summary>
    public static double HeapMiB() => GC.GetGCMemoryInfo().HeapSizeBytes / 1024.0 / 1024;

    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    public static void Print(string name, FormattableString value) =>
        Console.WriteLine($"{name,-58} {value.ToString(CultureInfo.InvariantCulture)}");
}
