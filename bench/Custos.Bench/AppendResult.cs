namespace Custos.Bench;

/// <summary>
/// Appends per second, the commit → checkpoint latencies of the sampled events (ms), how many checkpoints were published
/// meanwhile, and the times between consecutive published checkpoints (ms).
/// </summary>
internal sealed record AppendResult(double Rate, List<double> Latencies, long Checkpoints, List<double> Gaps);
