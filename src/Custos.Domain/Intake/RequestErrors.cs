using Custos.Domain.Common;

namespace Custos.Domain.Intake;

/// <summary>The errors of intake and of a request's life. Codes are stable (they reach API clients).</summary>
public static class RequestErrors
{
    public static Error NotFound(string id) => Error.NotFound("request.not-found", $"No request {id}.");

    public static readonly Error AgencyRequired = Error.Invalid(
        "request.agency-required", "Requests through the portal or the API come from a registered agency.", "agency");

    public static Error AgencyUnknown(string id) => Error.Invalid("request.agency-unknown", $"No registered agency {id}.", "agency");

    public static readonly Error AgencyFailedVerification = Error.Forbidden(
        "request.agency-failed-verification", "The agency failed verification; its requests are not accepted.");

    public static readonly Error IdempotencyKeyInvalid = Error.Invalid(
        "request.idempotency-key-invalid", "An Idempotency-Key is 1 to 200 visible ASCII characters.", "Idempotency-Key");

    public static readonly Error IdempotencyKeyReused = Error.Conflict(
        "request.idempotency-key-reused", "This Idempotency-Key was used for a different request; use a new key for a new request.");

    public static Error ReceivedInFuture => Error.Invalid(
        "request.received-in-future", "The date of receipt is in the future.", "receivedAt");

    public static readonly Error ChannelNotForAnalyst = Error.Invalid(
        "request.channel-invalid", "An analyst enters requests that came by e-mail, post, in person or by phone; portal and API requests enter themselves.", "channel");

    public static readonly Error InformalChannel = Error.Invalid(
        "request.channel-invalid", "An informal approach came in person, by phone or by a message (e-mail) to an employee.", "channel");

    public static readonly Error DateRangeReversed = Error.Invalid(
        "request.date-range-reversed", "The date range ends before it starts.", "dateRange.to");

    public static readonly Error IssuedAfterReceipt = Error.Invalid(
        "request.issued-after-receipt", "The legal process is dated after the request was received.", "legalProcess.issuedOn");

    public static Error HashInvalid(string field) => Error.Invalid(
        "request.document-hash-invalid", "A SHA-256 is 64 hexadecimal characters.", field);

    public static Error HashMismatch(string field, string name, string actual) => Error.Invalid(
        "request.document-hash-mismatch", $"The uploaded {name} has SHA-256 {actual}, not the one declared.", field);

    public static Error DocumentTooLarge(string field, string name, long limit) => Error.Invalid(
        "request.document-too-large", $"{name} is larger than the limit of {limit / (1024 * 1024)} MiB.", field);

    public static Error DocumentEmpty(string field, string name) => Error.Invalid(
        "request.document-empty", $"{name} is empty.", field);

    public static Error DocumentNameInvalid(string field) => Error.Invalid(
        "request.document-name-invalid", "A document name is 1 to 200 characters, without path separators or control characters.", field);

    public static Error DocumentTypeRefused(string field, string name, string mediaType, IEnumerable<string> accepted) => Error.Invalid(
        "request.document-type-refused", $"{name} is {mediaType}; accepted: {string.Join(", ", accepted)}.", field);

    public static Error DocumentNotPdf(string field, string name) => Error.Invalid(
        "request.document-content-mismatch", $"{name} is declared as a PDF but is not one.", field);

    /// <summary>The document name is refused; <paramref name="problem"/> says why, e.g. "contains a path separator ('/')".</summary>
    public static Error DocumentNameInvalid(string field, string problem) => Error.Invalid(
        "request.document-name-invalid",
        $"The document name {problem}. A document name is 1 to 200 characters, without path separators, control or bidirectional characters, or spaces at either end, and is not only dots.",
        field);

    /// <summary>The content is not of the declared type; <paramref name="declaredAs"/> names the type ("a PNG image"), <paramref name="reason"/> what is wrong.</summary>
    public static Error DocumentContentMismatch(string field, string name, string declaredAs, string reason) => Error.Invalid(
        "request.document-content-mismatch", $"{name} is declared as {declaredAs} but is not one: {reason}.", field);

    /// <summary>An archive (a Word document is one) that unpacks beyond the limits; <paramref name="reason"/> says which.</summary>
    public static Error DocumentArchiveTooLarge(string field, string name, string reason) => Error.Invalid(
        "request.document-archive-too-large", $"{name} is refused: {reason}.", field);

    public static Error TooManyDocuments(int limit) => Error.Invalid(
        "request.too-many-documents", $"At most {limit} documents per submission.", "documents");

    public static Error DuplicateDocument(string field, string name) => Error.Invalid(
        "request.document-duplicate", $"{name} was uploaded twice.", field);

    public static readonly Error MessageEmpty = Error.Invalid("request.message-empty", "Write a message.", "body");

    public static readonly Error MessageTooLong = Error.Invalid("request.message-too-long", "A message is at most 10,000 characters.", "body");

    public static readonly Error NoteTooLong = Error.Invalid("request.note-too-long", "The account of what happened is at most 10,000 characters.", "note");

    public static readonly Error ReasonRequired = Error.Invalid("request.reason-required", "Give the reason.", "reason");

    public static readonly Error AgencyNotVerified = Error.Conflict(
        "request.agency-unverified", "The agency has not been verified out-of-band yet: record the verification on the agency first.");

    /// <summary>A field of the request that is malformed: the message says what is expected.</summary>
    public static Error FieldInvalid(string field, string message) => Error.Invalid("request.field-invalid", message, field);

    public static readonly Error RequestClosed = Error.Conflict(
        "request.closed", "The request is closed: nothing more can be sent or added to it.");

    public static readonly Error NotYours = Error.Forbidden(
        "access.regional", "Regional staff see and act on the requests they took in themselves, and nothing else.");

    public static readonly Error StaleRequest = Error.Conflict(
        "request.changed", "Someone else changed this request meanwhile; reload it and try again.");
}
