namespace Custos.Screening.Tests;

/// <summary>A theory that reads ../shared/data: skipped like <see cref="SharedDataFactAttribute"/> when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    /// <summary>Skips the theory when the data is absent and not required.</summary>
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Folder is null && !SharedData.Required)
        {
            Skip = SharedData.AbsentMessage + " Set CUSTOS_REQUIRE_DATA=1 to fail instead of skipping.";
        }
    }
}
