using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Requests;
using Custos.Application.Requests.Targets;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Customers.Records;

/// <summary>
/// Opens one customer's record, on a need-to-know basis (<see cref="CustomerAccessRules"/>): only for a request the
/// person is reviewing whose targets reach the customer, with the purpose stated, and each opening is a ledger event
/// (who, the customer's opaque id, the request, the purpose, the channel). A refusal is ledgered too.
/// </summary>
public sealed class CustomerRecords(CustosDbContext db, EventRecorder events, TargetResolver targets)
{
    /// <summary>The most requests offered as the context of an opening.</summary>
    public const int MaxContexts = 100;

    /// <summary>
    /// The record of <paramref name="accountId"/> opened by <paramref name="actor"/> for <paramref name="requestId"/> with
    /// <paramref name="purpose"/>; or why not (not found, no request given, a refusal — ledgered — or no purpose).
    /// </summary>
    /// <param name="accountId">The customer's account id.</param>
    /// <param name="actor">Who opens it.</param>
    /// <param name="requestId">The request it is opened for.</param>
    /// <param name="purpose">Why.</param>
    /// <param name="note">An optional free-text note kept with the opening.</param>
    /// <param name="channel">Where it was opened: <c>console</c> or <c>api</c>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<Result<CustomerRecord>> OpenAsync(
        string accountId, Actor actor, string? requestId, CustomerAccessPurpose? purpose, string? note, string channel,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrEmpty(channel);
        var subject = Subject(accountId);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ReadCustomerData, subject, cancellationToken) is { } denied)
        {
            return denied;
        }

        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.AccountId == accountId, cancellationToken);
        if (customer is null)
        {
            return CustomerErrors.NotFound(accountId);
        }

        if (string.IsNullOrWhiteSpace(requestId))
        {
            return CustomerAccessRules.RequestRequired;
        }

        var request = await db.Requests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new { r.Id, r.SubmittedBy, r.Status, r.Informal }).FirstOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return Error.NotFound("request.not-found", $"There is no request {requestId}.");
        }

        var context = new CustomerAccessRules.RequestContext(
            request.SubmittedBy, request.Status, request.Informal, await ReachesAsync(request.Id, accountId, cancellationToken));
        if (CustomerAccessRules.CheckOpen(actor, context, purpose) is { } refused)
        {
            return refused.Kind == ErrorKind.Forbidden
                ? await AccessGuard.RefuseAsync(db, events, actor, StaffAction.ReadCustomerData, refused, subject, cancellationToken)
                : refused;
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > CustomerAccessRules.MaxNoteLength })
        {
            return Error.Invalid("customers.note-too-long", $"The note may have at most {CustomerAccessRules.MaxNoteLength} characters.", "note");
        }

        events.Record(db, LedgerEventTypes.CustomerRecordOpened, actor, subject, new
        {
            request = request.Id,
            purpose = purpose!.Value,
            note = trimmed,
            channel,
        }, [RequestChanges.Subject(request.Id)]);
        await db.SaveChangesAsync(cancellationToken);
        return await LoadAsync(customer, cancellationToken);
    }

    /// <summary>
    /// The requests <paramref name="actor"/> could open <paramref name="accountId"/>'s record for: ones they may see, in
    /// review or decided, whose targets reach the customer; newest first, at most <see cref="MaxContexts"/>. Nothing is
    /// opened and nothing is recorded.
    /// </summary>
    public async Task<IReadOnlyList<RequestContextOption>> ContextsAsync(string accountId, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AccessRules.May(actor, StaffAction.ReadCustomerData))
        {
            return [];
        }

        var statuses = Enum.GetValues<Domain.Lifecycle.RequestStatus>().Where(CustomerAccessRules.OpensRecords).ToArray();
        var candidates = await db.Requests.AsNoTracking()
            .Where(r => statuses.Contains(r.Status) && !r.Informal)
            .OrderByDescending(r => r.ReceivedAt)
            .Select(r => new { r.Id, r.Reference, r.SubmittedBy, r.Status, r.ReceivedAt })
            .Take(MaxContexts * 5)
            .ToListAsync(cancellationToken);
        var options = new List<RequestContextOption>();
        foreach (var c in candidates.Where(c => AccessRules.MaySeeRequest(actor, c.SubmittedBy)))
        {
            if (await ReachesAsync(c.Id, accountId, cancellationToken))
            {
                options.Add(new RequestContextOption(c.Id, c.Reference, c.Status, c.ReceivedAt));
                if (options.Count == MaxContexts)
                {
                    break;
                }
            }
        }

        return options;
    }

    /// <summary>
    /// The ledger subject of a customer: <c>customer:</c> and the account id, percent-encoded so that it holds no space
    /// (opaque in the public log: the customer's index key, <see cref="CustomerIndexKey"/>).
    /// </summary>
    public static string Subject(string accountId) => CustomerIndexKey.Reference(accountId);

    private async Task<bool> ReachesAsync(string requestId, string accountId, CancellationToken cancellationToken)
    {
        var stored = await db.RequestTargets.AsNoTracking().Where(t => t.RequestId == requestId)
            .OrderBy(t => t.Position).Select(t => new { t.Type, t.Value }).ToListAsync(cancellationToken);
        foreach (var target in stored)
        {
            if (await targets.ReachesAsync(target.Type, target.Value, accountId, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<CustomerRecord> LoadAsync(Domain.Customers.Customer customer, CancellationToken cancellationToken)
    {
        var accountId = customer.AccountId;
        return new CustomerRecord(
            customer,
            await db.ResidencePermits.AsNoTracking().Where(p => p.AccountId == accountId).ToListAsync(cancellationToken),
            await db.KycDocuments.AsNoTracking().Where(d => d.AccountId == accountId).ToListAsync(cancellationToken),
            await db.Wallets.AsNoTracking().Where(w => w.AccountId == accountId).OrderBy(w => w.Asset).ToListAsync(cancellationToken),
            await db.Holdings.AsNoTracking().Where(h => h.AccountId == accountId).ToListAsync(cancellationToken),
            await db.Transactions.CountAsync(t => t.AccountId == accountId, cancellationToken),
            await db.Logins.CountAsync(l => l.AccountId == accountId, cancellationToken));
    }
}

/// <summary>A request a customer's record could be opened for.</summary>
public sealed record RequestContextOption(string RequestId, string? Reference, Domain.Lifecycle.RequestStatus Status, DateTimeOffset ReceivedAt);

/// <summary>The errors about customers.</summary>
public static class CustomerErrors
{
    public static Error NotFound(string accountId) => Error.NotFound("customers.not-found", $"There is no customer {accountId}.");
}
