using Xunit;

namespace Custos.TestSupport;

/// <summary>A test that runs the openssl command-line tool (<c>/usr/bin/openssl</c>); skipped, saying why, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OpenSslFactAttribute : FactAttribute
{
    /// <summary>Where the tests expect the openssl binary.</summary>
    public const string OpenSslPath = "/usr/bin/openssl";

    public OpenSslFactAttribute()
    {
        if (!File.Exists(OpenSslPath))
        {
            Skip = $"The openssl command-line tool is not at {OpenSslPath}: install Debian's openssl package to check that a package opens with no Custos software.";
        }
    }
}
