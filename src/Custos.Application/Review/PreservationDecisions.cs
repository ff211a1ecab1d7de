using Custos.Application.Common;
using Custos.Application.Production;
using Custos.Application.Proofs.Sealing;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Preservation;
using Custos.Storage;
using Custos.Storage.Entities;

namespace Custos.Application.Review;

/// <summary>
/// Stages a preservation decided on a request: the period under the policy's terms, the hashed snapshot of the targets'
/// existing data, and the <c>preservation.started</c> event carrying the snapshots' hashes (so the frozen data can later
/// be shown to be what was preserved) and, as references, the customers whose data was frozen (for the disclosure index;
/// sealed while a non-disclosure order binds).
/// </summary>
public sealed class PreservationDecisions(CustosDbContext db, TimeProvider clock, PreservationSnapshots snapshots, DisclosureSeals seals)
{
    internal async Task<Result<bool>> StageAsync(LoadedRequest request, PreservationTerms terms, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.NowToTheMillisecond();
        var period = PreservationRules.Start(terms, DateOnly.FromDateTime(now.UtcDateTime));
        var record = new PreservationRecord
        {
            Id = Ids.New("prs"), RequestId = request.Record.Id, StartDay = period.Start, Days = terms.Days, ExtensionDays = terms.ExtensionDays,
            MaxExtensions = terms.MaxExtensions, TermsSource = terms.Source, State = PreservationState.Active, StartedBy = actor.Id, StartedAt = now,
            RowVersion = 1,
        };
        db.Preservations.Add(record);
        var taken = await snapshots.CaptureAsync(record.Id, request.Record.Id, request.Content, cancellationToken);
        if (!taken.IsSuccess)
        {
            return Result<bool>.Failure(taken.Errors);
        }

        seals.Record(request.Record, LedgerEventTypes.PreservationStarted, actor, request.Subject, new
        {
            preservation = record.Id,
            start = period.Start,
            expires = period.Expires,
            terms = terms.Source,
            snapshots = taken.Value.Select(s => new { target = s.Target, category = s.Category, sha256 = s.Sha256, accounts = s.Accounts, records = s.Records }),
        }, request.References, [.. taken.Value.SelectMany(s => s.AccountIds).Distinct(StringComparer.Ordinal).Select(Customers.Records.CustomerRecords.Subject)],
            request.Record.PolicyVersion);
        return true;
    }

    /// <summary>The period a stored preservation runs for.</summary>
    internal static PreservationPeriod Period(PreservationRecord record) => PreservationRows.Period(record);
}
