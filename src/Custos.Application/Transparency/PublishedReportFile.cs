namespace Custos.Application.Transparency;

/// <summary>A published report as served: the period, when it was computed, its JSON's SHA-256, the JSON and the signed statement.</summary>
public sealed record PublishedReportFile(DateOnly From, DateOnly To, DateTimeOffset GeneratedAt, string Sha256, string Json, string Statement);
