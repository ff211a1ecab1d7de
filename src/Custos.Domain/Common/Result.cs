namespace Custos.Domain.Common;

/// <summary>
/// The outcome of an operation that can fail in expected ways: a value, or one or more errors. Only
/// <see cref="Success"/> (or the implicit conversion from a value) makes a success: a <c>default</c> result is a
/// failure with <see cref="Uninitialised"/>, so a forgotten assignment can never pass for success.
/// </summary>
/// <typeparam name="T">The value on success.</typeparam>
public readonly struct Result<T>
{
    /// <summary>The error a <c>default</c> result carries: a programming error, never an expected outcome.</summary>
    public static readonly Error Uninitialised = new("result.uninitialised", "The operation produced no result.", ErrorKind.Invalid);

    private readonly T? _value;
    private readonly IReadOnlyList<Error>? _errors;
    private readonly bool _succeeded;

    private Result(T value)
    {
        _value = value;
        _errors = null;
        _succeeded = true;
    }

    private Result(IReadOnlyList<Error> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        _value = default;
        _errors = errors;
        _succeeded = false;
    }

    /// <summary>Whether the operation succeeded. False for a <c>default</c> result.</summary>
    public bool IsSuccess => _succeeded;

    /// <summary>The value; throws when the result is a failure (a programming error: check <see cref="IsSuccess"/>).</summary>
    public T Value => _succeeded ? _value! : throw new InvalidOperationException($"Result is a failure: {Errors[0]}");

    /// <summary>The errors of a failure; empty on success.</summary>
    public IReadOnlyList<Error> Errors => _succeeded ? [] : _errors ?? [Uninitialised];

    /// <summary>The first error; throws on success.</summary>
    public Error Error => _succeeded ? throw new InvalidOperationException("Result is a success.") : Errors[0];

    public static Result<T> Success(T value) => new(value);

    public static Result<T> Failure(Error error) => new([error]);

    public static Result<T> Failure(IReadOnlyList<Error> errors) => new(errors);

    public static implicit operator Result<T>(Error error) => Failure(error);

    public static implicit operator Result<T>(T value) => Success(value);

    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Success(map(Value)) : Result<TOut>.Failure(Errors);
    }
}
