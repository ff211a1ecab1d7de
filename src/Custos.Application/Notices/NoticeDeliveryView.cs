using Custos.Domain.Outbox;

namespace Custos.Application.Notices;

/// <summary>Where one notice's delivery stands, for a request's page: no address, no body.</summary>
/// <param name="NoticeId">The notice.</param>
/// <param name="CustomerAccountId">The customer it is for (show it only to who may see the request's target accounts).</param>
/// <param name="Status">Scheduled, sending, sent, or failed and waiting to be retried.</param>
/// <param name="ScheduledFor">Its not-before instant: when it goes, or went, at the earliest.</param>
/// <param name="Attempts">Delivery attempts made.</param>
/// <param name="NextAttemptAt">When it is next tried (null once sent).</param>
/// <param name="LastAttemptAt">When it was last tried, or null.</param>
/// <param name="LastError">Why the last failed attempt failed (kept after a later success), or null.</param>
/// <param name="SentAt">When it went, or null.</param>
/// <param name="SentVia"><c>smtp</c> or <c>eml</c> once sent.</param>
public sealed record NoticeDeliveryView(
    string NoticeId, string CustomerAccountId, NoticeDeliveryStatus Status, DateTimeOffset ScheduledFor, int Attempts,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? LastAttemptAt, string? LastError, DateTimeOffset? SentAt, string? SentVia);
