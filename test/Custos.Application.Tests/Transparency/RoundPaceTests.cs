using Custos.Application.Transparency.Facts;

namespace Custos.Application.Tests.Transparency;

/// <summary>How a round of public facts spreads its transactions: pauses while on course, none once behind.</summary>
public sealed class RoundPaceTests
{
    [Fact]
    public void PauseAfter_RoundWellWithinItsBudget_PausesTheFactorTimesTheTransaction()
    {
        var pace = new RoundPace(end: 400, budget: TimeSpan.FromDays(1), factor: 2);
        pace.BeginWindow(100, 200, transactions: 4);

        Assert.Equal(TimeSpan.FromMilliseconds(20), pace.PauseAfter(TimeSpan.FromMilliseconds(10)));
    }

    [Fact]
    public void PauseAfter_RoundBehindItsCourse_DoesNotPause()
    {
        // No time at all to spread the round over: every pause would make it later still.
        var pace = new RoundPace(end: 400, budget: TimeSpan.Zero, factor: 2);
        pace.BeginWindow(100, 200, transactions: 4);

        Assert.Equal(TimeSpan.Zero, pace.PauseAfter(TimeSpan.FromMilliseconds(10)));
        Assert.Equal(TimeSpan.Zero, pace.PauseAfter(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void PauseAfter_FactorZero_NeverPauses()
    {
        var pace = new RoundPace(end: 400, budget: TimeSpan.FromDays(1), factor: 0);
        pace.BeginWindow(100, 200, transactions: 1);

        Assert.Equal(TimeSpan.Zero, pace.PauseAfter(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Done_CountsTheWindowsBeforeAndTheTransactionsOfTheCurrentOne()
    {
        var pace = new RoundPace(end: 400, budget: TimeSpan.FromDays(1), factor: 2);
        pace.BeginWindow(100, 200, transactions: 4);
        Assert.Equal(0, pace.Done, 6);

        pace.PauseAfter(TimeSpan.FromMilliseconds(1));
        Assert.Equal(25 / 300.0, pace.Done, 6);

        // More transactions than planned (an agency's requests, paged) count as the window's end, not past it.
        for (var i = 0; i < 6; i++)
        {
            pace.PauseAfter(TimeSpan.FromMilliseconds(1));
        }

        Assert.Equal(100 / 300.0, pace.Done, 6);

        pace.BeginWindow(200, 400, transactions: 0);
        Assert.Equal(1, pace.Done, 6);
    }

    [Fact]
    public void Done_NothingToGoThrough_IsOne()
    {
        var pace = new RoundPace(end: 100, budget: TimeSpan.FromDays(1), factor: 2);

        Assert.Equal(1, pace.Done, 6);
    }
}
