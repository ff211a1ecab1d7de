using Xunit;

namespace Custos.TestSupport;

/// <summary>
/// A test of the published NativeAOT <c>custos</c> (<see cref="TestEnvironment.NativeCustos"/>); skipped, saying how to
/// publish it, when it is absent, and a failure then under <c>CUSTOS_REQUIRE_NATIVE=1</c> (set by <c>.ci/run</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NativeCustosFactAttribute : FactAttribute
{
    public NativeCustosFactAttribute()
    {
        if (!TestEnvironment.RequireNative && TestEnvironment.NativeCustos is null)
        {
            Skip = "No published native custos: run src/Custos.Launcher/publish.sh OUTDIR (needs clang and lld) and set CUSTOS_NATIVE_CUSTOS=OUTDIR/custos. .ci/run does.";
        }
    }
}
