using System.Text.Json;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Common;

/// <summary>
/// Adds a ledger event to the unit of work of a state change, so that both commit in one transaction or neither does.
/// Every use case that changes state goes through here.
/// </summary>
public sealed class EventRecorder(TimeProvider clock)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Stages the event on <paramref name="db"/>; it is written by the caller's next <c>SaveChanges</c>.</summary>
    public LedgerEventRecord Record(CustosDbContext db, LedgerEventType type, Actor actor, string subject, object details)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(actor);
        var record = new LedgerEventRecord
        {
            EventTypeId = type.Id,
            EventType = type.Name,
            OccurredAt = clock.GetUtcNow(),
            Actor = actor.Id,
            Subject = subject,
            Details = JsonSerializer.Serialize(details, DetailsJson),
        };
        db.LedgerEvents.Add(record);
        return record;
    }
}
