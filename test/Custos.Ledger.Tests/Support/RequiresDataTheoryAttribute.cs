namespace Custos.Ledger.Tests.Support;

/// <summary>A theory that is skipped, with a clear message, when the shared reference data is absent.</summary>
public sealed class RequiresDataTheoryAttribute : TheoryAttribute
{
    public RequiresDataTheoryAttribute()
    {
        if (TestData.Directory is null)
        {
            Skip = TestData.MissingMessage;
        }
    }
}
