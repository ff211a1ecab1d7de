namespace Custos.Application.Common;

/// <summary>
/// An <see cref="IProgress{T}"/> that reports on the caller's thread, in order. (<see cref="Progress{T}"/> posts each
/// report to the thread pool, so reports can arrive late and out of order.)
/// </summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
