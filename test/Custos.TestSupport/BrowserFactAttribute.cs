using Xunit;

namespace Custos.TestSupport;

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
