namespace Custos.Screening;

/// <summary>
/// The outcome of an operation whose failure is an expected result (a malformed list file, say) rather than a
/// programming error: either a value or an error, never both. It cannot be default-constructed into a success.
/// </summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public sealed class Result<T>
{
    private readonly T? value;
    private readonly ListReadError? error;

    private Result(T? value, ListReadError? error)
    {
        this.value = value;
        this.error = error;
    }

    /// <summary>True when the operation succeeded and <see cref="Value"/> holds its value.</summary>
    public bool IsSuccess => error is null;

    /// <summary>The value of a successful operation.</summary>
    /// <exception cref="InvalidOperationException">The operation failed; read <see cref="Error"/>.</exception>
    public T Value => error is null ? value! : throw new InvalidOperationException("The operation failed: " + error);

    /// <summary>The error of a failed operation.</summary>
    /// <exception cref="InvalidOperationException">The operation succeeded.</exception>
    public ListReadError Error => error ?? throw new InvalidOperationException("The operation succeeded; there is no error.");

    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    public static Result<T> Success(T value) => new(value, null);

    /// <summary>A failed result holding <paramref name="error"/>.</summary>
    /// <param name="error">What went wrong.</param>
    public static Result<T> Failure(ListReadError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new Result<T>(default, error);
    }

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? "Success: " + value : "Failure: " + error;
}
