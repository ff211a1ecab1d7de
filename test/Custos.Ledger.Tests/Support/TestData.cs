namespace Custos.Ledger.Tests.Support;

/// <summary>Locates the shared reference data: the directory holding Custos.slnx, then ../shared/data.</summary>
internal static class TestData
{
    private static readonly Lazy<string?> Root = new(Locate);

    public static string? Directory => Root.Value;

    /// <summary>Whether a test must fail rather than be skipped when the data is absent (<c>CUSTOS_REQUIRE_DATA=1</c>, set by CI).</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_DATA") == "1";

    /// <summary>The reason to skip a test: null when the data is there, or when it is required (the test then fails naming it).</summary>
    public static string? SkipReason => Directory is null && !Required ? MissingMessage : null;

    public static string MissingMessage =>
        "Reference data not found: expected ../shared/data next to the repository root (the directory holding Custos.slnx).";

    public static string PathOf(string relative) =>
        System.IO.Path.Combine(Directory ?? throw new InvalidOperationException(MissingMessage), relative);

    private static string? Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Custos.slnx")))
            {
                var data = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
                return System.IO.Directory.Exists(data) ? data : null;
            }
        }

        return null;
    }
}
