using System.Diagnostics;

namespace Custos.Scale.Bench;

/// <summary>Latencies of repeated calls, in milliseconds, sorted.</summary>
internal sealed class Latencies
{
    private readonly List<double> _sorted;

    private Latencies(List<double> sorted) => _sorted = sorted;

    public int Count => _sorted.Count;

    public double Max => _sorted.Count == 0 ? double.NaN : _sorted[^1];

    /// <summary>Calls <paramref name="call"/> once for each input (after warming up on the first few) and times each.</summary>
    public static async Task<Latencies> MeasureAsync<T>(IReadOnlyList<T> inputs, Func<T, Task> call, int warmUp = 5)
    {
        foreach (var input in inputs.Take(warmUp))
        {
            await call(input);
        }

        var times = new List<double>(inputs.Count);
        foreach (var input in inputs)
        {
            var started = Stopwatch.GetTimestamp();
            await call(input);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        times.Sort();
        return new Latencies(times);
    }

    public double Percentile(double p) =>
        _sorted.Count == 0 ? double.NaN : _sorted[Math.Clamp((int)Math.Ceiling(p * _sorted.Count) - 1, 0, _sorted.Count - 1)];
}
