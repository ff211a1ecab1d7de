namespace Custos.Domain.Common;

/// <summary>
/// An expected failure, as a value. <see cref="Code"/> is stable (it is part of the API: problem-details <c>type</c>,
/// CLI exit messages) and never reused for another meaning; <see cref="Message"/> is for people and may change.
/// </summary>
/// <param name="Code">Stable dotted code, e.g. <c>customers.import.invalid-field</c>.</param>
/// <param name="Message">A plain explanation naming what was wrong.</param>
/// <param name="Kind">What kind of failure this is, which decides the HTTP status and CLI exit code.</param>
/// <param name="Field">The input field at fault, when there is one.</param>
public sealed record Error(string Code, string Message, ErrorKind Kind = ErrorKind.Invalid, string? Field = null)
{
    public static Error Invalid(string code, string message, string? field = null) => new(code, message, ErrorKind.Invalid, field);

    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);

    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);

    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error UnsupportedMediaType(string code, string message, string? field = null) => new(code, message, ErrorKind.UnsupportedMediaType, field);

    public static Error TooLarge(string code, string message, string? field = null) => new(code, message, ErrorKind.TooLarge, field);

    public static Error Gone(string code, string message) => new(code, message, ErrorKind.Gone);

    public override string ToString() => Field is null ? $"{Code}: {Message}" : $"{Code} ({Field}): {Message}";
}
