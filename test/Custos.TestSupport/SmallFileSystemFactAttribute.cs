using Xunit;

namespace Custos.TestSupport;

/// <summary>
/// A test that mounts a <see cref="SmallFileSystem"/> to fill it; skipped with the reason where a tmpfs cannot be
/// mounted (not root, a container without the permission). <c>.ci/run</c> runs as root, where it can.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SmallFileSystemFactAttribute : FactAttribute
{
    public SmallFileSystemFactAttribute()
    {
        if (SmallFileSystem.Unavailable is { } reason)
        {
            Skip = "No small file system to fill: " + reason;
        }
    }
}
