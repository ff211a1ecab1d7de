using System.Globalization;
using System.Text.Json;
using Custos.Domain.Events;
using Custos.Ledger.Index;

namespace Custos.Application.Transparency.Checking;

/// <summary>
/// Rebuilds the disclosure index (docs/proofs.md) at every <c>index.revision</c> of the log, from the log's entries
/// alone, and compares its root with the one the revision's public part states. One index is extended along the log
/// from revision to revision (<see cref="IncrementalDisclosureIndex"/>, the same roots as a rebuild from scratch), so
/// the check reads each disclosure entry once however many revisions there are; only a revision covering fewer entries
/// than an earlier one is rebuilt from scratch.
/// </summary>
public static class IndexRevisionCheck
{
    /// <summary>One verdict per revision, in log order.</summary>
    public static IReadOnlyList<AuditItem> Run(IReadOnlyList<PublicLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var disclosures = entries.Where(e => DisclosureEventTypes.Contains(e.Entry.TypeId, e.Entry.TypeName)).OrderBy(e => e.LeafIndex).ToList();
        var items = new List<AuditItem>();
        using var index = new IncrementalDisclosureIndex(retainedVersions: 1);
        var next = 0;
        string RootOver(ulong logSize)
        {
            if (logSize < index.Size)
            {
                return Convert.ToHexStringLower(DisclosureIndex.Build(disclosures.Where(e => e.LeafIndex < logSize).Select(e => (e.LeafIndex, e.Bytes))).Root);
            }

            var from = next;
            while (next < disclosures.Count && disclosures[next].LeafIndex < logSize)
            {
                next++;
            }

            index.Extend(logSize, disclosures.Skip(from).Take(next - from).Select(e => (e.LeafIndex, e.Bytes)));
            return Convert.ToHexStringLower(index.RootAt(logSize)!);
        }

        foreach (var revision in entries.Where(e => e.Entry.TypeId == LedgerEventTypes.IndexRevision.Id && e.Entry.TypeName == LedgerEventTypes.IndexRevision.Name)
            .OrderBy(e => e.LeafIndex))
        {
            items.Add(Check(revision, RootOver));
        }

        return items;
    }

    private static AuditItem Check(PublicLogEntry revision, Func<ulong, string> rootOver)
    {
        const string kind = "index.revision";
        if (revision.Entry.Public is not { } json)
        {
            return new AuditItem(kind, revision.LeafIndex, AuditVerdict.Unchecked, "a version-1 entry: its root is behind the commitment (a proof file opens it)");
        }

        ulong logSize;
        string root;
        string algorithm;
        try
        {
            using var document = JsonDocument.Parse(json);
            logSize = document.RootElement.GetProperty("logSize").GetUInt64();
            root = document.RootElement.GetProperty("root").GetString()!;
            algorithm = document.RootElement.GetProperty("algorithm").GetString()!;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return new AuditItem(kind, revision.LeafIndex, AuditVerdict.Differs, $"the public part cannot be read: {e.Message}");
        }

        if (algorithm != DisclosureIndex.Algorithm)
        {
            return new AuditItem(kind, revision.LeafIndex, AuditVerdict.Differs, $"unknown index algorithm '{algorithm}'");
        }

        if (logSize > revision.LeafIndex)
        {
            return new AuditItem(kind, revision.LeafIndex, AuditVerdict.Differs, $"it covers {logSize} entries, beyond its own position");
        }

        var rebuilt = rootOver(logSize);
        var size = logSize.ToString(CultureInfo.InvariantCulture);
        return string.Equals(rebuilt, root, StringComparison.Ordinal)
            ? new AuditItem(kind, revision.LeafIndex, AuditVerdict.Agrees, $"index of the first {size} entries: root {root[..16]}… rebuilt")
            : new AuditItem(kind, revision.LeafIndex, AuditVerdict.Differs, $"index of the first {size} entries: published root {root}, rebuilt {rebuilt}");
    }
}
