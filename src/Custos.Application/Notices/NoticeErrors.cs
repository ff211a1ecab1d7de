using Custos.Domain.Common;

namespace Custos.Application.Notices;

/// <summary>The errors of the notice outbox. Codes are stable.</summary>
public static class NoticeErrors
{
    public static readonly Error IdInvalid = Error.Invalid(
        "notices.id-invalid", "A notice id is 1 to 100 letters, digits, '_' or '-', starting with a letter or digit.", "noticeId");

    public static readonly Error AccountInvalid = Error.Invalid(
        "notices.account-invalid", "The customer account id is 1 to 200 characters.", "customerAccountId");

    public static readonly Error RecipientInvalid = Error.Invalid(
        "notices.recipient-invalid", "The recipient is a plain e-mail address such as name@example.com (no display name).", "recipientAddress");

    public static readonly Error SubjectInvalid = Error.Invalid(
        "notices.subject-invalid", "The subject is one line of 1 to 200 characters without control characters.", "subject");

    public static readonly Error BodyInvalid = Error.Invalid(
        "notices.body-invalid", "The body is 1 to 100,000 characters of plain text.", "body");

    public static readonly Error RequestInvalid = Error.Invalid(
        "notices.request-invalid", "The request id is 1 to 100 characters without spaces.", "requestId");

    public static Error RequestNotFound(string requestId) => Error.NotFound("notices.request-not-found", $"No request {requestId}.");

    public static Error AlreadyQueued(string noticeId) => Error.Conflict(
        "notices.already-queued", $"Notice {noticeId} is already in the outbox; a notice is queued once.");
}
