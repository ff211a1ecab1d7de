using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace Custos.TestSupport;

/// <summary>
/// Runs a storage theory on PostgreSQL when <c>CUSTOS_TEST_POSTGRES</c> holds a connection string; skipped with the
/// reason otherwise, unless <c>CUSTOS_REQUIRE_POSTGRES=1</c>, when the test runs and fails for want of a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresDataAttribute : DataAttribute
{
    public PostgresDataAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.RequirePostgres)
        {
            Skip = "PostgreSQL not configured: set CUSTOS_TEST_POSTGRES to a connection string (see docs/development.md). .ci/run does.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["postgres"]];
}
