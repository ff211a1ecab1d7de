using System.Reflection;
using Custos.Application.Requests;

namespace Custos.Application.Tests.Architecture;

/// <summary>Application hands out views and Domain types: no public member of a use case exposes a storage entity.</summary>
public class PublicSurfaceTests
{
    [Fact]
    public void PublicMembers_ExposeNoStorageEntity()
    {
        var offending = new List<string>();
        // EventRecorder is the unit-of-work mechanism itself: it stages an event row on the caller's DbContext.
        foreach (var type in typeof(RequestIntake).Assembly.GetExportedTypes().Where(t => t != typeof(Common.EventRecorder)))
        {
            const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(flags).Where(m => !m.IsSpecialName))
            {
                if (method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType).Any(IsEntity))
                {
                    offending.Add($"{type.Name}.{method.Name}");
                }
            }

            offending.AddRange(type.GetProperties(flags).Where(p => IsEntity(p.PropertyType)).Select(p => $"{type.Name}.{p.Name}"));
        }

        Assert.True(offending.Count == 0, "Return a view or a Domain type instead of a storage entity: " + string.Join(", ", offending));
    }

    private static bool IsEntity(Type type) =>
        type.Namespace == "Custos.Storage.Entities" ||
        type.GetGenericArguments().Any(IsEntity) ||
        (type.HasElementType && IsEntity(type.GetElementType()!));
}
