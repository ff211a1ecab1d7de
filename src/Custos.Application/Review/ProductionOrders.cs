using Custos.Application.Common;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Application.Proofs.Sealing;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Notices;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>A production ordered and staged: its row, the plan it carries out, and what it discloses about each customer.</summary>
/// <param name="Production">The production row (pending its signed checkpoint).</param>
/// <param name="Plan">What the quorum decided.</param>
/// <param name="Items">What each item carries (counts only).</param>
/// <param name="Disclosed">For each customer whose data the package holds, the categories and days disclosed.</param>
internal sealed record OrderedProduction(
    ProductionRecord Production, ProductionPlan Plan, IReadOnlyList<ProducedItemSummary> Items, IReadOnlyDictionary<string, IReadOnlyList<DisclosedData>> Disclosed);

/// <summary>
/// Carries out a production plan inside the produce decision's unit of work: loads exactly the approved items' data (from
/// the customer store, or from a preservation snapshot when formal process follows a preservation), builds the package and
/// stages its <c>production.created</c> event, and converts the preservations drawn on. Nothing is staged when it refuses
/// (no certificate, a package that cannot be built).
/// </summary>
public sealed class ProductionOrders(
    CustosDbContext db, EventRecorder events, LedgerIdentityKey identities, TimeProvider clock, ProductionData data, PreservationSnapshots snapshots,
    DisclosureSeals seals)
{
    internal async Task<Result<OrderedProduction>> StageAsync(LoadedRequest request, ProductionPlan plan, Actor actor, CancellationToken cancellationToken)
    {
        var certificate = request.Record.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == request.Record.AgencyId).Select(a => a.CertificatePem).FirstOrDefaultAsync(cancellationToken);
        var now = clock.NowToTheMillisecond();
        if (ProductionStore.UsableCertificate(certificate, now) is { IsSuccess: false } unusable)
        {
            return Result<OrderedProduction>.Failure(unusable.Errors);
        }

        var loaded = await data.LoadAsync(request.Record.Id, request.Content, request.Record.AgencyId, plan.Items, cancellationToken);
        var contents = new PackageContents(request.Record.Id, request.Record.Reference, plan.DecisionId, plan.VoteIds, loaded.ProducedItems, now);
        var staged = ProductionStore.Stage(db, events, identities, request.Record, contents, certificate, actor, now, request.References, seals);
        if (!staged.IsSuccess)
        {
            return Result<OrderedProduction>.Failure(staged.Errors);
        }

        if (loaded.PreservationIds.Count > 0 && await snapshots.StageConversionAsync(loaded.PreservationIds, request.Record.Id, actor, cancellationToken) is { IsSuccess: false } conversion)
        {
            return Result<OrderedProduction>.Failure(conversion.Errors);
        }

        var production = db.Productions.Local.Single(p => p.Id == staged.Value.Id);
        var disclosed = new Dictionary<string, List<DisclosedData>>(StringComparer.Ordinal);
        foreach (var item in loaded.Items)
        {
            foreach (var account in item.Accounts)
            {
                if (!disclosed.TryGetValue(account, out var list))
                {
                    disclosed[account] = list = [];
                }

                list.Add(new DisclosedData(item.Data.Item.Category, item.Data.Range));
            }
        }

        var summaries = contents.Items.Select(i => new ProducedItemSummary(i.Item.Target, i.Item.Category, i.Range.From, i.Range.To, i.Records.Count)).ToArray();
        return new OrderedProduction(production, plan, summaries, disclosed.ToDictionary(d => d.Key, d => (IReadOnlyList<DisclosedData>)d.Value, StringComparer.Ordinal));
    }
}
