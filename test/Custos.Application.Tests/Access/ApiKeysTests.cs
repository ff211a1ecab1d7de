using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Staff;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Tests.Access;

public class ApiKeysTests
{
    [Theory, SqliteData, PostgresData]
    public async Task CreateAsync_Key_IsStoredOnlyAsAHashAndAuthenticates(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var owner = await CreateOwnerAsync(harness, db);
        var keys = new ApiKeys(db, harness.Events, harness.Clock);

        var created = (await keys.CreateAsync("nightly import", owner.Id, null, null, Actor.CommandLine)).Value;

        Assert.StartsWith("custos_", created.Key, StringComparison.Ordinal);
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync();
        // The secret is everything after "custos_<prefix>_" (base64url, so it may itself contain '_').
        var secret = created.Key[("custos_" + created.Record.Prefix + "_").Length..];
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.SecretHash.Length);
        var authenticated = await keys.AuthenticateAsync(created.Key);
        Assert.Equal(owner.Id, authenticated?.OwnerUserId);
        Assert.Contains(await harness.EventsAsync(), e => e.EventType == "access.api-key-created" && !e.Details!.Contains(secret, StringComparison.Ordinal));
    }

    [Theory, SqliteData]
    public async Task AuthenticateAsync_TamperedRevokedOrExpiredKey_IsRefused(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var owner = await CreateOwnerAsync(harness, db);
        var keys = new ApiKeys(db, harness.Events, harness.Clock);
        var good = (await keys.CreateAsync("a", owner.Id, null, null, Actor.System)).Value;
        var expiring = (await keys.CreateAsync("b", owner.Id, null, harness.Clock.GetUtcNow().AddHours(1), Actor.System)).Value;

        Assert.Null(await keys.AuthenticateAsync(good.Key[..^1] + (good.Key[^1] == 'A' ? 'B' : 'A')));
        Assert.Null(await keys.AuthenticateAsync("custos_"));
        Assert.Null(await keys.AuthenticateAsync("not a key"));
        Assert.NotNull(await keys.AuthenticateAsync(expiring.Key));
        harness.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Null(await keys.AuthenticateAsync(expiring.Key));
        await keys.RevokeAsync(good.Record.Id, Actor.System);
        Assert.Null(await keys.AuthenticateAsync(good.Key));
    }

    [Theory, SqliteData]
    public async Task CreateAsync_BadInput_NamesTheField(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();
        var keys = new ApiKeys(db, harness.Events, harness.Clock);

        Assert.Equal("name", (await keys.CreateAsync(" ", "usr_x", null, null, Actor.System)).Error.Field);
        Assert.Equal("owner", (await keys.CreateAsync("k", null, null, null, Actor.System)).Error.Field);
        Assert.Equal("apikeys.owner-not-found", (await keys.CreateAsync("k", "usr_missing", null, null, Actor.System)).Error.Code);
    }

    private static async Task<StaffMember> CreateOwnerAsync(Harness harness, Storage.CustosDbContext db) =>
        (await new StaffAccounts(db, harness.Events, harness.Clock).CreateAsync(
            new NewStaffMember("robot", "Robot", null, "global", [StaffRole.Administrator], "a long enough password"), Actor.System)).Value;
}
