using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Scrutiny;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Domain.Notices;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Proofs.Sealing;

/// <summary>
/// Seals the disclosure entries of a request under a non-disclosure order, and unseals them when it lapses or is lifted
/// (docs/proofs.md, "Sealed entries"). While <see cref="SealRules"/> say the order binds, an entry that would name
/// customers is recorded without their <c>ref</c> lines, with a public <see cref="SealedPublic"/> part (a commitment to
/// their keys and the unseal-by date) and the left-out references and salt in its details. <see cref="RunAsync"/>, driven
/// by the injected clock, records for each sealed entry whose order has lapsed a <c>disclosure.unsealed</c> event naming
/// those customers and opening the commitment, and for each whose legal review moved the date a
/// <c>disclosure.seal-extended</c> event.
/// </summary>
public sealed class DisclosureSeals(CustosDbContext db, EventRecorder events, LedgerIdentityKey identities, TimeProvider clock)
{
    /// <summary>The event types that may be sealed: those that name the customers of a request.</summary>
    public static readonly int[] SealableTypes =
    [
        LedgerEventTypes.ProductionCreated.Id, LedgerEventTypes.NoticeScheduled.Id, LedgerEventTypes.NoticeWithheld.Id,
        LedgerEventTypes.NoticeReviewDue.Id, LedgerEventTypes.PreservationStarted.Id,
    ];

    /// <summary>The subject of a sealed entry's unseal and extension events: <c>sealed-entry:&lt;event id&gt;</c>.</summary>
    public static string Subject(long sealedEventId) => "sealed-entry:" + sealedEventId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Stages an event of <paramref name="request"/> that concerns <paramref name="customers"/> (<c>customer:…</c>
    /// references): sealed when the request's non-disclosure order binds today, otherwise with the customers as
    /// references like any other event.
    /// </summary>
    internal LedgerEventRecord Record(
        RequestRecord request, LedgerEventType type, Actor actor, string subject, object details, IReadOnlyList<string> references,
        IReadOnlyList<string> customers, string? policyVersion = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(customers);
        var today = Today();
        var order = RequestJson.ReadStored(request.Payload).NonDisclosure;
        if (customers.Count == 0 || SealRules.UnsealBy(order, today, null, today, request.NonDisclosureLiftedOn) is not { } unsealBy)
        {
            return events.Record(db, type, actor, subject, details, [.. references, .. customers], policyVersion);
        }

        var refs = customers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var salt = RandomNumberGenerator.GetBytes(32);
        var sealedRefs = SealCommitment.Commit(salt, refs.Select(identities.Opaque));
        var withSeal = JsonNode.Parse(EventRecorder.SerializeDetails(details))!.AsObject();
        withSeal["seal"] = JsonNode.Parse(EventRecorder.SerializeDetails(new SealDetails(refs, Convert.ToHexStringLower(salt), unsealBy)));
        return events.Record(db, type, actor, subject, withSeal, [.. references, RequestRef(request.Id)], policyVersion, new SealedPublic(sealedRefs, unsealBy));
    }

    /// <summary>
    /// One round: unseals every sealed entry whose order no longer binds, and extends every one whose unseal-by date a
    /// legal review moved. An entry not yet in the log waits for the next round (the events name its leaf index).
    /// </summary>
    public async Task<SealRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = Today();
        var open = await OpenAsync(cancellationToken);
        var unsealed = 0;
        var extended = 0;
        foreach (var group in open.Where(s => s.Entry.LeafIndex is not null).GroupBy(s => s.RequestId, StringComparer.Ordinal))
        {
            var request = group.Key is null ? null : await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == group.Key, cancellationToken);
            if (request is null)
            {
                continue;
            }

            var order = RequestJson.ReadStored(request.Payload).NonDisclosure;
            var reviewed = await db.CustomerNotices.AsNoTracking().Where(n => n.RequestId == request.Id && n.LastLegalReview != null)
                .Select(n => n.LastLegalReview).MaxAsync(cancellationToken);
            foreach (var seal in group)
            {
                var leaf = seal.Entry.LeafIndex!.Value;
                var due = SealRules.UnsealBy(order, DateOnly.FromDateTime(seal.Entry.OccurredAt.UtcDateTime), reviewed, today, request.NonDisclosureLiftedOn);
                if (due is null)
                {
                    events.Record(db, LedgerEventTypes.DisclosureUnsealed, Actor.System, Subject(seal.Entry.Id),
                        new { sealedEvent = seal.Entry.Id, leafIndex = leaf, request = request.Id, reason = request.NonDisclosureLiftedOn is null ? "The non-disclosure order no longer binds." : "The non-disclosure order was lifted." },
                        seal.Details.Refs, publicAttributes: new UnsealPublic(leaf, seal.Details.Salt));
                    unsealed++;
                }
                else if (due != seal.UnsealBy)
                {
                    events.Record(db, LedgerEventTypes.DisclosureSealExtended, Actor.System, Subject(seal.Entry.Id),
                        new { sealedEvent = seal.Entry.Id, leafIndex = leaf, request = request.Id, from = seal.UnsealBy, unsealBy = due, reviewed },
                        [RequestRef(request.Id)], publicAttributes: new ExtensionPublic(leaf, due.Value));
                    extended++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return new SealRun(unsealed, extended);
    }

    /// <summary>The sealed entries not yet unsealed, each with its current unseal-by date.</summary>
    internal async Task<IReadOnlyList<OpenSeal>> OpenAsync(CancellationToken cancellationToken = default)
    {
        var sealedEntries = await db.LedgerEvents.AsNoTracking()
            .Where(e => SealableTypes.Contains(e.EventTypeId) && e.Details != null && EF.Functions.Like(e.Details, "%\"seal\":{\"refs\":%"))
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        if (sealedEntries.Count == 0)
        {
            return [];
        }

        int unseal = LedgerEventTypes.DisclosureUnsealed.Id, extension = LedgerEventTypes.DisclosureSealExtended.Id;
        var later = await db.LedgerEvents.AsNoTracking()
            .Where(e => (e.EventTypeId == unseal || e.EventTypeId == extension) && EF.Functions.Like(e.Subject, "sealed-entry:%"))
            .OrderBy(e => e.Id).Select(e => new { e.EventTypeId, e.Subject, e.Details }).ToListAsync(cancellationToken);
        var closed = later.Where(e => e.EventTypeId == unseal).Select(e => e.Subject).ToHashSet(StringComparer.Ordinal);
        var moved = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var e in later.Where(e => e.EventTypeId == extension && e.Details is not null))
        {
            moved[e.Subject] = Property<DateOnly>(e.Details!, "unsealBy");
        }

        var open = new List<OpenSeal>();
        foreach (var entry in sealedEntries.Where(e => !closed.Contains(Subject(e.Id))))
        {
            var details = Property<SealDetails>(entry.Details!, "seal");
            var requestId = entry.References.Split(' ').FirstOrDefault(r => r.StartsWith("request:", StringComparison.Ordinal))?["request:".Length..];
            open.Add(new OpenSeal(entry, requestId, details, moved.GetValueOrDefault(Subject(entry.Id), details.UnsealBy)));
        }

        return open;
    }

    private static T Property<T>(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(name).Deserialize<T>(JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"The ledger details have no '{name}'.");
    }

    private static string RequestRef(string requestId) => "request:" + requestId;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}

/// <summary>A sealed entry not yet unsealed.</summary>
/// <param name="Entry">Its ledger row.</param>
/// <param name="RequestId">The request it belongs to.</param>
/// <param name="Details">What its details hold about the seal.</param>
/// <param name="UnsealBy">Its unseal-by date, as the latest extension set it.</param>
internal sealed record OpenSeal(LedgerEventRecord Entry, string? RequestId, SealDetails Details, DateOnly UnsealBy);

/// <summary>What one round of <see cref="DisclosureSeals.RunAsync"/> did.</summary>
/// <param name="Unsealed">Entries unsealed.</param>
/// <param name="Extended">Entries whose unseal-by date moved.</param>
public sealed record SealRun(int Unsealed, int Extended);
