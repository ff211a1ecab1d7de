namespace Custos.Soak;

/// <summary>One minute of the soak: requests answered 201 and others, latency percentiles, mean RSS, the published log size at its end.</summary>
internal sealed record Minute(int Number, int Answered, long Errors, double P50, double P99, double NodeRss, double WitnessRss, long Published);
