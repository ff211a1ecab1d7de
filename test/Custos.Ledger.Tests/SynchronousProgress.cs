namespace Custos.Ledger.Tests;

/// <summary>Collects progress reports on the reporting thread, in order (Progress&lt;T&gt; would post them to the pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
