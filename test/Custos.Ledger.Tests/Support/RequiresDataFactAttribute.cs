namespace Custos.Ledger.Tests.Support;

/// <summary>A fact that is skipped, with a clear message, when the shared reference data is absent.</summary>
public sealed class RequiresDataFactAttribute : FactAttribute
{
    public RequiresDataFactAttribute()
    {
        if (TestData.Directory is null)
        {
            Skip = TestData.MissingMessage;
        }
    }
}
