using System.Globalization;
using Custos.Domain.Common;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency;

/// <summary>Reads a report period as people give it (the command line, a query string): two days, each optional.</summary>
public static class ReportPeriodInput
{
    /// <summary>
    /// The period from <paramref name="from"/> (included) to <paramref name="to"/> (excluded), both <c>yyyy-MM-dd</c>; a
    /// missing end is the last complete half-year's as of <paramref name="today"/>.
    /// </summary>
    public static Result<ReportPeriod> Parse(string? from, string? to, DateOnly today)
    {
        var standard = ReportPeriod.LastCompleteHalfYear(today);
        var errors = new List<Error>();
        var start = Day("from", from, standard.From, errors);
        var end = Day("to", to, standard.To, errors);
        return errors.Count > 0 ? Result<ReportPeriod>.Failure(errors) : ReportPeriod.Create(start, end);
    }

    private static DateOnly Day(string field, string? text, DateOnly standard, List<Error> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return standard;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(ReportErrors.DateInvalid(field, text));
        return standard;
    }
}
