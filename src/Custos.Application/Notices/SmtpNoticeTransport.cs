using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Custos.Application.Notices;

/// <summary>Hands notices to the configured SMTP server with MailKit: one connection per message, STARTTLS when offered.</summary>
public sealed class SmtpNoticeTransport(NoticeOptions options) : INoticeTransport
{
    private readonly SmtpEndpoint _endpoint = options?.Smtp ?? throw new ArgumentException("No SMTP server is configured.", nameof(options));

    public string Via => "smtp";

    public async Task SendAsync(MimeMessage message, string noticeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)Math.Min(int.MaxValue, options.SendTimeout.TotalMilliseconds) };
        await client.ConnectAsync(
            _endpoint.Host, _endpoint.Port, _endpoint.ImplicitTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
            cancellationToken);
        // Returns once the server has accepted the message (its reply to the end of DATA): from here on it is delivered.
        await client.SendAsync(message, cancellationToken);
        try
        {
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ProtocolException or SmtpCommandException or OperationCanceledException or TimeoutException)
        {
            // The server already accepted the message; a failed QUIT changes nothing about its delivery.
        }
    }
}
