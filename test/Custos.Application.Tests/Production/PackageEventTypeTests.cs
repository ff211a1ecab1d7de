using Custos.Application.Production;
using Custos.Domain.Events;

namespace Custos.Application.Tests.Production;

public class PackageEventTypeTests
{
    [Fact]
    public void VerifierEventName_IsTheLedgersProductionCreatedType()
    {
        Assert.Equal(PackageFormat.EventTypeName, LedgerEventTypes.ProductionCreated.Name);
        Assert.Equal(5020, LedgerEventTypes.ProductionCreated.Id);
    }
}
