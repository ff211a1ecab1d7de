using Xunit;

namespace Custos.TestSupport;

/// <summary>
/// A test that runs a PostgreSQL server of its own (<see cref="ThrowawayPostgres"/>) to stop and start it; skipped with
/// the reason when the server programs are not installed, a failure under <c>CUSTOS_REQUIRE_POSTGRES=1</c> (set by <c>.ci/run</c>,
/// which installs them).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OwnPostgresFactAttribute : FactAttribute
{
    public OwnPostgresFactAttribute()
    {
        if (!TestEnvironment.RequirePostgres && ThrowawayPostgres.Unavailable is { } reason)
        {
            Skip = "No PostgreSQL server of the test's own: " + reason + " .ci/run installs it.";
        }
    }
}
