namespace Custos.Application.Tests.Demo;

/// <summary>A fact that runs only when <c>CUSTOS_LARGE=1</c>: it makes and reads 100,000 customers (minutes of CPU).</summary>
public sealed class LargeFactAttribute : FactAttribute
{
    public const string Variable = "CUSTOS_LARGE";

    public LargeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Large data set test: set {Variable}=1 to generate, write and read back 100,000 customers.";
        }
    }
}
