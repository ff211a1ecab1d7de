using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Application.Common;
using Custos.Domain.Common;
using Custos.Domain.Transparency;

namespace Custos.Application.Transparency.Facts;

/// <summary>
/// The public parts of <c>request.facts</c> and <c>restriction.facts</c> entries: written by the server, read back by
/// anyone checking a report. Reading is strict (every field present, none unknown), so a verifier never counts facts it
/// does not understand.
/// </summary>
public static class FactsJson
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        Converters = { new KebabEnumJsonConverterFactory() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The public part of a request's facts (compact JSON, printable ASCII).</summary>
    public static string Write(RequestFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return EventRecorder.SerializeDetails(PublicRequestFacts.From(facts));
    }

    /// <summary>The public part of a restriction's facts.</summary>
    public static string Write(RestrictionFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return EventRecorder.SerializeDetails(PublicRestrictionFacts.From(fact));
    }

    /// <summary>A request's facts read back from a public part.</summary>
    public static Result<RequestFacts> ReadRequest(string json)
    {
        var read = Read<PublicRequestFacts>(json, "request.facts");
        return read.IsSuccess ? read.Value.ToFacts() : Result<RequestFacts>.Failure(read.Errors);
    }

    /// <summary>A restriction's facts read back from a public part.</summary>
    public static Result<RestrictionFact> ReadRestriction(string json)
    {
        var read = Read<PublicRestrictionFacts>(json, "restriction.facts");
        return read.IsSuccess ? read.Value.ToFact() : Result<RestrictionFact>.Failure(read.Errors);
    }

    /// <summary>
    /// The facts exactly as the log will show them (the instant received becomes its day): what the server computes its
    /// report from, so that anyone reading the log computes the same.
    /// </summary>
    public static RequestFacts AsPublished(RequestFacts facts) => ReadRequest(Write(facts)).Value;

    /// <summary>Lower-case hex SHA-256 of a public part's ASCII text.</summary>
    public static string Sha256(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }

    private static Result<T> Read<T>(string json, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<T>(json, Strict) is { } value
                ? value
                : Error.Invalid("report.facts-malformed", $"A {what} public part is null.");
        }
        catch (JsonException e)
        {
            return Error.Invalid("report.facts-malformed", $"A {what} public part cannot be read: {e.Message}");
        }
    }
}
