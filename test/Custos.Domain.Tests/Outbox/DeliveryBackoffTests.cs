using Custos.Domain.Outbox;

namespace Custos.Domain.Tests.Outbox;

public class DeliveryBackoffTests
{
    [Fact]
    public void WaitAfter_DefaultPolicy_DoublesFromOneMinuteUpToSixHours()
    {
        var waits = Enumerable.Range(1, 12).Select(n => DeliveryBackoff.Default.WaitAfter(n).TotalMinutes);

        Assert.Equal([1, 2, 4, 8, 16, 32, 64, 128, 256, 360, 360, 360], waits);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public void WaitAfter_VeryManyFailures_StaysAtTheCapWithoutOverflow(int failures)
    {
        Assert.Equal(TimeSpan.FromHours(6), DeliveryBackoff.Default.WaitAfter(failures));
    }

    [Fact]
    public void WaitAfter_CapNotAPowerOfTwoOfTheFirst_IsReachedExactlyAndNeverPassed()
    {
        var backoff = new DeliveryBackoff(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5));

        Assert.Equal([30, 60, 120, 240, 300, 300], Enumerable.Range(1, 6).Select(n => backoff.WaitAfter(n).TotalSeconds));
    }

    [Fact]
    public void WaitAfter_NoFailureYet_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeliveryBackoff.Default.WaitAfter(0));
    }

    [Fact]
    public void NextAttempt_AfterTheThirdFailure_IsFourMinutesLater()
    {
        var failedAt = new DateTimeOffset(2027, 1, 31, 23, 58, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2027, 2, 1, 0, 2, 0, TimeSpan.Zero), DeliveryBackoff.Default.NextAttempt(failedAt, 3));
    }

    [Fact]
    public void Validate_TooShortOrCapBelowFirst_NamesEachProblem()
    {
        Assert.Empty(DeliveryBackoff.Default.Validate());
        Assert.Equal(2, new DeliveryBackoff(TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(5)).Validate().Count);
        Assert.Single(new DeliveryBackoff(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(5)).Validate());
    }
}
