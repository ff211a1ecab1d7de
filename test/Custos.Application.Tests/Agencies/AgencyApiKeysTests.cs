using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.TestSupport;

namespace Custos.Application.Tests.Agencies;

public class AgencyApiKeysTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CreateForAgencyAsync_Key_AuthenticatesAsTheAgencyUntilItsVerificationFails(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var services = new AgencyServices(harness, db);
        var fbi = await services.RegisterFbiAsync();

        var created = (await services.TwoPeopleAsync((trust, actor) => trust.ProposeAgencyKeyAsync(fbi.Id, "case management system", actor))).CreatedKey!;
        var owner = await services.Keys.AuthenticateAsync(created.Key);
        await services.VerifyAsync(fbi.Id, VerificationOutcome.Failed);
        var afterFailure = await services.Keys.AuthenticateAsync(created.Key);
        var refused = await services.Keys.CreateForAgencyAsync(fbi.Id, "another", Actor.System);

        Assert.Equal((fbi.Id, (string?)null), (owner?.AgencyId, owner?.OwnerUserId));
        Assert.Null(afterFailure);
        Assert.Equal("apikeys.agency-failed", refused.Error.Code);
        Assert.Equal("apikeys.agency-not-found", (await services.Keys.CreateForAgencyAsync("agy_missing", "k", Actor.System)).Error.Code);
        Assert.Equal(created.Record.Id, Assert.Single(await services.Keys.ListForAgencyAsync(fbi.Id)).Id);
        var keyEvent = Assert.Single(await harness.EventsAsync(), e => e.EventType == "access.api-key-created");
        Assert.Equal("agency:" + fbi.Id, keyEvent.References);
    }
}
