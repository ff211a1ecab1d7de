namespace Custos.Application.Ledger;

/// <summary>
/// Another leader has taken a newer term (or this process no longer leads): the integrator that meets it gives the
/// ledger up without sequencing or publishing anything more. Never leaves <see cref="LedgerIntegrator"/>.
/// </summary>
internal sealed class LedgerTermLostException(long term) : Exception("The ledger's leader term has moved on.")
{
    /// <summary>The term now in force (0 when this process simply no longer leads).</summary>
    public long Term { get; } = term;
}
