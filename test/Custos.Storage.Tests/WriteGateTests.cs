using Custos.Storage.Entities;
using Custos.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Custos.Storage.Tests;

/// <summary>
/// On SQLite a transaction that reads and then writes fails at once with SQLITE_BUSY if another writer committed in
/// between (its snapshot is stale; the busy timeout does not help). The write gate queues every writer of the process,
/// saves and transactions alike, so that cannot happen.
/// </summary>
public class WriteGateTests
{
    [Fact]
    public async Task Transaction_ThatReadsThenWrites_IsNotOvertakenByAnotherWriter()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();

        await using var transaction = await first.Database.BeginTransactionAsync();
        var before = await first.CustomerImports.CountAsync();
        second.CustomerImports.Add(Import("imp_second"));
        var overtaking = second.SaveChangesAsync();
        // Give the other writer every chance to commit first, as it would without the gate.
        await Task.WhenAny(overtaking, Task.Delay(TimeSpan.FromSeconds(2)));
        first.CustomerImports.Add(Import("imp_first"));
        await first.SaveChangesAsync();
        await transaction.CommitAsync();
        await overtaking;

        Assert.Equal(0, before);
        await using var check = database.CreateContext();
        Assert.Equal(["imp_first", "imp_second"], await check.CustomerImports.OrderBy(i => i.Id).Select(i => i.Id).ToListAsync());
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_ReleasesTheGateForTheNextWriter()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using (var abandoned = database.CreateContext())
        {
            await using var transaction = await abandoned.Database.BeginTransactionAsync();
            abandoned.CustomerImports.Add(Import("imp_abandoned"));
            await abandoned.SaveChangesAsync();
        }

        await using var next = database.CreateContext();
        next.CustomerImports.Add(Import("imp_next"));
        await next.SaveChangesAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["imp_next"], await next.CustomerImports.Select(i => i.Id).ToListAsync());
    }

    private static CustomerImportRecord Import(string id) => new()
    {
        Id = id, StartedAt = DateTimeOffset.UnixEpoch, FinishedAt = DateTimeOffset.UnixEpoch, Source = "test", ImportedBy = "test",
        ReplacedAll = false, Customers = 0, ResidencePermits = 0, KycDocuments = 0, Wallets = 0, Transactions = 0, Logins = 0,
        Holdings = 0, FileHashes = "{}",
    };
}
