using Xunit;

namespace Custos.TestSupport;

/// <summary>
/// A theory that runs the Redocly linter (<c>CUSTOS_REDOCLY</c>); skipped with the reason when it is absent, a
/// failure under <c>CUSTOS_REQUIRE_LINT=1</c> (set by <c>.ci/run</c>, which installs it from the npm registry).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class LintTheoryAttribute : TheoryAttribute
{
    public LintTheoryAttribute()
    {
        if (TestEnvironment.Redocly is null && !TestEnvironment.RequireLint)
        {
            Skip = "The Redocly CLI is not installed (npm install @redocly/cli, then set CUSTOS_REDOCLY to its bin/redocly).";
        }
    }
}
