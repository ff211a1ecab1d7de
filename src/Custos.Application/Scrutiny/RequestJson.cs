using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Globalization;
using System.Text;
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
    public static JsonSerializerOptions Options { get; } = CreateOptions(agencySubmission: false);

    /// <summary>Options for reading an agency's submission, where Custos sets receipt, channel and agency.</summary>
    private static JsonSerializerOptions AgencyOptions { get; } = CreateOptions(agencySubmission: true);

    /// <summary>Reads a scenario file (an object with <c>request</c>) or a bare request.</summary>
    public static Result<ScenarioFile> Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = Parse(json);
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
            var (field, message) = JsonProblems.Describe(exception);
            return Invalid(field, message);
        }
    }

    /// <summary>Reads a bare request in the full interchange format: a scenario file is refused.</summary>
    public static Result<DataRequest> ReadRequest(string json) => ReadBare(json, Options);

    /// <summary>
    /// Reads a request as an agency submits it (the agency API): the full format, except that <c>receivedAt</c>,
    /// <c>channel</c> and <c>agency</c> may be left out and are ignored when given — Custos sets them (the time of
    /// receipt, the API channel, the agency the key belongs to).
    /// </summary>
    public static Result<DataRequest> ReadAgencySubmission(string json) => ReadBare(json, AgencyOptions);

    /// <summary>
    /// Decodes a request body: strict UTF-8 (an invalid sequence is refused, never replaced), a leading byte order mark
    /// accepted and dropped.
    /// </summary>
    public static Result<string> DecodeUtf8(ReadOnlySpan<byte> body, string field = "request")
    {
        if (body.StartsWith(Utf8Bom))
        {
            body = body[Utf8Bom.Length..];
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException exception)
        {
            return Error.Invalid("request.invalid", string.Create(CultureInfo.InvariantCulture,
                $"The body is not valid UTF-8 (at byte {exception.Index}): send the request as UTF-8 text."), field);
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static Result<DataRequest> ReadBare(string json, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = Parse(json.Length > 0 && json[0] == '\uFEFF' ? json[1..] : json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error.Invalid("request.invalid", "$: expected a JSON object (a request).", "$");
            }

            if (document.RootElement.TryGetProperty("request", out _))
            {
                return Error.Invalid("request.invalid", "$.request: send the request itself, not a scenario file around it.", "$.request");
            }

            return document.RootElement.Deserialize<DataRequest>(options)!;
        }
        catch (JsonException exception)
        {
            var (field, message) = JsonProblems.Describe(exception);
            return Error.Invalid("request.invalid", $"{field}: {message}", field);
        }
    }

    /// <summary>Parses JSON text, refusing a field given twice (a second <c>kind</c> must never silently win).</summary>
    private static JsonDocument Parse(string json) =>
        JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, AllowDuplicateProperties = false });

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

    private static JsonSerializerOptions CreateOptions(bool agencySubmission)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            WriteIndented = true,
            // Reports are read by people: apostrophes and accents stay as they are (the output is never embedded in HTML).
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { agencySubmission ? ShapeAgencySubmission : Shape } },
            AllowDuplicateProperties = false,
            // "agency": null or "targets": null is refused where the model says the field is never null.
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new KebabEnumJsonConverterFactory());
        options.Converters.Add(new IsoDateJsonConverter());
        options.Converters.Add(new IsoDateTimeJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// As <see cref="Shape"/>, but <c>receivedAt</c>, <c>channel</c> and <c>agency</c> are optional and skipped unread:
    /// whatever an agency puts there, Custos sets them itself.
    /// </summary>
    private static void ShapeAgencySubmission(JsonTypeInfo type)
    {
        Shape(type);
        if (type.Type != typeof(DataRequest))
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => SetByCustos.Contains(p.Name, StringComparer.Ordinal)))
        {
            property.IsRequired = false;
            property.CustomConverter = (JsonConverter)Activator.CreateInstance(typeof(IgnoredValueConverter<>).MakeGenericType(property.PropertyType))!;
            property.Set = null;
        }
    }

    private static readonly string[] SetByCustos = ["receivedAt", "channel", "agency"];

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
