using Custos.Ledger.Tiles;

namespace Custos.Ledger.Witness;

/// <summary>
/// Where a witness keeps, per log origin, the latest tree head it cosigned. A write must be durable when it completes:
/// the witness returns a cosignature only after it. A store that cannot read its state must throw, never report the
/// log as unseen (which would let a split view through).
/// </summary>
public interface IWitnessStateStore
{
    /// <summary>Reads the latest cosigned tree head of <paramref name="origin"/>.</summary>
    /// <param name="origin">The log origin.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The tree head, or <see langword="null"/> when the witness never cosigned for the log.</returns>
    ValueTask<TreeHead?> ReadAsync(string origin, CancellationToken cancellationToken);

    /// <summary>Replaces the latest cosigned tree head of <paramref name="origin"/>, durably and atomically.</summary>
    /// <param name="origin">The log origin.</param>
    /// <param name="head">The new tree head.</param>
    /// <param name="cancellationToken">Cancels the write (before it starts; a started write completes or fails whole).</param>
    /// <returns>A task that completes once the head is durable.</returns>
    ValueTask WriteAsync(string origin, TreeHead head, CancellationToken cancellationToken);
}
