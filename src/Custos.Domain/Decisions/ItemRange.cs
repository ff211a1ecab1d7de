using System.Globalization;
using Custos.Domain.Requests;

namespace Custos.Domain.Decisions;

/// <summary>
/// The days an item covers, both named days included, as a request's date range reads ("from 2021-01-01 to
/// 2021-02-28"). As instants it is the period [<see cref="Start"/>, <see cref="End"/>): start-inclusive, end-exclusive,
/// in UTC. Always bounded: nothing is produced for an open-ended period.
/// </summary>
public sealed record ItemRange
{
    /// <summary>Creates a range; throws when <paramref name="to"/> is before <paramref name="from"/> (check input with <see cref="DecisionRules"/>).</summary>
    public ItemRange(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("A range ends on or after the day it starts.", nameof(to));
        }

        From = from;
        To = to;
    }

    /// <summary>The first day covered.</summary>
    public DateOnly From { get; }

    /// <summary>The last day covered.</summary>
    public DateOnly To { get; }

    /// <summary>The first instant covered: midnight UTC at the start of <see cref="From"/>.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant no longer covered: midnight UTC at the end of <see cref="To"/>.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>How many days are covered (at least one).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The bounded range of a request's date range; null when either end is open or the range is reversed.</summary>
    public static ItemRange? Of(DateRange? range) =>
        range is { From: { } from, To: { } to } && to >= from ? new ItemRange(from, to) : null;

    /// <summary>Whether <paramref name="instant"/> falls within the range.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Whether <paramref name="day"/> is one of the days covered.</summary>
    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Whether this range lies inside <paramref name="requested"/> (an open end of the request bounds nothing).</summary>
    public bool IsWithin(DateRange? requested) =>
        (requested?.From is not { } from || From >= from) && (requested?.To is not { } to || To <= to);

    /// <summary>The days both ranges cover; null when they do not overlap.</summary>
    public ItemRange? Intersect(ItemRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var from = From > other.From ? From : other.From;
        var to = To < other.To ? To : other.To;
        return to >= from ? new ItemRange(from, to) : null;
    }

    /// <summary><c>2021-01-01 to 2021-02-28</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
}
