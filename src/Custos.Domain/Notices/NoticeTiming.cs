namespace Custos.Domain.Notices;

/// <summary>
/// Whether notice may go on the day it was judged for, and if not, until when and on what legal basis (every decision
/// not to notify records its basis).
/// </summary>
/// <param name="Status">Where notice stands on that day.</param>
/// <param name="SendOn">The day notice goes: that day itself when due, the order's end date when scheduled; null otherwise.</param>
/// <param name="Reason">Why, in words.</param>
/// <param name="LegalBasis">The legal basis for not notifying (the order's stated basis, the tipping-off prohibition); null when due or when none was stated.</param>
/// <param name="ReviewDue">For an indefinite order, the day legal review is due; null otherwise.</param>
/// <param name="ReviewOverdue">For an indefinite order, whether that review is due on or before the day judged (flag it).</param>
public sealed record NoticeTiming(NoticeStatus Status, DateOnly? SendOn, string Reason, string? LegalBasis, DateOnly? ReviewDue, bool ReviewOverdue)
{
    /// <summary>Whether the notice may go now.</summary>
    public bool MaySend => Status == NoticeStatus.Due;

    /// <summary>
    /// The next day on which the timing changes by itself (the scheduled day, the next review); null when only a person
    /// can change it (a tipping-off prohibition, an emergency waiting to be marked over) or it is due already.
    /// </summary>
    public DateOnly? NextChange => Status switch
    {
        NoticeStatus.Scheduled => SendOn,
        NoticeStatus.WithheldPendingReview => ReviewDue,
        _ => null,
    };
}
