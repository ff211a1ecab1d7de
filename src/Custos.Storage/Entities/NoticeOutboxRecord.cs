using Custos.Domain.Outbox;

namespace Custos.Storage.Entities;

/// <summary>One customer notice in the outbox: the message, and where its delivery stands.</summary>
public sealed class NoticeOutboxRecord
{
    /// <summary>The notice's id, given by whoever decided the notice (also the message's <c>Message-Id</c> local part).</summary>
    public required string Id { get; init; }
    public required string RequestId { get; init; }
    public required string CustomerAccountId { get; init; }
    /// <summary>The customer's e-mail address (customer data: never logged).</summary>
    public required string Recipient { get; init; }
    public required string Subject { get; init; }
    /// <summary>The plain-text body (customer data: never logged).</summary>
    public required string Body { get; init; }
    /// <summary>The notice may not go before this instant.</summary>
    public required DateTimeOffset NotBefore { get; init; }
    public required DateTimeOffset QueuedAt { get; init; }
    public required string QueuedBy { get; init; }
    public required NoticeDeliveryStatus Status { get; set; }
    /// <summary>Delivery attempts started so far (including one under way).</summary>
    public int Attempts { get; set; }
    /// <summary>When a dispatcher may next take it: its not-before instant, then the back-off's time after a failure.</summary>
    public required DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>While <see cref="NoticeDeliveryStatus.Sending"/>: until when the claiming dispatcher holds it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    /// <summary>Why the last attempt failed (the recipient's address removed), or null.</summary>
    public string? LastError { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>How it went: <c>smtp</c> or <c>eml</c>.</summary>
    public string? SentVia { get; set; }
    /// <summary>Optimistic concurrency: a dispatcher claims the row by a conditional update on it, so only one sends it.</summary>
    public long RowVersion { get; set; }
}
