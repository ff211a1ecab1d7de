using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Customers;
using Custos.Domain.Events;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Restrictions;

/// <summary>
/// Records a restriction on an account on the caller's unit of work: the restriction row, the account's status set to
/// <see cref="AccountStatus.Restricted"/> (a closed account stays closed), and the <c>restriction.account-restricted</c>
/// ledger event. Custos holds a copy of the platform's customer data: the row is what the platform is told to enforce,
/// and it survives a later customer import that would rewrite the status.
/// </summary>
internal static class AccountRestrictions
{
    /// <summary>The reason code of a restriction for a confirmed sanctions list match.</summary>
    public const string ListMatchReason = "sanctions-list-match";

    /// <summary>What the provider does for a confirmed list match.</summary>
    public const string ListMatchAction =
        "Restrict the account (no deposits, withdrawals or trades) and report the match as the listing programme requires.";

    /// <summary>The ledger subject of a restriction.</summary>
    public static string Subject(string restrictionId) => "restriction:" + restrictionId;

    /// <summary>Stages <paramref name="restriction"/>, the status change of <paramref name="customer"/> (tracked; null when
    /// Custos holds no such customer) and the event, quoting <paramref name="policyVersion"/> when a policy decided it.</summary>
    public static void Stage(CustosDbContext db, EventRecorder events, Actor actor, AccountRestrictionRecord restriction, Customer? customer, string? policyVersion = null)
    {
        db.AccountRestrictions.Add(restriction);
        var before = customer?.Status;
        if (customer is not null && customer.Status is not (AccountStatus.Closed or AccountStatus.Restricted))
        {
            db.Entry(customer).Property(c => c.Status).CurrentValue = AccountStatus.Restricted;
        }

        events.Record(db, LedgerEventTypes.AccountRestricted, actor, Subject(restriction.Id), new
        {
            restrictionId = restriction.Id,
            accountId = restriction.AccountId,
            reason = restriction.Reason,
            regime = restriction.Regime,
            alertId = restriction.AlertId,
            asOf = restriction.AsOf,
            holdingsEur = restriction.HoldingsEur,
            statusBefore = before,
            statusAfter = customer is null ? (AccountStatus?)null : db.Entry(customer).Property(c => c.Status).CurrentValue,
        }, [Customers.Records.CustomerRecords.Subject(restriction.AccountId)], policyVersion);
    }
}
