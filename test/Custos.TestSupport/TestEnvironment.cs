namespace Custos.TestSupport;

/// <summary>What the test machine offers, read from the environment that <c>.ci/run</c> sets.</summary>
public static class TestEnvironment
{
    /// <summary>An administrative PostgreSQL connection string (tests create and drop their own databases on it).</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("CUSTOS_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>When set, a PostgreSQL test that cannot run fails instead of being skipped.</summary>
    public static bool RequirePostgres => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_POSTGRES") == "1";

    /// <summary>When set, a browser test that cannot find Chromium fails instead of being skipped.</summary>
    public static bool RequireBrowser => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_BROWSER") == "1";

    /// <summary>The Redocly CLI that lints the OpenAPI documents (<c>CUSTOS_REDOCLY</c>, set by <c>.ci/run</c>), or null.</summary>
    public static string? Redocly => Environment.GetEnvironmentVariable("CUSTOS_REDOCLY") is { Length: > 0 } r && File.Exists(r) ? r : null;

    /// <summary>When set, the OpenAPI lint test fails instead of being skipped when the linter is absent.</summary>
    public static bool RequireLint => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_LINT") == "1";

    /// <summary>When set, a test that needs the real SMTP server (Debian's python3-aiosmtpd) fails instead of being skipped when it is absent.</summary>
    public static bool RequireSmtp => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_SMTP") == "1";

    /// <summary>When set, a test of the published native <c>custos</c> fails instead of being skipped when it is absent.</summary>
    public static bool RequireNative => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_NATIVE") == "1";

    /// <summary>
    /// The published NativeAOT <c>custos</c> (<c>CUSTOS_NATIVE_CUSTOS</c>, set by <c>.ci/run</c> after publishing it with
    /// <c>src/Custos.Launcher/publish.sh</c>), or null when it is not there.
    /// </summary>
    public static string? NativeCustos => Environment.GetEnvironmentVariable("CUSTOS_NATIVE_CUSTOS") is { Length: > 0 } n && File.Exists(n) ? n : null;

    /// <summary>Debian's Chromium, or <c>CUSTOS_CHROMIUM</c>.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CUSTOS_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    /// <summary>The repository root (the folder holding Custos.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Custos.slnx")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Custos.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>When set, a test that reads <c>../shared</c> (data or scenarios) fails instead of being skipped when it is absent.</summary>
    public static bool RequireData => Environment.GetEnvironmentVariable("CUSTOS_REQUIRE_DATA") == "1";

    /// <summary>The shared reference data folder (<c>../shared/data</c> beside the repository), or null when absent.</summary>
    public static string? SharedData => Shared("data");

    /// <summary>
    /// A folder under <c>../shared</c>, or null when absent; when <see cref="RequireData"/> is set an absent folder is an
    /// error naming it, so that a test that needs it fails instead of passing for want of data.
    /// </summary>
    public static string? Shared(string folder)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", folder));
        return Directory.Exists(path) ? path
            : RequireData ? throw new InvalidOperationException($"CUSTOS_REQUIRE_DATA=1 but the shared folder {path} is absent.")
            : null;
    }

    /// <summary>Why to skip a test that needs <c>../shared/<paramref name="folder"/></c>: null when it is there, or when it is required.</summary>
    public static string? SkipUnlessShared(string folder) =>
        RequireData || Directory.Exists(Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", folder)))
            ? null
            : $"The shared folder ../shared/{folder} beside the repository is absent.";

    /// <summary>A new empty folder under the system temp folder, for one test.</summary>
    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "custos-tests", purpose + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        return path;
    }
}
