using System.Security.Cryptography;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Application.Transparency.Checking;
using Custos.Domain.Events;
using Custos.Ledger.Index;

namespace Custos.Application.Tests.Transparency;

/// <summary><c>custos audit rebuild</c>'s index check: every revision of a log is checked against a rebuild, and a wrong root is named.</summary>
public class IndexRevisionCheckTests
{
    private static readonly DateTimeOffset Time = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Run_SeveralRevisions_ChecksEachAgainstTheIndexOfTheEntriesBeforeIt()
    {
        var log = new List<PublicLogEntry>();
        for (var batch = 0; batch < 5; batch++)
        {
            AddDisclosures(log, 20 + batch);
            AddRevision(log, (ulong)log.Count, RootFromScratch(log, (ulong)log.Count));
        }

        var items = IndexRevisionCheck.Run(log);

        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal(AuditVerdict.Agrees, i.Verdict));
        Assert.Equal(log.Where(IsRevision).Select(e => e.LeafIndex), items.Select(i => i.LeafIndex));
    }

    [Fact]
    public void Run_ATamperedRootAmongGoodOnes_IsNamedAndTheOthersStillAgree()
    {
        var log = new List<PublicLogEntry>();
        AddDisclosures(log, 10);
        AddRevision(log, (ulong)log.Count, RootFromScratch(log, (ulong)log.Count));
        AddDisclosures(log, 10);
        var tampered = (ulong)log.Count;
        AddRevision(log, (ulong)log.Count, new string('e', 64));
        AddDisclosures(log, 10);
        AddRevision(log, (ulong)log.Count, RootFromScratch(log, (ulong)log.Count));

        var items = IndexRevisionCheck.Run(log);

        Assert.Equal([AuditVerdict.Agrees, AuditVerdict.Differs, AuditVerdict.Agrees], items.Select(i => i.Verdict));
        var differs = items.Single(i => i.Verdict == AuditVerdict.Differs);
        Assert.Equal(tampered, differs.LeafIndex);
        Assert.Contains("published root " + new string('e', 64), differs.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ARevisionCoveringLessThanAnEarlierOne_IsStillCheckedAgainstItsOwnPrefix()
    {
        var log = new List<PublicLogEntry>();
        AddDisclosures(log, 12);
        var early = (ulong)log.Count - 4;
        AddRevision(log, (ulong)log.Count, RootFromScratch(log, (ulong)log.Count));
        AddDisclosures(log, 5);
        AddRevision(log, early, RootFromScratch(log, early));
        AddRevision(log, early, RootFromScratch(log, early + 1));

        var items = IndexRevisionCheck.Run(log);

        Assert.Equal([AuditVerdict.Agrees, AuditVerdict.Agrees, AuditVerdict.Differs], items.Select(i => i.Verdict));
    }

    private static bool IsRevision(PublicLogEntry e) => e.Entry.TypeId == LedgerEventTypes.IndexRevision.Id;

    /// <summary>The index root over the first <paramref name="size"/> entries, built from scratch as before the incremental check.</summary>
    private static string RootFromScratch(List<PublicLogEntry> log, ulong size) =>
        Convert.ToHexStringLower(DisclosureIndex.Build(log.Where(e => e.LeafIndex < size).Select(e => (e.LeafIndex, e.Bytes))).Root);

    private static void AddDisclosures(List<PublicLogEntry> log, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // A few keys over and over, so that later batches add to existing values as well as new keys.
            var key = Convert.ToHexStringLower(SHA256.HashData([(byte)(log.Count % 7)])[..16]);
            Add(log, new LedgerEntry(LedgerEventTypes.NoticeSent.Id, LedgerEventTypes.NoticeSent.Name, Time, null, Opaque(1), Opaque(2),
                [key], Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(log.Count)))));
        }
    }

    private static void AddRevision(List<PublicLogEntry> log, ulong logSize, string root)
    {
        var details = EventRecorder.SerializeDetails(new IndexRevisionDetails((long)logSize, root, DisclosureIndex.Algorithm));
        Add(log, new LedgerEntry(LedgerEventTypes.IndexRevision.Id, LedgerEventTypes.IndexRevision.Name, Time, null, Opaque(3), Opaque(4), [],
            EventRecorder.Commit(new byte[32], details), details));
    }

    private static void Add(List<PublicLogEntry> log, LedgerEntry entry)
    {
        var bytes = LedgerEntryFormat.Encode(entry);
        log.Add(new PublicLogEntry((ulong)log.Count, LedgerEntryFormat.Parse(bytes).Value, bytes));
    }

    private static string Opaque(int seed) => Convert.ToHexStringLower(SHA256.HashData([(byte)seed])[..16]);
}
