using Custos.Domain.Common;

namespace Custos.Domain.Preservation;

/// <summary>
/// Preservation (US 18 U.S.C. §2703(f): 90 days, renewable once for 90; EU e-Evidence Regulation Art. 11: 60 days,
/// extendable by 30): a snapshot of the targets' existing data is frozen without being produced, kept until the period
/// ends and released then, unless formal process arrives first, in which case a production draws on the snapshot.
/// Pure functions of the day judged (the injected clock's).
/// </summary>
public static class PreservationRules
{
    /// <summary>A preservation starting on <paramref name="start"/> under <paramref name="terms"/>.</summary>
    public static PreservationPeriod Start(PreservationTerms terms, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(terms.Days, 0);
        return new PreservationPeriod { Start = start, Terms = terms };
    }

    /// <summary>Extends the preservation on <paramref name="on"/> (a renewed request while it is still active).</summary>
    public static Result<PreservationPeriod> Extend(PreservationPeriod period, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (on < period.Start)
        {
            return PreservationErrors.BeforeStart(period.Start);
        }

        if (on >= period.Expires)
        {
            return PreservationErrors.Expired(period.Expires);
        }

        return period.CanExtend
            ? period with { Extensions = [.. period.Extensions, on] }
            : PreservationErrors.ExtensionLimit(period.Terms.MaxExtensions);
    }

    /// <summary>The preservation on <paramref name="today"/>; <paramref name="formalProcessOn"/> is the day formal process arrived, if it did.</summary>
    public static PreservationStatus On(PreservationPeriod period, DateOnly today, DateOnly? formalProcessOn = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var expires = period.Expires;
        if (formalProcessOn is { } arrived && arrived <= today && arrived < expires)
        {
            return new PreservationStatus(PreservationState.Converted, expires, 0, false);
        }

        return today < expires
            ? new PreservationStatus(PreservationState.Active, expires, expires.DayNumber - today.DayNumber, period.CanExtend && today >= period.Start)
            : new PreservationStatus(PreservationState.Expired, expires, 0, false);
    }
}
