using System.Reflection;
using Xunit;
using Xunit.Sdk;

namespace Custos.TestSupport;

/// <summary>Runs a storage theory on SQLite (always available). The theory takes a <c>string provider</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class SqliteDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [["sqlite"]];
}
