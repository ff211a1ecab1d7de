using System.Text.Json;
using System.Text.Json.Serialization;

namespace Custos.Application.Proofs;

/// <summary>Source-generated JSON metadata for an index revision's committed details, read with the rules of <see cref="JsonSerializerOptions.Web"/>.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(IndexRevisionDetails))]
internal sealed partial class RevisionDetailsJson : JsonSerializerContext;
