namespace Custos.TestSupport;

/// <summary>
/// The system's wall clock plus an offset the test steps, as an operator or NTP stepping a machine's clock does: "now"
/// jumps, while timers and elapsed-time measurements (the monotonic clock) go on undisturbed.
/// </summary>
public sealed class SteppingClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" by <paramref name="by"/> (negative: back).</summary>
    public void Step(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
