using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// <c>manifest.json</c>: the format, the request (Custos's id and the agency's reference), the decision and the votes
/// behind it, every data file with its SHA-256, and what the production event names — each customer whose data the
/// package holds with their disclosure code, and the event's other references with their keys. Nothing else. Its own
/// SHA-256 is what the production event commits to.
/// </summary>
public sealed record PackageManifest
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The package format, <see cref="PackageFormat.Version"/>.</summary>
    public required string Format { get; init; }

    /// <summary>The request.</summary>
    public required ManifestRequest Request { get; init; }

    /// <summary>The decision's id.</summary>
    public required string Decision { get; init; }

    /// <summary>The ids of the votes that decided.</summary>
    public required IReadOnlyList<string> Votes { get; init; }

    /// <summary>Every data file, in archive order.</summary>
    public required IReadOnlyList<PackageFile> Files { get; init; }

    /// <summary>Every customer whose data the package holds, with their disclosure code, in ordinal order of account id.</summary>
    public required IReadOnlyList<PackageCustomer> Customers { get; init; }

    /// <summary>The production event's other references (request, agency, officer) with their keys, in ordinal order of kind.</summary>
    public required IReadOnlyList<PackageReference> OtherReferences { get; init; }

    /// <summary>What the production event names, as this manifest opens it.</summary>
    [JsonIgnore]
    public PackageReferences References => new(Customers, OtherReferences);

    /// <summary>The manifest's bytes: indented UTF-8 JSON ending in a line feed.</summary>
    public byte[] ToBytes() => [.. JsonSerializer.SerializeToUtf8Bytes(this, Json), (byte)'\n'];

    /// <summary>Lower-case hex SHA-256 of <paramref name="manifest"/>'s bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> manifest) => Convert.ToHexStringLower(SHA256.HashData(manifest));

    /// <summary>
    /// Reads a manifest strictly: of <see cref="PackageFormat.Version"/> (a version 1 manifest, which has no format, is
    /// refused as such), every member present, none other, customers in order with well-formed codes, and the other
    /// references each of a known kind and at most once.
    /// </summary>
    public static Result<PackageManifest> Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (FormatOf(bytes) is var format && format != PackageFormat.Version)
            {
                return PackageErrors.FormatUnsupported(format);
            }

            var manifest = JsonSerializer.Deserialize<PackageManifest>(bytes, Json);
            if (manifest is null || manifest.Files.Any(f => f is null || f.Path is null || f.Sha256 is null) || manifest.Votes.Any(v => v is null)
                || manifest.Customers.Any(c => c is null || c.AccountId is null || c.Code is null)
                || manifest.OtherReferences.Any(r => r is null || r.Kind is null || r.Key is null))
            {
                return PackageErrors.ManifestMalformed("a member is null");
            }

            return CheckReferences(manifest) is { } why ? PackageErrors.ManifestMalformed(why) : manifest;
        }
        catch (JsonException ex)
        {
            return PackageErrors.ManifestMalformed(ex.Message);
        }
    }

    /// <summary>The <c>format</c> member's text; null when there is none (a version 1 manifest).</summary>
    private static string? FormatOf(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        using var json = JsonDocument.ParseValue(ref reader);
        return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("format", out var format)
            ? format.ValueKind == JsonValueKind.String ? format.GetString() : format.GetRawText()
            : null;
    }

    private static string? CheckReferences(PackageManifest manifest)
    {
        for (var i = 0; i < manifest.Customers.Count; i++)
        {
            var customer = manifest.Customers[i];
            if (i > 0 && string.CompareOrdinal(manifest.Customers[i - 1].AccountId, customer.AccountId) >= 0)
            {
                return "the customers are not in ordinal order of account id, each once";
            }

            if (!IsHex32(customer.Code))
            {
                return $"the disclosure code of customer '{customer.AccountId}' is not 32 lower-case hex characters";
            }
        }

        var kinds = manifest.OtherReferences.Select(r => r.Kind).ToArray();
        if (kinds.Any(k => !PackageReferences.OtherKinds.Contains(k, StringComparer.Ordinal)) || kinds.Distinct(StringComparer.Ordinal).Count() != kinds.Length
            || !kinds.Contains("request", StringComparer.Ordinal) || !kinds.SequenceEqual(kinds.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            return $"the other references are not the request once and at most one agency and one officer, in that order of kind ({string.Join(", ", PackageReferences.OtherKinds)})";
        }

        return manifest.OtherReferences.FirstOrDefault(r => !IsHex32(r.Key)) is { } bad ? $"the key of the {bad.Kind} reference is not 32 lower-case hex characters" : null;
    }

    private static bool IsHex32(string text) => text.Length == 32 && text.All(char.IsAsciiHexDigitLower);
}
