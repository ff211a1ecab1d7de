using Custos.Storage.Entities;

namespace Custos.Storage.Sanctions;

/// <summary>A list version in force with its stored files (their bytes included).</summary>
/// <param name="Version">The version.</param>
/// <param name="Files">Its files, in position order.</param>
public sealed record StoredListVersion(SanctionsListVersionRecord Version, IReadOnlyList<SanctionsListFileRecord> Files);
