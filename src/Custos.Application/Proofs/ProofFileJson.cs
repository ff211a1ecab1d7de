using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Proofs;

/// <summary>
/// Source-generated JSON metadata for reading proof files: the rules of <see cref="JsonSerializerOptions.Web"/> (camelCase,
/// names matched without regard to case, numbers also read from strings) and no member the format does not name. No
/// reflection when a verifier starts, which was a large part of what <c>custos proof verify</c> cost.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DisclosureProofFile))]
internal sealed partial class ProofFileJson : JsonSerializerContext;
