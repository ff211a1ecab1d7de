namespace Custos.Application.Operations;

/// <summary>How long a request has been in the queue since it was received: the age buckets of the requests metric.</summary>
public enum QueueAge
{
    /// <summary>Received less than a day ago.</summary>
    UnderOneDay = 1,
    /// <summary>Between one day (inclusive) and seven days.</summary>
    OneToSevenDays = 2,
    /// <summary>Between seven days (inclusive) and thirty days.</summary>
    SevenToThirtyDays = 3,
    /// <summary>Thirty days or more.</summary>
    OverThirtyDays = 4,
}

/// <summary>The buckets' bounds and their labels.</summary>
public static class QueueAges
{
    public static readonly TimeSpan OneDay = TimeSpan.FromDays(1);
    public static readonly TimeSpan SevenDays = TimeSpan.FromDays(7);
    public static readonly TimeSpan ThirtyDays = TimeSpan.FromDays(30);

    /// <summary>Every bucket, youngest first.</summary>
    public static IReadOnlyList<QueueAge> All { get; } = [QueueAge.UnderOneDay, QueueAge.OneToSevenDays, QueueAge.SevenToThirtyDays, QueueAge.OverThirtyDays];

    /// <summary>The bucket of a request received at <paramref name="receivedAt"/>, seen at <paramref name="now"/> (start-inclusive bounds).</summary>
    public static QueueAge Of(DateTimeOffset receivedAt, DateTimeOffset now)
    {
        var age = now - receivedAt;
        return age < OneDay ? QueueAge.UnderOneDay
            : age < SevenDays ? QueueAge.OneToSevenDays
            : age < ThirtyDays ? QueueAge.SevenToThirtyDays
            : QueueAge.OverThirtyDays;
    }

    /// <summary>The metric label: <c>&lt;1d</c>, <c>1-7d</c>, <c>7-30d</c>, <c>&gt;30d</c>.</summary>
    public static string Label(this QueueAge age) => age switch
    {
        QueueAge.UnderOneDay => "<1d",
        QueueAge.OneToSevenDays => "1-7d",
        QueueAge.SevenToThirtyDays => "7-30d",
        QueueAge.OverThirtyDays => ">30d",
        _ => throw new ArgumentOutOfRangeException(nameof(age), age, null),
    };
}
