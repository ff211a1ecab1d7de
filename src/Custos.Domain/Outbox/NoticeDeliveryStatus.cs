namespace Custos.Domain.Outbox;

/// <summary>Where a customer notice stands in the outbox (stored kebab-case; never renamed).</summary>
public enum NoticeDeliveryStatus
{
    /// <summary>Queued; waits for its not-before instant (or is due and waits for the next dispatcher round).</summary>
    Scheduled = 1,
    /// <summary>Claimed by a dispatcher that is sending it now (until its claim runs out).</summary>
    Sending = 2,
    /// <summary>Handed to the SMTP server, or written as an <c>.eml</c> file. Final.</summary>
    Sent = 3,
    /// <summary>The last attempt failed; the next one is due at the back-off's time. Never given up.</summary>
    FailedRetrying = 4,
}
