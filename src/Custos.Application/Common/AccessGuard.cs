using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;

namespace Custos.Application.Common;

/// <summary>
/// The use cases' door: asks the Domain's access rules whether the actor may take the action and, when not, records the
/// refusal as a ledger event (who, which action, about what) before answering it. Nothing else changes.
/// </summary>
public static class AccessGuard
{
    /// <summary>Null when <paramref name="actor"/> may take <paramref name="action"/>; else the refusal, already ledgered.</summary>
    /// <param name="db">The use case's unit of work (nothing must be staged on it yet).</param>
    /// <param name="events">The event recorder.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="action">What they ask to do.</param>
    /// <param name="subject">What it is about (<c>request:…</c>, <c>agency:…</c>); the actor itself when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public static async Task<Error?> CheckAsync(
        CustosDbContext db, EventRecorder events, Actor actor, StaffAction action, string? subject = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(actor);
        if (AccessRules.Check(actor, action) is not { } refused)
        {
            return null;
        }

        await RecordAsync(db, events, actor, action, refused, subject, null, cancellationToken);
        return refused;
    }

    /// <summary>Records a refusal decided elsewhere (a resource rule, such as a regional analyst and another's request).</summary>
    public static async Task<Error> RefuseAsync(
        CustosDbContext db, EventRecorder events, Actor actor, StaffAction action, Error refused, string? subject = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refused);
        await RecordAsync(db, events, actor, action, refused, subject, null, cancellationToken);
        return refused;
    }

    /// <summary>Records a refusal by a page's or an endpoint's policy, with the address asked for (<c>GET /customers/C1</c>).</summary>
    public static async Task<Error> RefuseAtAsync(
        CustosDbContext db, EventRecorder events, Actor actor, StaffAction action, Error refused, string? subject, string where,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refused);
        await RecordAsync(db, events, actor, action, refused, subject, where, cancellationToken);
        return refused;
    }

    private static async Task RecordAsync(
        CustosDbContext db, EventRecorder events, Actor actor, StaffAction action, Error refused, string? subject, string? where,
        CancellationToken cancellationToken)
    {
        var roles = actor.Roles.Order(StringComparer.Ordinal).ToArray();
        object details = where is null
            ? new { action, code = refused.Code, region = actor.Region, roles }
            : new { action, code = refused.Code, region = actor.Region, roles, where };
        events.Record(db, LedgerEventTypes.AccessRefused, actor, subject ?? actor.Id, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
