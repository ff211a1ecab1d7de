using Custos.Domain.Common;

namespace Custos.Web.Api;

/// <summary>The one place where expected errors become HTTP responses: RFC 9457 problem details, <c>type</c> = the code.</summary>
public static class ErrorResults
{
    public const string TypePrefix = "urn:custos:error:";

    public static IResult Problem(IReadOnlyList<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var first = errors[0];
        var status = first.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return Results.Problem(
            type: TypePrefix + first.Code,
            title: first.Message,
            statusCode: status,
            detail: errors.Count > 1 ? string.Join(" ", errors.Select(e => e.Message)) : null,
            extensions: new Dictionary<string, object?>
            {
                ["errors"] = errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToArray(),
            });
    }

    public static IResult Problem(Error error) => Problem([error]);
}
