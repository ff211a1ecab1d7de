using Custos.Domain.Policy;

namespace Custos.Application.Policy;

/// <summary>The policy in force: parsed, with the version and SHA-256 of the file as installed.</summary>
/// <param name="Policy">The parsed policy (shared and immutable: never modify it).</param>
/// <param name="Version">The policy's version identifier (its <c>version</c> key).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the installed file's UTF-8 bytes.</param>
public sealed record ActivePolicy(ScrutinyPolicy Policy, string Version, string Sha256);
