using System.Globalization;

namespace Custos.Screening.Lists;

/// <summary>
/// A date of birth as lists publish it: a day, a month, a year, an approximate year (<c>circa 1960</c>) or a range
/// (<c>1955 to 1960</c>), held as the period it may fall in (<see cref="Earliest"/> to <see cref="Latest"/>, both
/// inclusive) with the published <see cref="Text"/>.
/// </summary>
public sealed record BirthDate
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private BirthDate(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate, string text)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
        Approximate = approximate;
        Text = text;
    }

    /// <summary>The first day the date may be.</summary>
    public DateOnly Earliest { get; }

    /// <summary>The last day the date may be.</summary>
    public DateOnly Latest { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>True when the list says the date is approximate (<c>circa</c>, UN <c>APPROXIMATELY</c>).</summary>
    public bool Approximate { get; }

    /// <summary>The date as published (or as built).</summary>
    public string Text { get; }

    /// <summary>A date exactly as stored by <see cref="Matching.ScreeningIndexFile"/> (its parts as they were read).</summary>
    internal static BirthDate Restore(DateOnly earliest, DateOnly latest, DatePrecision precision, bool approximate, string text) =>
        new(earliest, latest, precision, approximate, text);

    /// <summary>A date known to the day.</summary>
    /// <param name="date">The day.</param>
    public static BirthDate OnDay(DateOnly date) =>
        new(date, date, DatePrecision.Day, false, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A date known to the month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    public static BirthDate InMonth(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new BirthDate(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month, false,
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    /// <summary>A date known to the year, possibly only approximately.</summary>
    /// <param name="year">The year.</param>
    /// <param name="approximate">True for <c>circa</c>.</param>
    public static BirthDate InYear(int year, bool approximate = false) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year, approximate,
            (approximate ? "circa " : string.Empty) + year.ToString(CultureInfo.InvariantCulture));

    /// <summary>A range from the start of <paramref name="from"/> to the end of <paramref name="to"/>.</summary>
    /// <param name="from">The earlier bound.</param>
    /// <param name="to">The later bound.</param>
    public static BirthDate Between(BirthDate from, BirthDate to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var (first, last) = from.Earliest <= to.Latest ? (from, to) : (to, from);
        return new BirthDate(first.Earliest, last.Latest, DatePrecision.Range, from.Approximate || to.Approximate,
            first.Text + " to " + last.Text);
    }

    /// <summary>
    /// Reads a date of birth written as lists and forms write it: ISO (<c>1952-10-07</c>, <c>1952-10</c>,
    /// <c>1952</c>), OFAC (<c>07 Oct 1952</c>, <c>Oct 1952</c>, <c>1952</c>, <c>circa 1960</c>, <c>1955 to 1960</c>,
    /// <c>01 Jan 1955 to 31 Dec 1960</c>), and a day as forms also write it (<c>19521007</c>, <c>1952/10/07</c>,
    /// <c>07.10.1952</c>, <c>October 7, 1952</c>, <c>23/10/1952</c>; see <see cref="NumericOrWritten"/>). Returns null for
    /// anything else, a day with slashes that reads two ways (<c>10/07/1952</c>) included.
    /// </summary>
    /// <param name="text">The text.</param>
    public static BirthDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimEnd('.').Trim();
        var to = trimmed.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            var from = ParseSingle(trimmed[..to].Trim());
            var until = ParseSingle(trimmed[(to + 4)..].Trim());
            return from is null || until is null ? null : WithText(Between(from, until), trimmed);
        }

        var single = ParseSingle(trimmed);
        return single is null ? null : WithText(single, trimmed);
    }

    /// <summary>How this date relates to <paramref name="other"/>; approximate dates are widened by a year each side.</summary>
    /// <param name="other">The other date.</param>
    public DateAgreement CompareWith(BirthDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Precision == DatePrecision.Day && other.Precision == DatePrecision.Day && Earliest == other.Earliest)
        {
            return DateAgreement.SameDay;
        }

        var (a0, a1) = Widened();
        var (b0, b1) = other.Widened();
        if (a0 <= b1 && b0 <= a1)
        {
            return DateAgreement.Consistent;
        }

        var gap = a1 < b0 ? b0.DayNumber - a1.DayNumber : a0.DayNumber - b1.DayNumber;
        return gap <= 366 || OneDigitApart(other) ? DateAgreement.Near : DateAgreement.Contradicts;
    }

    /// <summary>
    /// True when two dates of the same precision (day, month or year) differ in one digit only, as written in ISO form:
    /// a typing slip (1962-10-07 for 1952-10-07, 1952-10-17 for 1952-10-07) rather than another person's birthday.
    /// </summary>
    private bool OneDigitApart(BirthDate other)
    {
        if (Precision != other.Precision || Precision is not (DatePrecision.Day or DatePrecision.Month or DatePrecision.Year))
        {
            return false;
        }

        // The digits of each field compared in place (formatting both dates cost more than the rest of the comparison).
        var differences = DigitsApart(Earliest.Year, other.Earliest.Year, 4) + DigitsApart(Earliest.Month, other.Earliest.Month, 2)
            + DigitsApart(Earliest.Day, other.Earliest.Day, 2);
        return differences == 1;
    }

    /// <summary>How many of the <paramref name="digits"/> decimal digits of two numbers, written with leading zeros, differ.</summary>
    private static int DigitsApart(int a, int b, int digits)
    {
        var differences = 0;
        for (var i = 0; i < digits; i++)
        {
            differences += a % 10 != b % 10 ? 1 : 0;
            a /= 10;
            b /= 10;
        }

        return differences;
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private (DateOnly From, DateOnly To) Widened() =>
        Approximate ? (Earliest.AddYears(-1), Latest.AddYears(1)) : (Earliest, Latest);

    private static BirthDate WithText(BirthDate date, string text) =>
        new(date.Earliest, date.Latest, date.Precision, date.Approximate, text);

    private static BirthDate? ParseSingle(string text)
    {
        var approximate = false;
        foreach (var prefix in (string[])["circa ", "approximately ", "approx. ", "about ", "ca. "])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                approximate = true;
                text = text[prefix.Length..].Trim();
                break;
            }
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return approximate ? new BirthDate(iso, iso, DatePrecision.Day, true, text) : OnDay(iso);
        }

        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && TryYear(parts[0], out var onlyYear))
        {
            return InYear(onlyYear, approximate);
        }

        if (parts.Length == 2 && TryYear(parts[0], out var isoYear) && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var isoMonth)
            && isoMonth is >= 1 and <= 12)
        {
            return ApplyApproximate(InMonth(isoYear, isoMonth), approximate);
        }

        if (parts.Length == 2 && TryMonth(parts[0], out var month) && TryYear(parts[1], out var year))
        {
            return ApplyApproximate(InMonth(year, month), approximate);
        }

        if (parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && TryMonth(parts[1], out var dayMonth) && TryYear(parts[2], out var dayYear)
            && day >= 1 && day <= DateTime.DaysInMonth(dayYear, dayMonth))
        {
            var date = new DateOnly(dayYear, dayMonth, day);
            return approximate ? new BirthDate(date, date, DatePrecision.Day, true, text) : OnDay(date);
        }

        return NumericOrWritten(text) is { } other ? (approximate ? new BirthDate(other, other, DatePrecision.Day, true, text) : OnDay(other)) : null;
    }

    /// <summary>
    /// A day written as forms and payment systems also write it: <c>19521007</c>, <c>1952/10/07</c>, <c>1952.10.07</c>,
    /// <c>1952-10-7</c>, <c>07.10.1952</c> (day first, as with dots), <c>October 7, 1952</c>, and with slashes or hyphens
    /// (<c>23/10/1952</c>, <c>23-10-1952</c>) only when it can be read one way (a day over 12, or day and month the same):
    /// <c>10/07/1952</c> is the 7th of October in the United States and the 10th of July elsewhere, and is refused rather
    /// than guessed.
    /// </summary>
    private static DateOnly? NumericOrWritten(string text)
    {
        if (text.Length == 8 && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var basic))
        {
            return basic;
        }

        var written = text.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (written.Length == 3 && TryMonth(written[0], out var writtenMonth) && TryYear(written[2], out var writtenYear)
            && int.TryParse(written[1], NumberStyles.None, CultureInfo.InvariantCulture, out var writtenDay))
        {
            return Day(writtenYear, writtenMonth, writtenDay);
        }

        var separator = text.Contains('/', StringComparison.Ordinal) ? '/' : text.Contains('-', StringComparison.Ordinal) ? '-' : '.';
        var numbers = text.Split(separator);
        if (numbers.Length != 3 || !numbers.All(n => n.Length is >= 1 and <= 4 && n.All(char.IsAsciiDigit)))
        {
            return null;
        }

        var (a, b, c) = (int.Parse(numbers[0], CultureInfo.InvariantCulture), int.Parse(numbers[1], CultureInfo.InvariantCulture), int.Parse(numbers[2], CultureInfo.InvariantCulture));
        if (numbers[0].Length == 4)
        {
            return Day(a, b, c);
        }

        if (numbers[2].Length != 4)
        {
            return null;
        }

        // Day first with dots (07.10.1952); with slashes or hyphens, whichever reading is the only one.
        return separator == '.' || a > 12 || a == b ? Day(c, b, a) : b > 12 ? Day(c, a, b) : null;
    }

    private static DateOnly? Day(int year, int month, int day) =>
        year is >= 1000 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static BirthDate ApplyApproximate(BirthDate date, bool approximate) =>
        approximate ? new BirthDate(date.Earliest, date.Latest, date.Precision, true, "circa " + date.Text) : date;

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year is >= 1000 and <= 9999;

    private static bool TryMonth(string text, out int month)
    {
        month = 0;
        if (text.Length < 3)
        {
            return false;
        }

        // A month's name or its beginning (Oct, Sept, October), not a word that begins like one (Octember).
        var name = text.TrimEnd('.', ',');
        var index = name.Length < 3 ? -1 : Array.FindIndex(MonthNames, m => m.StartsWith(name, StringComparison.OrdinalIgnoreCase));
        month = index + 1;
        return index >= 0;
    }
}
