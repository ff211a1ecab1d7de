using Custos.Domain.Notices;

namespace Custos.Domain.Transparency;

/// <summary>
/// The customers a group's productions concerned and where their notice stands: given (sent), due (not yet sent),
/// delayed (scheduled for the end of a non-disclosure order, or waiting for an emergency to end), withheld (an AML
/// tipping-off prohibition, or an order without an end date under legal review).
/// </summary>
public sealed record NoticeCounts(int Given, int Due, int Scheduled, int AwaitingEmergencyEnd, int Blocked, int WithheldPendingReview)
{
    /// <summary>Notices delayed with a known end: scheduled plus awaiting the end of an emergency.</summary>
    public int Delayed => Scheduled + AwaitingEmergencyEnd;

    /// <summary>Notices withheld with no end date: blocked plus withheld pending review.</summary>
    public int Withheld => Blocked + WithheldPendingReview;

    /// <summary>Every customer a production concerned.</summary>
    public int Total => Given + Due + Delayed + Withheld;

    /// <summary>No notice.</summary>
    public static NoticeCounts None { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The counts of several groups added up.</summary>
    public static NoticeCounts Sum(IEnumerable<NoticeCounts> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return counts.Aggregate(None, (a, b) => new NoticeCounts(
            a.Given + b.Given, a.Due + b.Due, a.Scheduled + b.Scheduled, a.AwaitingEmergencyEnd + b.AwaitingEmergencyEnd,
            a.Blocked + b.Blocked, a.WithheldPendingReview + b.WithheldPendingReview));
    }

    /// <summary>Counts <paramref name="notices"/>: a queued notice is given whatever its status.</summary>
    public static NoticeCounts Of(IEnumerable<NoticeFact> notices)
    {
        var list = notices.ToList();
        int Held(NoticeStatus s) => list.Count(n => !n.Queued && n.Status == s);
        return new NoticeCounts(
            list.Count(n => n.Queued), Held(NoticeStatus.Due), Held(NoticeStatus.Scheduled), Held(NoticeStatus.AwaitingEmergencyEnd),
            Held(NoticeStatus.Blocked), Held(NoticeStatus.WithheldPendingReview));
    }
}
