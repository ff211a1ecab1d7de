using Xunit;

namespace Custos.TestSupport;

/// <summary>
/// A test that talks to a real SMTP server (<see cref="LoopbackSmtpServer"/>: Debian's python3-aiosmtpd); skipped with
/// the reason when <c>/usr/bin/python3</c> lacks the module, a failure under <c>CUSTOS_REQUIRE_SMTP=1</c> (set by <c>.ci/run</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SmtpFactAttribute : FactAttribute
{
    public SmtpFactAttribute()
    {
        if (!TestEnvironment.RequireSmtp && !LoopbackSmtpServer.IsAvailable)
        {
            Skip = $"No SMTP server to test against: {LoopbackSmtpServer.Python} cannot import aiosmtpd (apt-get install python3-aiosmtpd). .ci/run installs it.";
        }
    }
}
