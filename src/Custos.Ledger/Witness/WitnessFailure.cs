namespace Custos.Ledger.Witness;

/// <summary>One witness that did not cosign, and why.</summary>
/// <param name="Witness">The witness's configured name.</param>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Error">The details.</param>
public sealed record WitnessFailure(string Witness, WitnessFailureKind Kind, LedgerError Error)
{
    /// <inheritdoc />
    public override string ToString() => $"{Witness}: {Kind} ({Error})";
}
