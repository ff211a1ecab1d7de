namespace Custos.Domain.Transparency;

/// <summary>A count under a stable kebab-case name (a channel, a kind of request).</summary>
public sealed record NamedCount(string Name, int Count);
