using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Application.Scrutiny;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Proofs;

/// <summary>
/// The customer's page (docs/proofs.md, "The customer's page"): for an index key, the proof file of what the log holds
/// about it, checked with the log's own key, and — for each event in it that names the key as a customer — what the
/// records say: what kind of disclosure, when, to which authority, under which legal process, which data. An unseal is
/// shown as the disclosure it unsealed. A sealed entry never names the customer's key, so it is never shown while sealed.
/// Lookups are not ledgered: an event naming the key would tell the log that this customer looked (and keys are 128-bit
/// values no one can guess).
/// </summary>
public sealed class CustomerDisclosures(CustosDbContext db, DisclosureProofExporter exporter, LedgerReader ledger, LedgerIdentityKey identities)
{
    /// <summary>The proof file for <paramref name="key"/>, as downloaded: format v3 (<see cref="CompactProofFormat"/>).</summary>
    public async Task<Result<string>> ProofFileAsync(string key, CancellationToken cancellationToken = default)
    {
        var file = await exporter.ExportKeyAsync(key, cancellationToken);
        return file.IsSuccess ? CompactProofFormat.Write(file.Value) : Result<string>.Failure(file.Errors);
    }

    /// <summary>What was disclosed about the customer whose index key is <paramref name="key"/>, with the verified proof's verdict.</summary>
    public async Task<Result<DisclosureLookup>> LookupAsync(string key, CancellationToken cancellationToken = default)
    {
        var file = await exporter.ExportKeyAsync(key, cancellationToken);
        if (!file.IsSuccess)
        {
            return Result<DisclosureLookup>.Failure(file.Errors);
        }

        var verdict = DisclosureProofVerifier.Verify(CompactProofFormat.Write(file.Value), ledger.VerifierKey);
        if (!verdict.IsSuccess)
        {
            throw new InvalidOperationException("A proof file this server wrote does not verify: " + verdict.Errors[0].Message);
        }

        var items = new List<DisclosureItem>();
        foreach (var proven in file.Value.Events)
        {
            if (await DescribeAsync(proven.LeafIndex, key, cancellationToken) is { } item)
            {
                items.Add(item);
            }
        }

        return new DisclosureLookup(key, verdict.Value.CheckpointSize, verdict.Value.LogSize, verdict.Value.Events.Count, items);
    }

    private async Task<DisclosureItem?> DescribeAsync(long leaf, string key, CancellationToken cancellationToken)
    {
        var row = await db.LedgerEvents.AsNoTracking().FirstOrDefaultAsync(e => e.LeafIndex == leaf, cancellationToken);
        var account = row?.References.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(r => r.StartsWith("customer:", StringComparison.Ordinal) && identities.Opaque(r) == key);
        if (row is null || account is null)
        {
            // Not an event about this key as a customer (a request's or an agency's key, or a sealed entry): nothing to show.
            return null;
        }

        var disclosed = row;
        DateTimeOffset? unsealedAt = null;
        if (row.EventTypeId == LedgerEventTypes.DisclosureUnsealed.Id)
        {
            using var details = JsonDocument.Parse(row.Details ?? "{}");
            var sealedId = details.RootElement.TryGetProperty("sealedEvent", out var id) ? id.GetInt64() : -1;
            disclosed = await db.LedgerEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == sealedId, cancellationToken);
            unsealedAt = row.OccurredAt;
            if (disclosed is null)
            {
                return null;
            }
        }

        var requestId = disclosed.References.Split(' ').FirstOrDefault(r => r.StartsWith("request:", StringComparison.Ordinal))?["request:".Length..];
        var request = requestId is null ? null : await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        var content = request is null ? null : RequestJson.ReadStored(request.Payload);
        var agency = request?.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.AgencyId).Select(a => new { a.Name, a.Country }).FirstOrDefaultAsync(cancellationToken);
        return new DisclosureItem(
            leaf, disclosed.EventType, disclosed.OccurredAt, agency?.Name ?? content?.Agency.Name, agency?.Country ?? content?.Agency.Country,
            content?.LegalProcess?.Type, await CategoriesAsync(disclosed, Uri.UnescapeDataString(account["customer:".Length..]), cancellationToken), unsealedAt);
    }

    /// <summary>The data categories the customer's notice row records for a production or notice event; empty for other events.</summary>
    private async Task<IReadOnlyList<string>> CategoriesAsync(LedgerEventRecord e, string accountId, CancellationToken cancellationToken)
    {
        var productionId = e.Subject.StartsWith("production:", StringComparison.Ordinal) ? e.Subject["production:".Length..] : null;
        var noticeId = e.Subject.StartsWith("notice:", StringComparison.Ordinal) ? e.Subject["notice:".Length..] : null;
        var disclosed = productionId is null && noticeId is null ? null
            : await db.CustomerNotices.AsNoTracking()
                .Where(n => productionId != null ? n.ProductionId == productionId && n.AccountId == accountId : n.Id == noticeId)
                .Select(n => n.Disclosed).FirstOrDefaultAsync(cancellationToken);
        if (disclosed is null)
        {
            return [];
        }

        using var json = JsonDocument.Parse(disclosed);
        return [.. json.RootElement.EnumerateArray().Select(d => d.GetProperty("category").GetString() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
    }
}

/// <summary>What the customer's page shows for a key.</summary>
/// <param name="Key">The index key.</param>
/// <param name="CheckpointSize">The signed checkpoint the proof is against.</param>
/// <param name="LogSize">How many log entries the index revision covers.</param>
/// <param name="ProofEvents">How many events the proof lists for the key.</param>
/// <param name="Items">The disclosures about the key as a customer, in log order.</param>
public sealed record DisclosureLookup(string Key, long CheckpointSize, long LogSize, int ProofEvents, IReadOnlyList<DisclosureItem> Items);

/// <summary>One disclosure, as the records describe it.</summary>
/// <param name="LeafIndex">The log position of the proof's event (the unseal, for a disclosure that was sealed).</param>
/// <param name="Type">The disclosure's event type name (the sealed entry's, for an unseal).</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Authority">The authority's name.</param>
/// <param name="Country">The authority's country.</param>
/// <param name="Process">The legal process it was made under.</param>
/// <param name="Categories">The data categories disclosed about the customer (productions and notices).</param>
/// <param name="UnsealedAt">When it was unsealed, for a disclosure logged under a non-disclosure order.</param>
public sealed record DisclosureItem(
    long LeafIndex, string Type, DateTimeOffset At, string? Authority, string? Country, LegalProcessType? Process, IReadOnlyList<string> Categories,
    DateTimeOffset? UnsealedAt);
