using Custos.Screening.Lists;

namespace Custos.Screening.Tests;

public sealed class BirthDateTests
{
    [Theory]
    [InlineData("07 Oct 1952", "1952-10-07", "1952-10-07", DatePrecision.Day, false)]
    [InlineData("Oct 1952", "1952-10-01", "1952-10-31", DatePrecision.Month, false)]
    [InlineData("1952", "1952-01-01", "1952-12-31", DatePrecision.Year, false)]
    [InlineData("circa 1960", "1960-01-01", "1960-12-31", DatePrecision.Year, true)]
    [InlineData("1955 to 1960", "1955-01-01", "1960-12-31", DatePrecision.Range, false)]
    [InlineData("01 Jan 1955 to 31 Dec 1960", "1955-01-01", "1960-12-31", DatePrecision.Range, false)]
    [InlineData("1952-10-07", "1952-10-07", "1952-10-07", DatePrecision.Day, false)]
    [InlineData("29 Feb 1960", "1960-02-29", "1960-02-29", DatePrecision.Day, false)]
    public void Parse_ListForms_GiveThePeriod(string text, string earliest, string latest, DatePrecision precision, bool approximate)
    {
        var date = BirthDate.Parse(text)!;

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Latest);
        Assert.Equal((precision, approximate), (date.Precision, date.Approximate));
    }

    /// <summary>A day as forms and payment systems also write it (each refused before, and a file of queries with it
    /// refused whole).</summary>
    [Theory]
    [InlineData("19521007")]
    [InlineData("1952/10/07")]
    [InlineData("1952.10.07")]
    [InlineData("1952-10-7")]
    [InlineData("07.10.1952")] // day first, as with dots
    [InlineData("7.10.1952")]
    [InlineData("October 7, 1952")]
    [InlineData("Oct 7 1952")]
    public void Parse_ADayAsFormsWriteIt_IsThatDay(string text)
    {
        var date = BirthDate.Parse(text)!;

        Assert.Equal((new DateOnly(1952, 10, 7), DatePrecision.Day), (date.Earliest, date.Precision));
    }

    [Theory]
    [InlineData("23/10/1952", "1952-10-23")] // a day over 12 reads one way
    [InlineData("10/23/1952", "1952-10-23")]
    [InlineData("23-10-1952", "1952-10-23")]
    [InlineData("05/05/1952", "1952-05-05")] // day and month the same
    public void Parse_ADayWithSlashesThatReadsOneWay_IsThatDay(string text, string day) =>
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), BirthDate.Parse(text)!.Earliest);

    [Theory]
    [InlineData("10/07/1952")] // 7 October in the United States, 10 July elsewhere
    [InlineData("07/10/1952")]
    [InlineData("01-02-1990")]
    [InlineData("1952/13/07")]
    [InlineData("31.02.1952")]
    [InlineData("19521307")]
    [InlineData("Octember 7, 1952")]
    public void Parse_ADayThatReadsTwoWaysOrNone_IsNull(string text) => Assert.Null(BirthDate.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("30 Feb 1960")]
    [InlineData("sometime")]
    [InlineData("1952-13-01")]
    public void Parse_Nonsense_IsNull(string text) => Assert.Null(BirthDate.Parse(text));

    [Theory]
    [InlineData("1952-10-07", "07 Oct 1952", DateAgreement.SameDay)]
    [InlineData("1952-10-07", "1952", DateAgreement.Consistent)]
    [InlineData("1958-06-01", "1955 to 1960", DateAgreement.Consistent)]
    [InlineData("1961-06-01", "circa 1960", DateAgreement.Consistent)]
    [InlineData("1952-03-01", "07 Oct 1952", DateAgreement.Near)]
    [InlineData("1980-01-01", "07 Oct 1952", DateAgreement.Contradicts)]
    [InlineData("1962-10-07", "07 Oct 1952", DateAgreement.Near)]
    [InlineData("1952", "1982", DateAgreement.Near)]
    [InlineData("1962-10-08", "07 Oct 1952", DateAgreement.Contradicts)]
    [InlineData("1962", "07 Oct 1952", DateAgreement.Contradicts)]
    public void CompareWith_TwoDates_Agree(string query, string listed, DateAgreement expected) =>
        Assert.Equal(expected, BirthDate.Parse(query)!.CompareWith(BirthDate.Parse(listed)!));

    /// <summary>Two days more than a year apart are near exactly when their ISO forms differ in one character (a typing
    /// slip), over many random pairs: the digits are compared in place, not formatted.</summary>
    [Fact]
    public void CompareWith_DaysYearsApart_AreNearExactlyWhenTheirIsoFormsDifferInOneDigit()
    {
        var random = new Random(20261207);
        var near = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var a = new DateOnly(random.Next(1900, 2030), random.Next(1, 13), random.Next(1, 29));
            var b = random.Next(4) switch
            {
                0 => new DateOnly(random.Next(1900, 2030), random.Next(1, 13), random.Next(1, 29)),
                1 => new DateOnly(a.Year + (random.Next(2) == 0 ? -10 : 10) * random.Next(1, 4), a.Month, a.Day),
                2 => new DateOnly(a.Year + random.Next(-30, 31), a.Month, random.Next(1, 29)),
                _ => new DateOnly(a.Year + random.Next(-9, 10), random.Next(1, 13), a.Day),
            };
            if (Math.Abs(a.DayNumber - b.DayNumber) <= 366)
            {
                continue;
            }

            var (isoA, isoB) = (Iso(a), Iso(b));
            var oneApart = isoA.Zip(isoB).Count(p => p.First != p.Second) == 1;
            near += oneApart ? 1 : 0;
            Assert.Equal(oneApart ? DateAgreement.Near : DateAgreement.Contradicts, BirthDate.Parse(isoA)!.CompareWith(BirthDate.Parse(isoB)!));
        }

        Assert.True(near > 1000, $"only {near} pairs one digit apart");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
