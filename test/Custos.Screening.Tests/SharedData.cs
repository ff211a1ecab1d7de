namespace Custos.Screening.Tests;

/// <summary>
/// The shared reference data (<c>../shared/data</c> beside the repository root, the folder holding Custos.slnx).
/// When <c>CUSTOS_REQUIRE_DATA=1</c> a test that needs it fails when it is absent instead of being skipped.
/// </summary>
internal static class SharedData
{
    public const string AbsentMessage = "The shared reference data folder (../shared/data beside the repository) is absent.";

    public static bool Required => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_DATA") == "1";

    /// <summary>The folder, or null when absent.</summary>
    public static string? Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
            {
                directory = directory.Parent;
            }

            var path = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
            return path is not null && Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>A path under <c>shared/data/sanctions</c>; throws (so the test fails) when the folder is absent.</summary>
    public static string Sanctions(params string[] parts) =>
        Path.Combine([Folder ?? throw new InvalidOperationException(AbsentMessage + " CUSTOS_REQUIRE_DATA=1 makes that a failure."), "sanctions", .. parts]);
}
