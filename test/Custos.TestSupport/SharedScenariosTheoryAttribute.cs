using Xunit;

namespace Custos.TestSupport;

/// <summary>A theory over the shared scrutiny scenarios; skipped with a clear message when the folder is absent (a failure under <c>CUSTOS_REQUIRE_DATA=1</c>).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedScenariosTheoryAttribute : TheoryAttribute
{
    public SharedScenariosTheoryAttribute()
    {
        Skip = TestEnvironment.SkipUnlessShared("scenarios");
    }
}
