namespace Custos.Application.Policy;

/// <summary>One installed policy version, without its content.</summary>
/// <param name="Version">The version identifier (the file's <c>version</c> key).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file as installed (UTF-8, LF line endings).</param>
/// <param name="IsActive">Whether this is the version in force.</param>
/// <param name="InstalledAt">When it was first installed.</param>
/// <param name="InstalledBy">Who first installed it (an actor id: <c>staff:…</c>, <c>cli</c>, <c>system</c>).</param>
/// <param name="ActivatedAt">When it was last made active (first install or reactivation), from the ledger.</param>
/// <param name="ActivatedBy">Who last made it active, from the ledger.</param>
public sealed record PolicyVersionInfo(
    string Version, string Sha256, bool IsActive, DateTimeOffset InstalledAt, string InstalledBy,
    DateTimeOffset? ActivatedAt = null, string? ActivatedBy = null);
