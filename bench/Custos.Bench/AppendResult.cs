namespace Custos.Bench;

/// <summary>Appends per second, the commit → checkpoint latencies of the sampled events (ms), and how many checkpoints were published meanwhile.</summary>
internal sealed record AppendResult(double Rate, List<double> Latencies, long Checkpoints);
