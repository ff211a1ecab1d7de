namespace Custos.Application.Ledger;

/// <summary>
/// Whether this process is the one that runs the work that must run once — ledger integration and checkpoint signing
/// (with the witnesses' cosignatures), the notice outbox, preservation expiry, production release. One SQLite data
/// folder is led by whoever holds its ledger folder's lock file (<see cref="LedgerFolderLeadership"/>); several nodes on
/// one PostgreSQL database elect their leader through an advisory lock (<see cref="PostgresAdvisoryLeadership"/>).
/// Leadership alone is not trusted to keep two leaders apart: the integrator also fences its writes with the term it
/// took in <c>ledger_state</c> (see <see cref="LedgerIntegrator"/>).
/// </summary>
public interface ILedgerLeadership
{
    /// <summary>True while this process holds the leadership, as of the last <see cref="TryLeadAsync"/>.</summary>
    bool IsLeader { get; }

    /// <summary>
    /// Takes the leadership when it is free, or checks that this process still holds it; returns whether it does now.
    /// Never throws for a database or file that cannot be reached: that is a "no".
    /// </summary>
    ValueTask<bool> TryLeadAsync(CancellationToken cancellationToken);
}
