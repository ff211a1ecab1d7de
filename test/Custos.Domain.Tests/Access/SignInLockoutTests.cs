using Custos.Domain.Access;

namespace Custos.Domain.Tests.Access;

public class SignInLockoutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AfterFailure_FifthInARow_LocksForTheFirstDelayAndStartsCountingAfresh()
    {
        var counter = new SignInCounter(0, 0, null);
        var locks = new List<bool>();
        for (var i = 0; i < 5; i++)
        {
            (counter, var locked) = SignInLockout.AfterFailure(counter, Now, LockoutPolicy.Default);
            locks.Add(locked);
        }

        Assert.Equal([false, false, false, false, true], locks);
        Assert.Equal(new SignInCounter(0, 1, Now.AddMinutes(15)), counter);
        Assert.True(counter.IsLockedAt(Now.AddMinutes(14)));
        Assert.False(counter.IsLockedAt(Now.AddMinutes(15)));
    }

    [Fact]
    public void AfterFailure_WhileLocked_ChangesNothing()
    {
        var locked = new SignInCounter(0, 1, Now.AddMinutes(10));

        Assert.Equal((locked, false), SignInLockout.AfterFailure(locked, Now, LockoutPolicy.Default));
    }

    [Theory]
    [InlineData(1, 15)]
    [InlineData(2, 30)]
    [InlineData(3, 60)]
    [InlineData(6, 480)]
    [InlineData(7, 960)]
    [InlineData(8, 1440)]
    [InlineData(1000, 1440)]
    public void DelayFor_RepeatedLockouts_DoubleUpToADay(int lockout, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), LockoutPolicy.Default.DelayFor(lockout));

    [Fact]
    public void AfterSuccess_ForgetsFailuresAndLockouts() =>
        Assert.Equal(new SignInCounter(0, 0, null), SignInLockout.AfterSuccess());

    [Fact]
    public void Validate_NonsensicalPolicy_NamesTheProblems()
    {
        Assert.Empty(LockoutPolicy.Default.Validate());
        Assert.Equal(2, new LockoutPolicy(0, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10)).Validate().Count);
    }
}
