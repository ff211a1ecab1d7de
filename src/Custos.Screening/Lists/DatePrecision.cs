namespace Custos.Screening.Lists;

/// <summary>How precisely a <see cref="BirthDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>The day is known.</summary>
    Day = 0,

    /// <summary>Only the month and year are known.</summary>
    Month = 1,

    /// <summary>Only the year is known.</summary>
    Year = 2,

    /// <summary>A range (<c>1955 to 1960</c>, UN <c>BETWEEN</c>).</summary>
    Range = 3,
}
