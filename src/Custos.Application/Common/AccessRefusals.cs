using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Storage;

namespace Custos.Application.Common;

/// <summary>
/// Records the refusals that happen before a use case is reached: a page or an endpoint whose authorisation policy turned
/// a member of staff away. The same <c>access.refused</c> event as a use case's refusal, with the address asked for.
/// </summary>
public sealed class AccessRefusals(CustosDbContext db, EventRecorder events)
{
    /// <summary>
    /// Records that <paramref name="actor"/> was refused <paramref name="action"/> at <paramref name="method"/>
    /// <paramref name="path"/>, about <paramref name="subject"/> when the address names one (a customer); returns the refusal.
    /// </summary>
    public async Task<Error> RecordAsync(Actor actor, StaffAction action, string method, string path, string? subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var refused = AccessRules.Denied(actor, action);
        await AccessGuard.RefuseAtAsync(db, events, actor, action, refused, subject, method + " " + Truncate(path), cancellationToken);
        return refused;
    }

    /// <summary>
    /// Null when <paramref name="actor"/> may take <paramref name="action"/>; else the refusal, ledgered. For a page that
    /// must look something up before it can call the use case (which checks again), so that who asks is judged first.
    /// </summary>
    public Task<Error?> CheckAsync(Actor actor, StaffAction action, string? subject, CancellationToken cancellationToken = default) =>
        AccessGuard.CheckAsync(db, events, actor, action, subject, cancellationToken);

    private static string Truncate(string path) => path.Length <= 300 ? path : path[..300];
}
