using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace Custos.TestSupport;

/// <summary>Runs a storage theory on SQLite (always available). The theory takes a <c>string provider</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}

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

/// <summary>A test that drives Debian's Chromium; skipped when it is absent unless <c>CUSTOS_REQUIRE_BROWSER=1</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(TestEnvironment.ChromiumPath) && !TestEnvironment.RequireBrowser)
        {
            Skip = $"Chromium not found at {TestEnvironment.ChromiumPath}: install Debian's chromium (apt-get install chromium) or set CUSTOS_CHROMIUM. .ci/run does.";
        }
    }
}

/// <summary>A test that reads ../shared/data; skipped with a clear message when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (TestEnvironment.SharedData is null)
        {
            Skip = "The shared reference data folder (../shared/data beside the repository) is absent.";
        }
    }
}
