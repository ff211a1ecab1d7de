using System.Text.Json;
using Custos.Domain.Common;

namespace Custos.Web.Api;

/// <summary>
/// Reads an endpoint's JSON body itself, so that a body that is not JSON, or JSON of the wrong shape, is answered with a
/// problem naming what is wrong (and where), not a bare 400; an empty body reads as null, for the use case to refuse
/// in its own words after its access checks.
/// </summary>
internal static class JsonBodies
{
    public static async Task<Result<T?>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken) where T : class
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null))
        {
            return Result<T?>.Success(null);
        }

        if (!request.HasJsonContentType())
        {
            return Error.UnsupportedMediaType("request.json-required", "Send the body as JSON (Content-Type: application/json).");
        }

        try
        {
            return Result<T?>.Success(await request.ReadFromJsonAsync<T>(cancellationToken));
        }
        catch (JsonException e)
        {
            var where = e.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
            var line = e.LineNumber is { } n ? $" (line {n + 1})" : string.Empty;
            return Error.Invalid("request.json-invalid", $"The body is not valid JSON for this request{where}{line}: a value is missing, malformed or of the wrong type.", e.Path);
        }
    }

    /// <summary>Reads the body as <see cref="ReadAsync{T}"/> does and answers with <paramref name="then"/>'s result, or with the problem.</summary>
    public static async Task<IResult> WithBodyAsync<T>(HttpRequest request, Func<T?, Task<IResult>> then, CancellationToken cancellationToken) where T : class
    {
        var body = await ReadAsync<T>(request, cancellationToken);
        return body.IsSuccess ? await then(body.Value) : ErrorResults.Problem(body.Errors);
    }
}
