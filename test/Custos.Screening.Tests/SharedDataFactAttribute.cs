namespace Custos.Screening.Tests;

/// <summary>
/// A test that reads ../shared/data: skipped with a clear message when the folder is absent, unless
/// <c>CUSTOS_REQUIRE_DATA=1</c>, in which case it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    /// <summary>Skips the test when the data is absent and not required.</summary>
    public SharedDataFactAttribute()
    {
        if (SharedData.Folder is null && !SharedData.Required)
        {
            Skip = SharedData.AbsentMessage + " Set CUSTOS_REQUIRE_DATA=1 to fail instead of skipping.";
        }
    }
}
