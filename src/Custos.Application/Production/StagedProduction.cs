namespace Custos.Application.Production;

/// <summary>A production staged with its <c>production.created</c> event, waiting for the caller's save.</summary>
/// <param name="Id">The production's id (<c>prd_…</c>).</param>
/// <param name="RequestId">The request.</param>
/// <param name="ManifestSha256">The manifest's SHA-256 the event commits to.</param>
/// <param name="CertificateThumbprint">The SHA-256 of the agency certificate the package will be encrypted to.</param>
/// <param name="Files">How many data files the package holds.</param>
public sealed record StagedProduction(string Id, string RequestId, string ManifestSha256, string CertificateThumbprint, int Files);
