using Custos.Domain.Common;

namespace Custos.Domain.Transparency;

/// <summary>The days a report covers: from <see cref="From"/> (included) to <see cref="To"/> (excluded), in UTC.</summary>
public sealed record ReportPeriod
{
    private ReportPeriod(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    /// <summary>The first day covered.</summary>
    public DateOnly From { get; }

    /// <summary>The day after the last day covered.</summary>
    public DateOnly To { get; }

    /// <summary>The first instant covered (midnight UTC of <see cref="From"/>).</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the period (midnight UTC of <see cref="To"/>).</summary>
    public DateTimeOffset End => new(To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Whether <paramref name="instant"/> falls in the period.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>A period of at least one day; <paramref name="to"/> is excluded.</summary>
    public static Result<ReportPeriod> Create(DateOnly from, DateOnly to) =>
        to <= from
            ? Error.Invalid("report.period-reversed", $"The period must end after it starts: {from:yyyy-MM-dd} to {to:yyyy-MM-dd} (the end day is excluded).", "to")
            : new ReportPeriod(from, to);

    /// <summary>The half-year holding <paramref name="day"/>: January–June or July–December.</summary>
    public static ReportPeriod HalfYearOf(DateOnly day)
    {
        var start = new DateOnly(day.Year, day.Month <= 6 ? 1 : 7, 1);
        return new ReportPeriod(start, start.AddMonths(6));
    }

    /// <summary>The last half-year that ended on or before <paramref name="today"/>: the default period of a report.</summary>
    public static ReportPeriod LastCompleteHalfYear(DateOnly today) => HalfYearOf(HalfYearOf(today).From.AddDays(-1));
}
