namespace Custos.Ledger;

/// <summary>The verdict of a check that produces no value: valid, or invalid with the reason.</summary>
public readonly struct VerificationResult
{
    private VerificationResult(LedgerError? error) => Error = error;

    /// <summary>A valid verdict.</summary>
    public static VerificationResult Valid { get; }

    /// <summary>Whether the check passed.</summary>
    public bool IsValid => Error is null;

    /// <summary>Why the check failed; <see langword="null"/> when it passed.</summary>
    public LedgerError? Error { get; }

    /// <summary>An invalid verdict with the given reason.</summary>
    /// <param name="code">Stable error code.</param>
    /// <param name="message">Explanation for people.</param>
    /// <param name="path">The tile or bundle path at fault, if any.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult Invalid(string code, string message, string? path = null) => new(new LedgerError(code, message, path));

    /// <summary>An invalid verdict with the given reason.</summary>
    /// <param name="error">The reason.</param>
    /// <returns>The verdict.</returns>
    public static VerificationResult Invalid(LedgerError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(error);
    }

    /// <inheritdoc />
    public override string ToString() => Error is null ? "Valid" : $"Invalid({Error})";
}
