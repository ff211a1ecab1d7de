using System.Globalization;
using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Review;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Notices;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Restrictions;

/// <summary>
/// Records what <see cref="RestrictionEvaluation"/> finds on a day: for each account to restrict that is not restricted
/// under the regime yet, a restriction (reason code, holdings in EUR, what must be done: close the account and return
/// the assets, never freeze) with the account's status set to restricted, and a notice to the customer scheduled in the
/// notice outbox (<c>restriction_notices</c>), each with its ledger event — all in one transaction. The notice gives the
/// customer their disclosure code and index key and points to the proof page.
/// </summary>
public sealed class RestrictionApply(
    CustosDbContext db, EventRecorder events, TimeProvider clock, RestrictionEvaluation evaluation, LedgerIdentityKey identities, ReviewOptions options)
{
    public async Task<Result<RestrictionApplySummary>> ApplyAsync(DateOnly asOf, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.ApplyRestrictions, "restrictions", cancellationToken) is { } denied)
        {
            return denied;
        }

        var evaluated = await evaluation.EvaluateAsync(asOf, actor, cancellationToken);
        if (!evaluated.IsSuccess)
        {
            return Result<RestrictionApplySummary>.Failure(evaluated.Errors);
        }

        var report = evaluated.Value;
        var accounts = report.Restrict.Select(o => o.AccountId).ToList();
        var already = new HashSet<string>(StringComparer.Ordinal);
        var customers = new Dictionary<string, Domain.Customers.Customer>(StringComparer.Ordinal);
        foreach (var chunk in accounts.Chunk(500))
        {
            already.UnionWith(await db.AccountRestrictions.AsNoTracking().Where(r => chunk.Contains(r.AccountId) && r.Regime == report.RegimeId)
                .Select(r => r.AccountId).ToListAsync(cancellationToken));
            foreach (var customer in await db.Customers.Where(c => chunk.Contains(c.AccountId)).ToListAsync(cancellationToken))
            {
                customers[customer.AccountId] = customer;
            }
        }

        var now = clock.NowToTheMillisecond();
        var restricted = new List<string>();
        foreach (var outcome in report.Restrict.Where(o => !already.Contains(o.AccountId)))
        {
            var restriction = new AccountRestrictionRecord
            {
                Id = Ids.New("rst"),
                AccountId = outcome.AccountId,
                Reason = outcome.ReasonCode!,
                Regime = report.RegimeId,
                AsOf = asOf,
                HoldingsEur = decimal.Round(outcome.Valuation.PricedEur, 2),
                Action = "close-and-return-assets",
                Explanation = outcome.Explanation,
                RecordedAt = now,
                RecordedBy = actor.Id,
            };
            AccountRestrictions.Stage(db, events, actor, restriction, customers.GetValueOrDefault(outcome.AccountId), report.PolicyVersion);
            var notice = new RestrictionNoticeRecord
            {
                Id = Ids.New("ntc"),
                RestrictionId = restriction.Id,
                AccountId = outcome.AccountId,
                Status = "scheduled",
                SendAfter = now,
                Body = NoticeText(report, outcome.Explanation, asOf) + " " + NoticeComposer.ProofSentence(
                    outcome.AccountId, new CustomerProofKey(options.ProofPage, identities.DisclosureCode(outcome.AccountId), identities.CustomerKey(outcome.AccountId))),
                CreatedAt = now,
            };
            db.RestrictionNotices.Add(notice);
            events.Record(db, LedgerEventTypes.RestrictionNoticeScheduled, actor, "restriction-notice:" + notice.Id,
                new { noticeId = notice.Id, restrictionId = restriction.Id, accountId = notice.AccountId, sendAfter = notice.SendAfter },
                [Customers.Records.CustomerRecords.Subject(notice.AccountId)], report.PolicyVersion);
            restricted.Add(outcome.AccountId);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new RestrictionApplySummary(report, restricted, report.Restrict.Count - restricted.Count);
    }

    private static string NoticeText(RestrictionReport report, string explanation, DateOnly asOf) => string.Create(CultureInfo.InvariantCulture,
        $"We can no longer provide crypto-asset wallet, account or custody services to you under {report.RegimeName}, as applicable on {asOf:yyyy-MM-dd}. {explanation} We will close your account and return your crypto-assets to you: tell us the address to send them to. If you hold the nationality of an EU member state, an EEA country or Switzerland, or a residence permit there, send us proof and we will review this decision.");
}
