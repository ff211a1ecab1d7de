namespace Custos.Domain.Transparency;

/// <summary>How many requests of a group came to each <see cref="RequestOutcome"/>.</summary>
public sealed record OutcomeCounts(
    int ProducedAll, int ProducedPart, int Narrowed, int NoData, int Refused, int Redirected, int Preserved, int PushedBack,
    int Pending, int Incomplete, int NotVerified, int Withdrawn, int Lapsed, int Informal)
{
    /// <summary>Requests where some data was produced: produced in full, in part, or narrowed.</summary>
    public int SomeDataProduced => ProducedAll + ProducedPart + Narrowed;

    /// <summary>Requests decided one way or the other (not pending, pushed back or incomplete).</summary>
    public int Concluded => SomeDataProduced + NoData + Refused + Redirected + Preserved + NotVerified + Withdrawn + Lapsed + Informal;

    /// <summary>The count of one outcome.</summary>
    public int Of(RequestOutcome outcome) => outcome switch
    {
        RequestOutcome.ProducedAll => ProducedAll,
        RequestOutcome.ProducedPart => ProducedPart,
        RequestOutcome.Narrowed => Narrowed,
        RequestOutcome.NoData => NoData,
        RequestOutcome.Refused => Refused,
        RequestOutcome.Redirected => Redirected,
        RequestOutcome.Preserved => Preserved,
        RequestOutcome.PushedBack => PushedBack,
        RequestOutcome.Pending => Pending,
        RequestOutcome.Incomplete => Incomplete,
        RequestOutcome.NotVerified => NotVerified,
        RequestOutcome.Withdrawn => Withdrawn,
        RequestOutcome.Lapsed => Lapsed,
        RequestOutcome.Informal => Informal,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not an outcome."),
    };

    /// <summary>Counts the outcomes of <paramref name="outcomes"/>.</summary>
    public static OutcomeCounts Of(IEnumerable<RequestOutcome> outcomes)
    {
        var counts = outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        int C(RequestOutcome o) => counts.TryGetValue(o, out var n) ? n : 0;
        return new OutcomeCounts(
            C(RequestOutcome.ProducedAll), C(RequestOutcome.ProducedPart), C(RequestOutcome.Narrowed), C(RequestOutcome.NoData),
            C(RequestOutcome.Refused), C(RequestOutcome.Redirected), C(RequestOutcome.Preserved), C(RequestOutcome.PushedBack),
            C(RequestOutcome.Pending), C(RequestOutcome.Incomplete), C(RequestOutcome.NotVerified), C(RequestOutcome.Withdrawn),
            C(RequestOutcome.Lapsed), C(RequestOutcome.Informal));
    }
}
