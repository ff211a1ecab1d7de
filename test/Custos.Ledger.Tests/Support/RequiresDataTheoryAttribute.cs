namespace Custos.Ledger.Tests.Support;

/// <summary>A theory that is skipped, with a clear message, when the shared reference data is absent.</summary>
public sealed class RequiresDataTheoryAttribute : TheoryAttribute
{
    public RequiresDataTheoryAttribute()
    {
        // Skipped when the data is absent, unless CUSTOS_REQUIRE_DATA=1: then the test runs and fails naming the folder.
        Skip = TestData.SkipReason;
    }
}
