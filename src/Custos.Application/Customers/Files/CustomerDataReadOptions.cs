namespace Custos.Application.Customers.Files;

/// <summary>How <see cref="CustomerDataReader"/> validates a data set.</summary>
public sealed record CustomerDataReadOptions
{
    /// <summary>Reading stops once this many errors have been collected (default 100).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>
    /// Says whether an account id that is not in the data set already exists (for an import that adds wallets or
    /// transactions to customers imported earlier). Asked once per distinct id. When null, every reference to an
    /// account id outside the set is an error.
    /// </summary>
    public Func<string, bool>? AccountExists { get; init; }

    /// <summary>
    /// Whether a directory may lack <c>customers.csv</c>: an incremental export that only adds items (transactions,
    /// logins, …) to customers that exist already. A directory holding none of the files is still an error.
    /// </summary>
    public bool CustomersOptional { get; init; }

    /// <summary>A progress report is sent every this many rows of a file (and at the end of each file).</summary>
    public int ProgressInterval { get; init; } = 50_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxErrors, 1, nameof(MaxErrors));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProgressInterval, 1, nameof(ProgressInterval));
    }
}
