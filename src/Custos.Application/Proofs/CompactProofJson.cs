using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Proofs;

/// <summary>
/// Source-generated JSON metadata for format v3 proof files, read strictly: property names exactly as written
/// (camelCase), every property required and none other allowed, no property twice, null only for the customer,
/// numbers only as numbers. Written indented. No reflection, so that a verifier can be compiled ahead of time.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    WriteIndented = true)]
[JsonSerializable(typeof(CompactProofFile))]
internal sealed partial class CompactProofJson : JsonSerializerContext;
