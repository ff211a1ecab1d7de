using Custos.Ledger.Notes;

namespace Custos.Ledger.Verification;

/// <summary>The outcome of a successful verification by <see cref="OfflineVerifier"/>.</summary>
/// <param name="Checkpoint">The verified checkpoint.</param>
/// <param name="State">The state to save for the next run.</param>
/// <param name="Previous">The state of the earlier run the log was proved consistent with, if any.</param>
/// <param name="ResourcesRead">Hash tiles and entry bundles read.</param>
public sealed record OfflineVerificationReport(Checkpoint Checkpoint, VerifierState State, VerifierState? Previous, long ResourcesRead);
