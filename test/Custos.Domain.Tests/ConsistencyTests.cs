using System.Reflection;
using Custos.Domain.Events;
using Custos.Domain.Staff;

namespace Custos.Domain.Tests;

public class ConsistencyTests
{
    [Fact]
    public void LedgerEventTypes_IdsAndNames_AreUnique()
    {
        var all = LedgerEventTypes.All;
        Assert.NotEmpty(all);
        Assert.Equal(all.Count, all.Select(t => t.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void LedgerEventTypes_Names_AreDottedKebabCase()
    {
        foreach (var type in LedgerEventTypes.All)
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*$", type.Name);
        }
    }

    [Fact]
    public void StaffRole_All_HoldsEveryConstantOnce()
    {
        var constants = typeof(StaffRole).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(constants.Order(StringComparer.Ordinal), StaffRole.All.Order(StringComparer.Ordinal));
        Assert.Equal(8, constants.Count);
    }

    [Fact]
    public void DomainAssembly_ReferencesNoInfrastructure()
    {
        var references = typeof(StaffRole).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("global", true, false)]
    [InlineData("cis", true, true)]
    [InlineData("eu-west", true, true)]
    [InlineData("Global", false, true)]
    [InlineData("", false, true)]
    public void StaffRegion_ValidityAndRegionalness(string region, bool valid, bool regional)
    {
        Assert.Equal(valid, StaffRegion.IsValid(region));
        Assert.Equal(regional, StaffRegion.IsRegional(region));
    }
}
