namespace Custos.Ledger;

/// <summary>
/// An expected failure, as a value: a malformed input, a proof that does not verify, a tampered tile.
/// <see cref="Code"/> is stable and never reused for another meaning; <see cref="Message"/> is for people.
/// </summary>
/// <param name="Code">Stable dotted code, for example <c>proof.inclusion.root-mismatch</c>.</param>
/// <param name="Message">A plain explanation naming what was wrong.</param>
/// <param name="Path">The tile or entry bundle path at fault, when there is one.</param>
public sealed record LedgerError(string Code, string Message, string? Path = null)
{
    /// <inheritdoc />
    public override string ToString() => Path is null ? $"{Code}: {Message}" : $"{Code} ({Path}): {Message}";
}
