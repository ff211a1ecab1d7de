namespace Custos.TestSupport;

/// <summary>The shared scrutiny scenarios (<c>../shared/scenarios</c> beside the repository).</summary>
public static class SharedScenarios
{
    /// <summary>The folder, or null when absent.</summary>
    public static string? Directory => TestEnvironment.Shared("scenarios");

    /// <summary>The scenario file names (for theory data); empty when the folder is absent.</summary>
    public static IEnumerable<object[]> Files() =>
        Directory is { } directory
            ? System.IO.Directory.GetFiles(directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal).Select(f => new object[] { f! })
            : [];
}
