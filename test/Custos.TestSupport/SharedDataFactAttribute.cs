using Xunit;

namespace Custos.TestSupport;

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
