namespace Custos.Ledger;

/// <summary>
/// Thrown where an interface has no error channel (such as <see cref="Merkle.INodeHashSource"/>) when stored or fetched
/// log data is missing or malformed. Carries the <see cref="LedgerError"/> that callers turn back into a value.
/// </summary>
public sealed class LedgerDataException : Exception
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    /// <param name="error">What was wrong.</param>
    public LedgerDataException(LedgerError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public LedgerDataException()
        : this(new LedgerError("ledger.data", "Log data is missing or malformed."))
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public LedgerDataException(string message)
        : this(new LedgerError("ledger.data", message))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LedgerDataException(string message, Exception innerException)
        : base(message, innerException) => Error = new LedgerError("ledger.data", message);

    /// <summary>What was wrong.</summary>
    public LedgerError Error { get; }
}
