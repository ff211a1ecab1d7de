using Custos.Domain.Common;

namespace Custos.Web.Api;

/// <summary>
/// The one place where expected errors become HTTP: the status each <see cref="ErrorKind"/> promises, and RFC 9457
/// problem details whose <c>type</c> is the stable code, <c>title</c> the kind of problem (the same for every occurrence
/// of that type) and <c>detail</c> what was wrong this time; <c>errors</c> lists every error with its field.
/// </summary>
public static class ErrorResults
{
    public const string TypePrefix = "urn:custos:error:";

    /// <summary>The HTTP status of an error of <paramref name="kind"/>.</summary>
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorKind.Gone => StatusCodes.Status410Gone,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without an HTTP status."),
    };

    /// <summary>The title of a problem of <paramref name="kind"/>: the same for every occurrence.</summary>
    public static string TitleOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Invalid => "The request is not valid.",
        ErrorKind.NotFound => "Not found.",
        ErrorKind.Conflict => "This conflicts with the current state.",
        ErrorKind.Forbidden => "Not allowed.",
        ErrorKind.UnsupportedMediaType => "This media type is not accepted here.",
        ErrorKind.TooLarge => "The body is too large.",
        ErrorKind.Gone => "Gone for good.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An error kind without a title."),
    };

    public static IResult Problem(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors[0];
        return Results.Problem(
            type: TypePrefix + first.Code,
            title: TitleOf(first.Kind),
            statusCode: StatusOf(first.Kind),
            detail: string.Join(" ", errors.Select(e => e.Message)),
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToArray(),
            });
    }

    public static IResult Problem(Error error) => Problem([error]);
}
