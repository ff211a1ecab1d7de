using System.Text.Json;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Customers.Records;

/// <summary>How a customer's data was reached.</summary>
public enum CustomerAccessKind
{
    /// <summary>The record was opened, for a request, with a purpose.</summary>
    Opened = 1,

    /// <summary>The customer appeared in the results of a search.</summary>
    Searched = 2,

    /// <summary>Someone tried to open the record and was refused.</summary>
    Refused = 3,
}

/// <summary>One access to a customer's data, as the ledger recorded it.</summary>
/// <param name="OccurredAt">When.</param>
/// <param name="Actor">Who (the actor id; names are resolved by the page).</param>
/// <param name="Kind">Opened, found by a search, or refused.</param>
/// <param name="RequestId">The request it was opened for, when one was given.</param>
/// <param name="Purpose">The purpose stated, for an opening.</param>
/// <param name="Detail">The note of an opening, the query of a search, or the refusal's code.</param>
/// <param name="Channel">Console or API.</param>
/// <param name="LeafIndex">The entry's index in the public log, once integrated.</param>
public sealed record CustomerAccess(
    DateTimeOffset OccurredAt, string Actor, CustomerAccessKind Kind, string? RequestId, CustomerAccessPurpose? Purpose,
    string? Detail, string? Channel, long? LeafIndex);

/// <summary>
/// A customer's access history for privacy officers and auditors: every opening of the record, every search that showed
/// the customer and every refused attempt, newest first, from the ledger's own records.
/// </summary>
public sealed class CustomerAccessHistory(CustosDbContext db, EventRecorder events)
{
    /// <summary>The most accesses one page lists.</summary>
    public const int MaxItems = 1000;

    /// <summary>The accesses to <paramref name="accountId"/>'s data, or the refusal (ledgered) when <paramref name="actor"/> may not read them.</summary>
    public async Task<Result<IReadOnlyList<CustomerAccess>>> ListAsync(string accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var subject = CustomerRecords.Subject(accountId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadCustomerAccessHistory, subject, cancellationToken) is { } denied)
        {
            return Result<IReadOnlyList<CustomerAccess>>.Failure(denied);
        }

        if (!await db.Customers.AnyAsync(c => c.AccountId == accountId, cancellationToken))
        {
            return Result<IReadOnlyList<CustomerAccess>>.Failure(CustomerErrors.NotFound(accountId));
        }

        int opened = LedgerEventTypes.CustomerRecordOpened.Id, searched = LedgerEventTypes.CustomersSearched.Id, refused = LedgerEventTypes.AccessRefused.Id;
        var listed = "% " + SqlLike.Escape(subject) + " %";
        var rows = await db.LedgerEvents.AsNoTracking()
            .Where(e => ((e.EventTypeId == opened || e.EventTypeId == refused) && e.Subject == subject) ||
                        (e.EventTypeId == searched && EF.Functions.Like(" " + e.References + " ", listed, SqlLike.EscapeCharacter)))
            .OrderByDescending(e => e.Id)
            .Take(MaxItems)
            .Select(e => new { e.EventTypeId, e.OccurredAt, e.Actor, e.Details, e.LeafIndex })
            .ToListAsync(cancellationToken);
        return rows.Select(e =>
        {
            using var details = JsonDocument.Parse(e.Details ?? "{}");
            var d = details.RootElement;
            var kind = e.EventTypeId == opened ? CustomerAccessKind.Opened : e.EventTypeId == searched ? CustomerAccessKind.Searched : CustomerAccessKind.Refused;
            return new CustomerAccess(
                e.OccurredAt, e.Actor, kind, Text(d, "request"), PurposeOf(Text(d, "purpose")),
                kind switch
                {
                    CustomerAccessKind.Opened => Text(d, "note"),
                    CustomerAccessKind.Searched => Text(d, "query"),
                    _ => Text(d, "code"),
                },
                Text(d, "channel"), e.LeafIndex);
        }).ToArray();
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static CustomerAccessPurpose? PurposeOf(string? value) =>
        value is not null && KebabCase.TryParse<CustomerAccessPurpose>(value, out var purpose) ? purpose : null;
}
