using System.Diagnostics;
using Xunit;

namespace Custos.TestSupport;

/// <summary>Waiting for something a running system does by itself, with a limit and a message naming what never came.</summary>
public static class TestWaits
{
    /// <summary>The default limit: generous for a loaded machine.</summary>
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; fails naming <paramref name="what"/> at the limit.</summary>
    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, limit);

    /// <summary>Polls <paramref name="condition"/> every 100 ms until it holds; fails naming <paramref name="what"/> at the limit.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        var wait = limit ?? DefaultLimit;
        while (!await condition())
        {
            Assert.True(clock.Elapsed < wait, $"Not reached within {wait}: {what}.");
            await Task.Delay(100);
        }
    }
}
