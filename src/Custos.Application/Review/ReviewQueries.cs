using System.Text.Json;
using Custos.Application.Common;
using Custos.Application.Production;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Preservation;
using Custos.Domain.Requests;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Review;

/// <summary>Reads a request as reviewers decide it: the items with their quorum, the votes, the production, the notices.</summary>
public sealed class ReviewQueries(
    CustosDbContext db, RequestQueries requests, CustomerNotices notices, ActorNames names, TimeProvider clock, ReviewOptions options)
{
    private static readonly JsonSerializerOptions DetailsJson = new(JsonSerializerDefaults.Web) { Converters = { new KebabEnumJsonConverterFactory() } };

    /// <summary>The reviewers' queue as <paramref name="actor"/> may see it (the request queue's open view).</summary>
    public Task<IReadOnlyList<QueueItem>> QueueAsync(Actor actor, QueueView view = QueueView.Open, CancellationToken cancellationToken = default) =>
        requests.QueueAsync(actor, view, cancellationToken: cancellationToken);

    /// <summary>The request as <paramref name="actor"/> may see it while deciding, or null (not found, or not theirs: a ledgered refusal).</summary>
    public async Task<ReviewView?> GetAsync(string requestId, Actor actor, CancellationToken cancellationToken = default)
    {
        var details = await requests.GetAsync(requestId, actor, cancellationToken);
        if (details is null)
        {
            return null;
        }

        var record = await db.Requests.AsNoTracking().FirstAsync(r => r.Id == requestId, cancellationToken);
        IReadOnlyList<ItemTally> items = [];
        var readiness = new ProductionReadiness([ReviewLoader.NotScrutinised]);
        IReadOnlyList<Vote> votes = [];
        LoadedRequest? loaded = null;
        if (record.Scrutiny is not null)
        {
            loaded = await ReviewLoader.ContextAsync(db, record, cancellationToken);
            votes = loaded.Votes;
            var tally = DecisionTally.Of(loaded.Context, votes);
            items = tally.Items;
            readiness = DecisionRules.Readiness(loaded.Context, tally);
        }

        var decisions = await db.RequestDecisions.AsNoTracking().Where(d => d.RequestId == requestId).OrderBy(d => d.DecidedAt).ToListAsync(cancellationToken);
        var production = await db.Productions.AsNoTracking().Where(p => p.RequestId == requestId).OrderByDescending(p => p.CreatedAt)
            .Select(p => new { p.Id, p.ManifestSha256, p.Status, p.CreatedAt, p.ReleasedAt, p.LinkExpiresAt, p.DownloadedAt, p.EventId })
            .FirstOrDefaultAsync(cancellationToken);
        ProductionSummary? productionView = null;
        if (production is not null)
        {
            var eventDetails = await db.LedgerEvents.AsNoTracking().Where(e => e.Id == production.EventId).Select(e => e.Details).FirstOrDefaultAsync(cancellationToken);
            var summary = eventDetails is null ? null : JsonSerializer.Deserialize<ProductionEventDetails>(eventDetails, DetailsJson);
            productionView = new ProductionSummary(
                production.Id, production.ManifestSha256, production.Status, production.CreatedAt, production.ReleasedAt, production.LinkExpiresAt,
                production.DownloadedAt, summary?.Items ?? []);
        }

        var people = await names.ResolveAsync(votes.Select(v => v.VoterId).Concat(decisions.Select(d => d.DecidedBy)), cancellationToken);
        return new ReviewView(
            details,
            items,
            readiness,
            [.. votes.Select(v => ToView(v, people.TryGetValue(v.VoterId, out var n) ? n : v.VoterId))],
            [.. decisions.Select(d => ToView(d, people.TryGetValue(d.DecidedBy, out var n) ? n : d.DecidedBy))],
            productionView,
            await notices.ListAsync(requestId, cancellationToken),
            record.Kind == RequestKind.Emergency ? await EmergencyAsync(record, loaded, decisions, cancellationToken) : null,
            await PreservationAsync(requestId, cancellationToken));
    }

    internal static VoteView ToView(Vote vote, string voterName) =>
        new(vote.Id, vote.VoterId, voterName, vote.Functions, vote.CastAt, vote.Items, vote.Rationale, vote.Justification);

    internal static DecisionView ToView(RequestDecisionRecord d, string name) => new(d.Id, d.Act, d.DecidedBy, name, d.DecidedAt, d.Rationale);

    internal static ProductionSummary ToView(ProductionRecord p, IReadOnlyList<ProducedItemSummary> items) =>
        new(p.Id, p.ManifestSha256, p.Status, p.CreatedAt, p.ReleasedAt, p.LinkExpiresAt, p.DownloadedAt, items);

    private async Task<EmergencyView> EmergencyAsync(
        RequestRecord record, LoadedRequest? loaded, IReadOnlyList<RequestDecisionRecord> decisions, CancellationToken cancellationToken)
    {
        var published = record.AgencyId is null ? null
            : await db.Agencies.AsNoTracking().Where(a => a.Id == record.AgencyId).Select(a => a.Phone).FirstOrDefaultAsync(cancellationToken);
        var (followUp, _, _) = await EmergencyFollowUps.OfAsync(db, record.Id, options.EmergencyFollowUpWithin, clock.GetUtcNow(), cancellationToken);
        var ended = decisions.FirstOrDefault(d => d.Act == DecisionAct.EndEmergency)?.DecidedAt;
        return new EmergencyView(published, loaded?.Context.EmergencyConfirmation, followUp, ended);
    }

    private async Task<PreservationView?> PreservationAsync(string requestId, CancellationToken cancellationToken)
    {
        var p = await db.Preservations.AsNoTracking().Where(x => x.RequestId == requestId).OrderByDescending(x => x.StartedAt).FirstOrDefaultAsync(cancellationToken);
        if (p is null)
        {
            return null;
        }

        var period = PreservationDecisions.Period(p);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = PreservationRules.On(period, today);
        var state = p.State == PreservationState.Active ? now.State : p.State;
        return new PreservationView(p.Id, state, p.StartDay, period.Expires, state == PreservationState.Active ? now.DaysLeft : 0,
            state == PreservationState.Active && now.CanExtend, p.TermsSource);
    }
}
