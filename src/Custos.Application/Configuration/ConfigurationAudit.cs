using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Domain.Access;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Configuration;

/// <summary>
/// Records the configuration that governs the ledger and storage as a ledger event whenever it differs from the last one
/// recorded, so that turning witnesses off, lowering the quorum or moving the database is itself visible in the log.
/// </summary>
public sealed class ConfigurationAudit(CustosDbContext db, EventRecorder events, LedgerOptions ledger, CustosDatabase database)
{
    public const string Subject = "configuration:runtime";

    /// <summary>The configuration as recorded: no secrets, no paths, nothing personal.</summary>
    public object Current() => new
    {
        ledgerOrigin = ledger.Origin,
        witnesses = (ledger.Witnessing?.Witnesses ?? []).Select(w => new { name = w.Name, url = w.Url.ToString(), key = w.Key.Format() }).ToArray(),
        witnessQuorum = ledger.Witnessing?.Quorum ?? 0,
        database = database.Provider.ToString().ToLowerInvariant(),
    };

    /// <summary>Records the current configuration if it is not what was last recorded. Returns whether it recorded.</summary>
    public async Task<bool> RecordIfChangedAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var current = EventRecorder.SerializeDetails(Current());
        var last = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.EventTypeId == LedgerEventTypes.ConfigurationChanged.Id && e.Subject == Subject)
            .OrderByDescending(e => e.Id)
            .Select(e => e.Details)
            .FirstOrDefaultAsync(cancellationToken);
        if (string.Equals(last, current, StringComparison.Ordinal))
        {
            return false;
        }

        events.Record(db, LedgerEventTypes.ConfigurationChanged, actor, Subject, Current());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
