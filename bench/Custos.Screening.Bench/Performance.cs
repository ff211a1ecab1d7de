namespace Custos.Screening.Bench;

/// <summary>Placeholder replaced below.</summary>
internal sealed class Performance(double threshold)
{
    public void Run() => Console.WriteLine(threshold);
}
