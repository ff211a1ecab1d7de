namespace Custos.Application.Ledger;

/// <summary>
/// Leadership as it is decided today: the process whose <see cref="LedgerIntegrator"/> holds the ledger folder's
/// <c>.integrator.lock</c> (taken on its first round, kept until the process ends) is the leader.
/// </summary>
public sealed class IntegratorLockLeadership(LedgerIntegrator integrator) : ILedgerLeadership
{
    public bool IsLeader => integrator.HoldsLedger;
}
