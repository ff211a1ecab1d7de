using Custos.Application.Common;
using Custos.Application.Configuration;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;
using Custos.TestSupport;

namespace Custos.Application.Tests.Ledger;

public class ConfigurationAuditTests
{
    [Theory, SqliteData, PostgresData]
    public async Task RecordIfChanged_SameConfigurationTwice_RecordsOnceAndAChangeAgain(string provider)
    {
        await using var harness = await Harness.CreateAsync(provider);
        await using var db = harness.NewContext();

        Assert.True(await new ConfigurationAudit(db, harness.Events, harness.Ledger, harness.Database.Database).RecordIfChangedAsync(Actor.System));
        Assert.False(await new ConfigurationAudit(db, harness.Events, harness.Ledger, harness.Database.Database).RecordIfChangedAsync(Actor.System));

        using var witnessKey = NoteSignerKey.Generate("witness.test/w1", NoteKeyAlgorithm.CosignatureV1);
        var witnessed = harness.Ledger with
        {
            Witnessing = new WitnessingOptions([new WitnessEndpoint("w1", new Uri("http://127.0.0.1:5090/"), witnessKey.VerifierKey)], 1, TimeSpan.FromSeconds(5)),
        };
        Assert.True(await new ConfigurationAudit(db, harness.Events, witnessed, harness.Database.Database).RecordIfChangedAsync(Actor.System));

        var events = await harness.EventsAsync();
        Assert.Equal(2, events.Count(e => e.EventTypeId == LedgerEventTypes.ConfigurationChanged.Id));
        Assert.Contains("\"witnessQuorum\":1", events[^1].Details, StringComparison.Ordinal);
    }
}
