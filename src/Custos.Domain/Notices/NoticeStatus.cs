namespace Custos.Domain.Notices;

/// <summary>Whether a customer notice may go on a given day (stored kebab-case, never renamed).</summary>
public enum NoticeStatus
{
    /// <summary>Nothing forbids notice: it goes now (before production, where that is still ahead).</summary>
    Due = 1,

    /// <summary>A non-disclosure order with an end date: notice goes by itself on that date.</summary>
    Scheduled = 2,

    /// <summary>An emergency: notice waits until a reviewer marks the emergency over.</summary>
    AwaitingEmergencyEnd = 3,

    /// <summary>An AML tipping-off prohibition: notice is blocked, with no end date.</summary>
    Blocked = 4,

    /// <summary>A non-disclosure order without an end date (or without a stated basis): withheld, and legal review is due every 180 days.</summary>
    WithheldPendingReview = 5,
}
