using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;

namespace Custos.Application.Notices;

/// <summary>
/// What a failed delivery attempt is recorded as: a short reason for the outbox row and the ledger event's details,
/// with the recipient's address taken out (a server's refusal often quotes it). Never logged.
/// </summary>
public static class NoticeFailures
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxLength = 500;

    /// <summary>The reason an attempt ended with <paramref name="exception"/>.</summary>
    public static string Describe(Exception exception, string recipient)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = exception switch
        {
            SmtpCommandException smtp => $"The SMTP server refused ({(int)smtp.StatusCode}, {smtp.ErrorCode}): {smtp.Message}",
            SmtpProtocolException protocol => "SMTP protocol error: " + protocol.Message,
            SocketException socket => $"Cannot reach the SMTP server ({socket.SocketErrorCode}): {socket.Message}",
            ServiceNotConnectedException => "The SMTP server closed the connection.",
            TimeoutException or OperationCanceledException => "The attempt timed out.",
            IOException or UnauthorizedAccessException => "Cannot write the message: " + exception.Message,
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
        if (!string.IsNullOrEmpty(recipient))
        {
            text = text.Replace(recipient, "<recipient>", StringComparison.OrdinalIgnoreCase);
        }

        text = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
