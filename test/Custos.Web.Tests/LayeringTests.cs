using System.Reflection;
using Custos.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Tests;

/// <summary>
/// Pages and endpoints talk to Application: no page model takes the DbContext or a storage type, exposes a storage
/// entity, or reads roles itself; endpoint classes depend on no storage type either.
/// </summary>
public class LayeringTests
{
    private static readonly Assembly Web = typeof(Policies).Assembly;

    [Fact]
    public void PageModels_NeitherTakeNorExposeStorageTypes()
    {
        var pages = Web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var parameters = page.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType);
            var properties = page.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.PropertyType);
            Assert.All(parameters.Concat(properties), type => Assert.False(IsStorage(type), $"{page.Name} uses {type} from Custos.Storage: go through Application."));
        }
    }

    [Fact]
    public void ApiEndpoints_DependOnNoStorageType()
    {
        var endpoints = Web.GetTypes().Where(t => t.Namespace == "Custos.Web.Api").ToList();
        Assert.NotEmpty(endpoints);
        foreach (var type in endpoints)
        {
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            var used = methods.SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(type.GetProperties().Select(p => p.PropertyType));
            Assert.All(used, t => Assert.False(IsStorage(t) && t.Name != "CustosDatabase", $"{type.Name} uses {t} from Custos.Storage: go through Application."));
        }
    }

    [Fact]
    public void PageSources_DoNotCheckRolesThemselves()
    {
        var pages = Path.Combine(TestSupport.TestEnvironment.RepositoryRoot, "src", "Custos.Web", "Pages");
        var offending = Directory.EnumerateFiles(pages, "*.cs*", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("IsInRole", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .ToList();
        Assert.True(offending.Count == 0, "Ask the access rules (User.May(StaffAction…)) instead of IsInRole: " + string.Join(", ", offending));
    }

    private static bool IsStorage(Type type) =>
        type.Namespace?.StartsWith("Custos.Storage", StringComparison.Ordinal) == true ||
        type.GetGenericArguments().Any(IsStorage) ||
        (type.IsArray && IsStorage(type.GetElementType()!));
}
