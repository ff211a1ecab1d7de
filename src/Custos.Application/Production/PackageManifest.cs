using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Custos.Domain.Common;

namespace Custos.Application.Production;

/// <summary>
/// <c>manifest.json</c>: the request (Custos's id and the agency's reference), the decision and the votes behind it, and
/// every data file with its SHA-256 — nothing else. Its own SHA-256 is what the production event commits to.
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

    /// <summary>The request.</summary>
    public required ManifestRequest Request { get; init; }

    /// <summary>The decision's id.</summary>
    public required string Decision { get; init; }

    /// <summary>The ids of the votes that decided.</summary>
    public required IReadOnlyList<string> Votes { get; init; }

    /// <summary>Every data file, in archive order.</summary>
    public required IReadOnlyList<PackageFile> Files { get; init; }

    /// <summary>The manifest's bytes: indented UTF-8 JSON ending in a line feed.</summary>
    public byte[] ToBytes() => [.. JsonSerializer.SerializeToUtf8Bytes(this, Json), (byte)'\n'];

    /// <summary>Lower-case hex SHA-256 of <paramref name="manifest"/>'s bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> manifest) => Convert.ToHexStringLower(SHA256.HashData(manifest));

    /// <summary>Reads a manifest strictly: every member present, none other.</summary>
    public static Result<PackageManifest> Parse(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<PackageManifest>(bytes, Json);
            if (manifest is null || manifest.Files.Any(f => f is null || f.Path is null || f.Sha256 is null) || manifest.Votes.Any(v => v is null))
            {
                return PackageErrors.ManifestMalformed("a member is null");
            }

            return manifest;
        }
        catch (JsonException ex)
        {
            return PackageErrors.ManifestMalformed(ex.Message);
        }
    }
}
