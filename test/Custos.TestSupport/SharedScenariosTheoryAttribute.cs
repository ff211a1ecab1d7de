using Xunit;

namespace Custos.TestSupport;

/// <summary>A theory over the shared scrutiny scenarios; skipped with a clear message when the folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedScenariosTheoryAttribute : TheoryAttribute
{
    public SharedScenariosTheoryAttribute()
    {
        if (SharedScenarios.Directory is null)
        {
            Skip = "The shared scenarios folder (../shared/scenarios beside the repository) is absent.";
        }
    }
}
