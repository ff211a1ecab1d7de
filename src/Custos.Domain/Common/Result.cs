namespace Custos.Domain.Common;

/// <summary>The outcome of an operation that can fail in expected ways: a value, or one or more errors.</summary>
/// <typeparam name="T">The value on success.</typeparam>
public readonly struct Result<T>
{
    private readonly T? _value;
    private readonly IReadOnlyList<Error>? _errors;

    private Result(T value)
    {
        _value = value;
        _errors = null;
    }

    private Result(IReadOnlyList<Error> errors)
    {
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        _value = default;
        _errors = errors;
    }

    public bool IsSuccess => _errors is null;

    /// <summary>The value; throws when the result is a failure (a programming error: check <see cref="IsSuccess"/>).</summary>
    public T Value => _errors is null ? _value! : throw new InvalidOperationException($"Result is a failure: {_errors[0]}");

    public IReadOnlyList<Error> Errors => _errors ?? [];

    /// <summary>The first error; throws on success.</summary>
    public Error Error => _errors is { Count: > 0 } ? _errors[0] : throw new InvalidOperationException("Result is a success.");

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
