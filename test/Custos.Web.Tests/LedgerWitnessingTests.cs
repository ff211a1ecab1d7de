using Custos.Application.Ledger;
using Custos.Application.Operations;
using Custos.Domain.Staff;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Web.Tests;

/// <summary>Custos publishing through two witnesses on loopback with a quorum of two.</summary>
public class LedgerWitnessingTests
{
    [Fact]
    public async Task Publish_WithTwoWitnesses_CarriesBothCosignaturesAndAWitnessDownOnlyDelaysIt()
    {
        var data = TestEnvironment.NewTempDirectory("witnessed");
        await using var w1 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w1");
        await using var w2 = await LoopbackWitness.StartForDataDirectoryAsync(data, "witness.test/w2");
        var logKey = w1.LogKey;
        var witnessing = new WitnessingOptions([w1.Endpoint(), w2.Endpoint()], 2, TimeSpan.FromSeconds(2));
        await using var server = await CustosTestServer.StartAsync(dataDirectory: data, witnessing: witnessing);
        using var client = server.NewClient();

        await server.CreateStaffAsync("first", [StaffRole.Auditor]);
        // Everything committed so far (the start's events and this member's) is published before the witness stops, so
        // that no round still under way publishes with both witnesses after the first checkpoint was read.
        await WaitUntilPublishedAsync(server);
        var first = await LedgerWaits.CurrentAsync(client);
        Assert.Equal(["custos.local/ledger", "witness.test/w1", "witness.test/w2"], first.Note.Signatures.Select(s => s.KeyName).Order(StringComparer.Ordinal));

        await w2.StopAsync();
        var integrator = server.Services.GetRequiredService<LedgerIntegrator>();
        var failuresBefore = integrator.WitnessingFailures;
        await server.CreateStaffAsync("second", [StaffRole.Auditor]);
        // The integrator tried to publish the grown tree and was refused a quorum: that round published nothing.
        await WaitUntilAsync(() => integrator.WitnessingFailures > failuresBefore);
        var delayed = await LedgerWaits.CurrentAsync(client);
        Assert.Equal(first.Checkpoint.Size, delayed.Checkpoint.Size);
        Assert.Equal(first.Note.Format(), delayed.Note.Format());

        await w2.StartAsync(logKey);
        var caughtUp = await LedgerWaits.WaitForSizeAsync(client, first.Checkpoint.Size + 1);
        Assert.Equal(3, caughtUp.Note.Signatures.Count);
        Assert.True(caughtUp.Note.Verify([logKey]).IsSuccess);
    }

    private static async Task WaitUntilPublishedAsync(CustosTestServer server)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var scope = server.Services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<OperationsQueries>().SnapshotAsync()).LedgerUnpublished == 0)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The ledger did not publish every committed event within 30 s.");
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var attempt = 0; attempt < 300 && !condition(); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "The integrator made no publication attempt within 30 s.");
    }
}
