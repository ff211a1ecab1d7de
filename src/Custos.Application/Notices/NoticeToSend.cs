namespace Custos.Application.Notices;

/// <summary>
/// A customer notice to deliver, as the notice rules decided it: who gets it, what it says, and the earliest instant it
/// may go. The outbox delivers it as it is; it decides nothing about whether or when a notice is allowed.
/// </summary>
/// <param name="NoticeId">The notice's own id (letters, digits, <c>_</c> and <c>-</c>, at most 100; e.g. from <c>Ids.New("ntc")</c>).
/// It names the message (<c>Message-Id</c>, the <c>.eml</c> file) and makes queuing the same notice twice a conflict.</param>
/// <param name="CustomerAccountId">The customer account the notice is for.</param>
/// <param name="RecipientAddress">The customer's e-mail address (<c>local@domain</c>, no display name).</param>
/// <param name="Subject">The subject line (one line, at most 200 characters).</param>
/// <param name="Body">The plain-text body (at most 100,000 characters).</param>
/// <param name="RequestId">The request the notice concerns (it must exist).</param>
/// <param name="NotBefore">The notice goes at or after this instant, never before (stored to the millisecond, in UTC).</param>
public sealed record NoticeToSend(
    string NoticeId, string CustomerAccountId, string RecipientAddress, string Subject, string Body, string RequestId, DateTimeOffset NotBefore);
