using MimeKit;

namespace Custos.Application.Notices;

/// <summary>
/// Delivers one message: <see cref="SmtpNoticeTransport"/> hands it to the SMTP server, <see cref="EmlFileNoticeTransport"/>
/// writes it as an <c>.eml</c> file. Returning means delivered; any exception means not delivered (the dispatcher
/// records it and tries again later).
/// </summary>
public interface INoticeTransport
{
    /// <summary>How this transport delivers, as recorded with a sent notice: <c>smtp</c> or <c>eml</c>.</summary>
    string Via { get; }

    /// <summary>Delivers <paramref name="message"/>, the notice <paramref name="noticeId"/>.</summary>
    Task SendAsync(MimeMessage message, string noticeId, CancellationToken cancellationToken);
}
