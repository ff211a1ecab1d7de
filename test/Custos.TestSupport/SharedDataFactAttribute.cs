using Xunit;

namespace Custos.TestSupport;

/// <summary>A test that reads ../shared/data; skipped with a clear message when that folder is absent (a failure under <c>CUSTOS_REQUIRE_DATA=1</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        Skip = TestEnvironment.SkipUnlessShared("data");
    }
}
