using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;
using Custos.Application.Common;
using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Application.Scrutiny;

/// <summary>
/// Reads the request interchange format (REQUEST-FORMAT.md), bare or inside a scenario file. Strict: an unknown field,
/// a wrong enum value or an impossible date is an error naming the field.
/// </summary>
public static class RequestJson
{
    /// <summary>Options for reading requests and scenarios and for writing results.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Reads a scenario file (an object with <c>request</c>) or a bare request.</summary>
    public static Result<ScenarioFile> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Invalid("$", "expected a JSON object (a request or a scenario).");
            }

            if (document.RootElement.TryGetProperty("request", out _))
            {
                var scenario = document.RootElement.Deserialize<ScenarioFile>(Options)!;
                return scenario.Request is null ? Invalid("$.request", "the scenario's request is null.") : scenario;
            }

            var request = document.RootElement.Deserialize<DataRequest>(Options)!;
            return new ScenarioFile { Request = request };
        }
        catch (JsonException exception)
        {
            return Invalid(exception.Path ?? "$", Describe(exception));
        }
    }

    /// <summary>Reads a bare request (what the API and the portal accept): a scenario file is refused.</summary>
    public static Result<DataRequest> ReadRequest(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error.Invalid("request.invalid", "$: expected a JSON object (a request).", "$");
            }

            if (document.RootElement.TryGetProperty("request", out _))
            {
                return Error.Invalid("request.invalid", "$.request: send the request itself, not a scenario file around it.", "$.request");
            }

            return document.RootElement.Deserialize<DataRequest>(Options)!;
        }
        catch (JsonException exception)
        {
            return Error.Invalid("request.invalid", $"{exception.Path ?? "$"}: {Describe(exception)}", exception.Path ?? "$");
        }
    }

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>Compact JSON in the same format, for storage and hashing.</summary>
    public static string WriteCompact<T>(T value) => JsonSerializer.Serialize(value, CompactOptions);

    /// <summary>Reads back a request stored by Custos (trusted: written by <see cref="WriteCompact{T}"/>).</summary>
    public static DataRequest ReadStored(string json) =>
        JsonSerializer.Deserialize<DataRequest>(json, Options) ?? throw new JsonException("A stored request is null.");

    /// <summary>Reads back a stored scrutiny result.</summary>
    public static Domain.Scrutiny.ScrutinyResult ReadResult(string json) =>
        JsonSerializer.Deserialize<Domain.Scrutiny.ScrutinyResult>(json, CompactOptions) ?? throw new JsonException("A stored scrutiny result is null.");

    private static readonly JsonSerializerOptions CompactOptions = new(Options) { WriteIndented = false, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip };

    private static Result<ScenarioFile> Invalid(string path, string message) =>
        Error.Invalid("request.invalid", $"{path}: {message}", path);

    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            // Reports are read by people: apostrophes and accents stay as they are (the output is never embedded in HTML).
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { Shape } },
        };
        options.Converters.Add(new KebabEnumJsonConverterFactory());
        options.Converters.Add(new IsoDateJsonConverter());
        options.Converters.Add(new IsoDateTimeJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The few places where the format differs from plain camelCase records: required fields, one odd name.</summary>
    private static void Shape(JsonTypeInfo type)
    {
        string[] required = type.Type switch
        {
            _ when type.Type == typeof(DataRequest) => ["receivedAt", "channel", "kind", "agency"],
            _ when type.Type == typeof(Target) => ["type"],
            _ when type.Type == typeof(LegalProcess) => ["type"],
            _ => [],
        };
        foreach (var property in type.Properties)
        {
            if (required.Contains(property.Name, StringComparer.Ordinal))
            {
                property.IsRequired = true;
            }

            if (type.Type == typeof(EmergencyDetails) && property.Name == "whyNormalProcessTooSlow")
            {
                property.Name = "why-normal-process-too-slow";
            }
        }
    }
}
