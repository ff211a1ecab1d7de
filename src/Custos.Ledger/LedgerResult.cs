namespace Custos.Ledger;

/// <summary>The outcome of an operation that can fail in expected ways: either a value or a <see cref="LedgerError"/>.</summary>
/// <typeparam name="T">The value on success.</typeparam>
public readonly struct LedgerResult<T>
{
    private readonly T? _value;
    private readonly LedgerError? _error;

    private LedgerResult(T value, LedgerError? error)
    {
        _value = value;
        _error = error;
    }

    /// <summary>Whether the operation succeeded.</summary>
    public bool IsSuccess => _error is null;

    /// <summary>The value; throws when the result is a failure (a programming error: check <see cref="IsSuccess"/>).</summary>
    public T Value => _error is null ? _value! : throw new InvalidOperationException($"Result is a failure: {_error}");

    /// <summary>The error; throws when the result is a success.</summary>
    public LedgerError Error => _error ?? throw new InvalidOperationException("Result is a success.");

    /// <summary>A successful result holding <paramref name="value"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static LedgerResult<T> Success(T value) => new(value, null);

    /// <summary>A failed result holding <paramref name="error"/>.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static LedgerResult<T> Failure(LedgerError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default!, error);
    }

    /// <summary>Converts an error into a failed result.</summary>
    /// <param name="error">The error.</param>
    public static implicit operator LedgerResult<T>(LedgerError error) => Failure(error);

    /// <summary>Converts a value into a successful result.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator LedgerResult<T>(T value) => Success(value);

    /// <summary>Same as the implicit conversion from an error, for languages without operators.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static LedgerResult<T> FromLedgerError(LedgerError error) => Failure(error);

    /// <summary>Same as the implicit conversion from a value, for languages without operators.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static LedgerResult<T> FromT(T value) => Success(value);

    /// <summary>Transforms the value of a success; passes a failure through.</summary>
    /// <typeparam name="TOut">The new value type.</typeparam>
    /// <param name="map">The transformation.</param>
    /// <returns>The transformed result.</returns>
    public LedgerResult<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return _error is null ? LedgerResult<TOut>.Success(map(_value!)) : LedgerResult<TOut>.Failure(_error);
    }

    /// <inheritdoc />
    public override string ToString() => _error is null ? $"Success({_value})" : $"Failure({_error})";
}
