namespace Custos.Application.Policy;

/// <summary>One installed policy version with its YAML exactly as installed, for audit and export.</summary>
public sealed record PolicyVersionContent(string Version, string Sha256, string Content, bool IsActive, DateTimeOffset InstalledAt, string InstalledBy);
