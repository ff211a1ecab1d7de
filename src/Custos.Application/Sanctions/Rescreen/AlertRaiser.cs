using Custos.Application.Common;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Sanctions;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Sanctions.Rescreen;

/// <summary>
/// Turns hits into alerts on the caller's unit of work: each hit is judged against the latest alert of its pair
/// (customer, entry, and whether the name or a wallet matched) by <see cref="AlertRules.Decide"/>, and each alert
/// raised keeps the facts as screened, the entry as listed, the score and the explanation, with its ledger event.
/// </summary>
internal sealed class AlertRaiser(CustosDbContext db, EventRecorder events, ListsInForce lists)
{
    /// <summary>The ledger subject of an alert.</summary>
    public static string Subject(string alertId) => "sanctions-alert:" + alertId;

    /// <summary>The counts of one batch.</summary>
    internal readonly record struct Counts(int Raised, int AlreadyOpen, int AlreadyConfirmed, int DismissedUnchanged);

    /// <summary>The latest alert of each pair of these customers.</summary>
    public static async Task<Dictionary<(string Account, string List, string Source, AlertSubject Subject), PriorAlert>> PriorsAsync(
        CustosDbContext db, IReadOnlyList<string> accounts, CancellationToken cancellationToken)
    {
        var priors = new Dictionary<(string, string, string, AlertSubject), PriorAlert>();
        foreach (var chunk in accounts.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.SanctionsAlerts.AsNoTracking().Where(a => chunk.Contains(a.AccountId))
                .Select(a => new { a.AccountId, a.ListId, a.SourceId, a.Subject, a.Status, a.CustomerFingerprint, a.EntryFingerprint, a.RaisedAt })
                .ToListAsync(cancellationToken);
            foreach (var group in rows.GroupBy(r => (r.AccountId, r.ListId, r.SourceId, r.Subject)))
            {
                var latest = group.MaxBy(r => r.RaisedAt)!;
                priors[group.Key] = new PriorAlert(latest.Status, latest.CustomerFingerprint, latest.EntryFingerprint);
            }
        }

        return priors;
    }

    /// <summary>Stages an alert (and its event) for each hit that <see cref="AlertRules.Decide"/> raises.</summary>
    public Counts Raise(
        IEnumerable<(ScreenedFacts Facts, List<CustomerHit> Hits)> customers,
        Dictionary<(string Account, string List, string Source, AlertSubject Subject), PriorAlert> priors, Actor actor, DateTimeOffset now)
    {
        int raised = 0, open = 0, confirmed = 0, dismissed = 0;
        foreach (var (facts, hits) in customers)
        {
            foreach (var hit in hits)
            {
                var customerFingerprint = hit.Wallet is { } wallet ? ScreenedFacts.WalletFingerprint(wallet.Asset, wallet.Address) : facts.NameFingerprint;
                var entryFingerprint = lists.FingerprintOf(hit.Entry);
                var key = (facts.AccountId, hit.Entry.ListId, hit.Entry.SourceId, hit.Subject);
                switch (AlertRules.Decide(priors.GetValueOrDefault(key), customerFingerprint, entryFingerprint))
                {
                    case RaiseDecision.AlreadyOpen:
                        open++;
                        continue;
                    case RaiseDecision.AlreadyConfirmed:
                        confirmed++;
                        continue;
                    case RaiseDecision.DismissedUnchanged:
                        dismissed++;
                        continue;
                }

                var alert = Alert(facts, hit, customerFingerprint, entryFingerprint, now);
                db.SanctionsAlerts.Add(alert);
                events.Record(db, LedgerEventTypes.SanctionsAlertRaised, actor, Subject(alert.Id), new
                {
                    alertId = alert.Id,
                    accountId = alert.AccountId,
                    subject = alert.Subject,
                    listId = alert.ListId,
                    sourceId = alert.SourceId,
                    listVersionId = alert.ListVersionId,
                    score = Math.Round(alert.Score, 4),
                }, [Customers.Records.CustomerRecords.Subject(alert.AccountId)]);
                priors[key] = new PriorAlert(AlertStatus.Open, customerFingerprint, entryFingerprint);
                raised++;
            }
        }

        return new Counts(raised, open, confirmed, dismissed);
    }

    private SanctionsAlertRecord Alert(ScreenedFacts facts, CustomerHit hit, string customerFingerprint, string entryFingerprint, DateTimeOffset now)
    {
        var entry = hit.Entry;
        var nameAlert = hit.Subject == AlertSubject.Name;
        return new SanctionsAlertRecord
        {
            Id = Ids.New("sal"),
            AccountId = facts.AccountId,
            Subject = hit.Subject,
            ListId = entry.ListId,
            SourceId = entry.SourceId,
            ListVersionId = lists.VersionOfList[entry.ListId],
            CustomerFingerprint = customerFingerprint,
            EntryFingerprint = entryFingerprint,
            ScreenedName = facts.Name,
            ScreenedNativeName = facts.NativeName,
            ScreenedBirthDate = facts.DateOfBirth,
            ScreenedNationality = facts.Nationality,
            ScreenedWallet = hit.Wallet is { } wallet ? wallet.Asset + " " + wallet.Address : null,
            EntryName = entry.PrimaryName,
            EntryKind = KebabCase.Format(entry.Kind),
            EntryPrograms = string.Join(", ", entry.Programs),
            EntryFacts = EntryFacts.Describe(entry),
            MatchedName = hit.MatchedName,
            Score = hit.Score,
            Explanation = nameAlert
                ? hit.NameHit!.Explanation.ToText()
                : $"The customer's {hit.Wallet!.Value.Asset} address {hit.Wallet.Value.Address} is listed for {entry.ListId}/{entry.SourceId} as {hit.ListedWallet!.Currency} {hit.ListedWallet.Address} (exact match under the address format's case rules).",
            Status = AlertStatus.Open,
            RaisedAt = now,
            RowVersion = 1,
        };
    }
}
