using Custos.Storage.Entities;
using MimeKit;

namespace Custos.Application.Notices;

/// <summary>Builds the RFC 5322 message of a notice: plain text, UTF-8, with a <c>Message-Id</c> made from the notice id.</summary>
internal static class NoticeMessages
{
    /// <summary>The message for <paramref name="notice"/>, from <paramref name="sender"/>, dated <paramref name="date"/>.</summary>
    public static MimeMessage Build(NoticeOutboxRecord notice, MailboxAddress sender, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(sender);
        var message = new MimeMessage();
        message.From.Add(sender);
        message.To.Add(new MailboxAddress(string.Empty, notice.Recipient));
        message.Subject = notice.Subject;
        message.Date = date;
        message.MessageId = MessageIdOf(notice.Id, sender);
        // RFC 3834: sent by a machine, so that vacation responders do not answer it.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = notice.Body };
        return message;
    }

    /// <summary>The <c>Message-Id</c> (without angle brackets): the notice id at the sender's domain, the same on every attempt.</summary>
    public static string MessageIdOf(string noticeId, MailboxAddress sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return noticeId + "@" + sender.Domain;
    }
}
