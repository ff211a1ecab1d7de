using System.Globalization;
using Custos.Domain.Common;

namespace Custos.Application.Notices;

/// <summary>
/// The SMTP server notices go through: <c>smtp://HOST[:PORT]</c> (port 25 by default; STARTTLS when the server offers
/// it) or <c>smtps://HOST[:PORT]</c> (TLS from the start, port 465 by default). No user name or password: Custos hands
/// notices to a relay that accepts them from its address.
/// </summary>
/// <param name="Host">The server's host name or address.</param>
/// <param name="Port">Its port.</param>
/// <param name="ImplicitTls">Whether TLS starts at connection (<c>smtps</c>) rather than by STARTTLS.</param>
public sealed record SmtpEndpoint(string Host, int Port, bool ImplicitTls)
{
    /// <summary>Reads <paramref name="text"/>; the error names the setting <c>smtp</c> and what it should be.</summary>
    public static Result<SmtpEndpoint> Parse(string? text)
    {
        var invalid = Error.Invalid(
            "host.smtp-invalid", $"--smtp '{text}' is not an SMTP server address: expected smtp://HOST:PORT or smtps://HOST:PORT, without user, path or query.", "smtp");
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri))
        {
            return invalid;
        }

        var implicitTls = uri.Scheme switch
        {
            "smtp" => false,
            "smtps" => true,
            _ => (bool?)null,
        };
        if (implicitTls is null || uri.Host.Length == 0 || uri.UserInfo.Length > 0 || uri.AbsolutePath is not ("" or "/")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return invalid;
        }

        var port = uri.IsDefaultPort || uri.Port < 0 ? (implicitTls.Value ? 465 : 25) : uri.Port;
        return new SmtpEndpoint(uri.IdnHost, port, implicitTls.Value);
    }

    /// <summary>The address as it is written: <c>smtp://HOST:PORT</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(ImplicitTls ? "smtps" : "smtp")}://{Host}:{Port}");
}
