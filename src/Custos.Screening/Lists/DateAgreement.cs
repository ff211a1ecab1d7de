namespace Custos.Screening.Lists;

/// <summary>How two dates of birth relate.</summary>
public enum DateAgreement
{
    /// <summary>Both are known to the day and are the same day.</summary>
    SameDay = 0,

    /// <summary>The periods overlap (same year when one is year-only, inside a range, …).</summary>
    Consistent = 1,

    /// <summary>They differ, by at most a year (a different day of the same year, a neighbouring year), or in one digit
    /// (1962 for 1952: a typing slip).</summary>
    Near = 2,

    /// <summary>They are more than a year apart.</summary>
    Contradicts = 3,
}
