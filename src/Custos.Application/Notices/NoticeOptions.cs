using Custos.Domain.Common;
using Custos.Domain.Outbox;
using MimeKit;

namespace Custos.Application.Notices;

/// <summary>
/// How customer notices are delivered: by SMTP when <see cref="Smtp"/> is set, otherwise as <c>.eml</c> files in
/// <see cref="OutboxDirectory"/>; how often the dispatcher looks for due notices and how it retries. Checked at start.
/// </summary>
public sealed record NoticeOptions
{
    /// <summary>The sender when none is configured: a reserved name (RFC 2606) that says so.</summary>
    public const string DefaultFrom = "notices@custos.invalid";

    /// <summary>The SMTP server, or null for <c>.eml</c> files.</summary>
    public SmtpEndpoint? Smtp { get; init; }

    /// <summary>The sender (<c>From</c>): an address, optionally with a display name (<c>Custos &lt;notices@example.com&gt;</c>).</summary>
    public string From { get; init; } = DefaultFrom;

    /// <summary>Where <c>.eml</c> files are written when there is no SMTP server (the data folder's <c>outbox/</c>).</summary>
    public string? OutboxDirectory { get; init; }

    /// <summary>How often the dispatcher looks for due notices.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>At most this many notices per dispatcher round.</summary>
    public int BatchSize { get; init; } = 50;

    /// <summary>
    /// How long a dispatcher holds a notice it is sending. A claim left by a dispatcher that stopped mid-attempt runs out
    /// after this, and the notice is tried again (as an interrupted attempt).
    /// </summary>
    public TimeSpan ClaimTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long one delivery attempt may take in all (connecting, sending, writing the file).</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When a failed delivery is tried again.</summary>
    public DeliveryBackoff Backoff { get; init; } = DeliveryBackoff.Default;

    /// <summary>The sender as a mailbox (<see cref="From"/> must be valid: see <see cref="Validate"/>).</summary>
    public MailboxAddress Sender => TryParseSender(From, out var sender) ? sender : throw new InvalidOperationException("The notice sender is not a valid address.");

    /// <summary>The options for the data folder <paramref name="dataDirectory"/>: <c>.eml</c> files go to its <c>outbox/</c>.</summary>
    public NoticeOptions ForDataDirectory(string dataDirectory) => this with { OutboxDirectory = Path.Combine(dataDirectory, "outbox") };

    /// <summary>Reads the sender setting (<c>--smtp-from</c>): one mailbox with a domain.</summary>
    public static bool TryParseSender(string? text, out MailboxAddress sender)
    {
        sender = null!;
        if (string.IsNullOrWhiteSpace(text) || !MailboxAddress.TryParse(text.Trim(), out var parsed))
        {
            return false;
        }

        var at = parsed.Address.LastIndexOf('@');
        if (at <= 0 || at == parsed.Address.Length - 1)
        {
            return false;
        }

        sender = parsed;
        return true;
    }

    /// <summary>What is wrong with these options, each naming its setting.</summary>
    public IReadOnlyList<Error> Validate()
    {
        var errors = new List<Error>();
        if (!TryParseSender(From, out _))
        {
            errors.Add(Error.Invalid("host.smtp-from-invalid", $"--smtp-from '{From}' is not an e-mail address such as notices@example.com or 'Custos <notices@example.com>'.", "smtp-from"));
        }

        if (Smtp is null && string.IsNullOrWhiteSpace(OutboxDirectory))
        {
            errors.Add(Error.Invalid("notices.outbox-missing", "Without an SMTP server notices are written to a folder, and none is set.", "outbox"));
        }

        if (PollInterval <= TimeSpan.Zero || BatchSize < 1 || SendTimeout <= TimeSpan.Zero || ClaimTimeout < SendTimeout * 2)
        {
            errors.Add(Error.Invalid("notices.dispatch-invalid",
                "The poll interval and the send timeout are positive, the batch holds at least one notice, and a claim lasts at least twice the send timeout.", "notices"));
        }

        errors.AddRange(Backoff.Validate().Select(p => Error.Invalid("notices.backoff-invalid", p, "notices")));
        return errors;
    }
}
