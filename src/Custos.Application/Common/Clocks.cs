namespace Custos.Application.Common;

/// <summary>Time as Custos stores it.</summary>
public static class Clocks
{
    /// <summary>
    /// Now, to the millisecond: what SQLite stores (Unix milliseconds), so that what is kept, shown and ledgered is the
    /// same instant on both providers.
    /// </summary>
    public static DateTimeOffset NowToTheMillisecond(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateTimeOffset.FromUnixTimeMilliseconds(clock.GetUtcNow().ToUnixTimeMilliseconds());
    }
}
