using Custos.Domain.Common;

namespace Custos.Domain.Tests;

public class ResultTests
{
    [Fact]
    public void Value_OnFailure_Throws()
    {
        Result<int> result = Error.Invalid("x.bad", "bad");
        Assert.False(result.IsSuccess);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Equal("x.bad", result.Error.Code);
    }

    [Fact]
    public void Map_OnSuccess_TransformsAndOnFailure_KeepsErrors()
    {
        Result<int> ok = 2;
        Assert.Equal("2", ok.Map(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
        var failed = Result<int>.Failure([Error.Invalid("a", "a"), Error.Invalid("b", "b")]);
        Assert.Equal(["a", "b"], failed.Map(v => v + 1).Errors.Select(e => e.Code));
    }

    [Fact]
    public void Failure_WithNoErrors_IsAProgrammingError() =>
        Assert.Throws<ArgumentException>(() => Result<int>.Failure(Array.Empty<Error>()));

    [Fact]
    public void Default_IsNeverASuccess()
    {
        var result = default(Result<string>);

        Assert.False(result.IsSuccess);
        Assert.Equal(Result<string>.Uninitialised, result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.False(result.Map(v => v.Length).IsSuccess);
    }

    [Fact]
    public void Success_WithDefaultValue_IsStillASuccess()
    {
        var result = Result<int>.Success(0);

        Assert.True(result.IsSuccess);
        Assert.Equal(0, result.Value);
        Assert.Empty(result.Errors);
    }
}
