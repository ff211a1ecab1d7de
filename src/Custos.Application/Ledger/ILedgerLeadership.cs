namespace Custos.Application.Ledger;

/// <summary>
/// Whether this process is the one that runs the work that must run once — ledger integration and checkpoint signing
/// first of all. The metrics (<c>custos.ledger.leader</c>) and anything else that needs to know ask this, never the
/// mechanism behind it, so that another election (a PostgreSQL advisory lock, say) can replace the default
/// <see cref="IntegratorLockLeadership"/> by registering its own implementation.
/// </summary>
public interface ILedgerLeadership
{
    /// <summary>True while this process holds the leadership.</summary>
    bool IsLeader { get; }
}
