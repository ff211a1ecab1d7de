namespace Custos.Application.Production;

/// <summary>The request a manifest belongs to.</summary>
/// <param name="Id">Custos's id of the request.</param>
/// <param name="Reference">The agency's own case reference; null when it gave none.</param>
public sealed record ManifestRequest(string Id, string? Reference);
