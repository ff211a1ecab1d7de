namespace Custos.Ledger.Tests.Support;

/// <summary>A fact that is skipped, with a clear message, when the shared reference data is absent (a failure under <c>CUSTOS_REQUIRE_DATA=1</c>).</summary>
public sealed class RequiresDataFactAttribute : FactAttribute
{
    public RequiresDataFactAttribute()
    {
        // Skipped when the data is absent, unless CUSTOS_REQUIRE_DATA=1: then the test runs and fails naming the folder.
        Skip = TestData.SkipReason;
    }
}
