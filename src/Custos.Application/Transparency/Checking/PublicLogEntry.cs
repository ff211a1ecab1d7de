using Custos.Application.Ledger;

namespace Custos.Application.Transparency.Checking;

/// <summary>A log entry read from the published log (after the log was verified), at its position.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Entry">The entry parsed.</param>
/// <param name="Bytes">The entry's exact bytes.</param>
public sealed record PublicLogEntry(ulong LeafIndex, LedgerEntry Entry, byte[] Bytes);
