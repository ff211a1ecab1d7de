namespace Custos.Ledger.Verification;

/// <summary>Progress of a full log verification.</summary>
/// <param name="EntriesVerified">Entries whose leaf hashes have been checked against authenticated tiles.</param>
/// <param name="TreeSize">The size of the tree being verified.</param>
/// <param name="ResourcesRead">Tiles and entry bundles read so far.</param>
public sealed record LogVerificationProgress(ulong EntriesVerified, ulong TreeSize, long ResourcesRead);
