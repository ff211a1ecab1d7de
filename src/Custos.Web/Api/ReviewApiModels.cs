using Custos.Application.Production;
using Custos.Application.Requests;
using Custos.Application.Review;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Lifecycle;
using Custos.Domain.Notices;
using Custos.Domain.Requests;
using Custos.Domain.Scrutiny;

namespace Custos.Web.Api;

/// <summary>A vote as an API client sends it.</summary>
/// <param name="Items">The lines: a target (0-based index in the request's targets), a category, produce or withhold, and optionally a narrower date range.</param>
/// <param name="Rationale">Why, in the reviewer's words (required).</param>
/// <param name="Justification">Only when producing goes against the engine's recommendation.</param>
public sealed record VoteBody(IReadOnlyList<VoteItemBody>? Items, string? Rationale, string? Justification);

/// <summary>One line of a vote.</summary>
/// <param name="Target">The 0-based index of the target in the request.</param>
/// <param name="Category">The data category (<c>subscriber</c>, <c>kyc-identity</c>, <c>payment-source</c>, <c>login-ip</c>, <c>transactions</c>, <c>balances</c>, <c>content</c>).</param>
/// <param name="Produce">True to produce, false to withhold.</param>
/// <param name="DateRange">For a produce, the days to produce; the request's range when absent.</param>
public sealed record VoteItemBody(int? Target, string? Category, bool? Produce, DateRangeBody? DateRange);

/// <summary>A range of days, both included.</summary>
public sealed record DateRangeBody(DateOnly? From, DateOnly? To);

/// <summary>A decision's written rationale (refuse, preserve, end of emergency, legal review of a notice).</summary>
public sealed record RationaleBody(string? Rationale);

/// <summary>What the agency must change or explain (pushback).</summary>
public sealed record MessageBody(string? Message);

/// <summary>The out-of-band call that confirms an emergency request.</summary>
/// <param name="Number">The number dialled: the agency's number as the registry publishes it.</param>
/// <param name="CalledAt">When the call was made.</param>
/// <param name="Confirmed">Whether the agency confirmed the request.</param>
/// <param name="Statement">What was confirmed, and by whom at the agency.</param>
public sealed record EmergencyCallBody(string? Number, DateTimeOffset? CalledAt, bool? Confirmed, string? Statement);

/// <summary>A request as reviewers decide it.</summary>
public sealed record ReviewRequestView(
    string Id, string? Reference, RequestStatus Status, RequestKind Kind, string? Agency, string? AgencyCountry, ScrutinyResult? Scrutiny,
    IReadOnlyList<ReviewTargetView> Targets, IReadOnlyList<ReviewItemView> Items, ReadinessView Readiness, IReadOnlyList<VoteView> Votes,
    IReadOnlyList<DecisionView> Decisions, ProductionApiView? Production, IReadOnlyList<CustomerNoticeView> Notices, EmergencyView? Emergency,
    PreservationView? Preservation)
{
    public static ReviewRequestView From(ReviewView view)
    {
        var details = view.Details;
        return new ReviewRequestView(
            details.Summary.Id, details.Summary.Reference, details.Status, details.Request.Kind, details.Agency?.Name ?? details.Request.Agency.Name,
            details.Agency?.Country ?? details.Request.Agency.Country, details.Scrutiny,
            [.. details.Targets.Select(t => new ReviewTargetView(t.Position, t.Type, t.Value, t.Role, t.Match, t.Reach, t.Sample, t.Explanation))],
            [.. view.Items.Select(ReviewItemView.From)],
            new ReadinessView(view.Readiness.IsReady, [.. view.Readiness.Blockers.Select(b => new BlockerView(b.Code, b.Message))]),
            view.Votes, view.Decisions, view.Production is null ? null : ProductionApiView.From(view.Production), view.Notices, view.Emergency,
            view.Preservation);
    }
}

/// <summary>A target with its reach (the accounts only for those allowed to see them).</summary>
public sealed record ReviewTargetView(
    int Index, TargetType Type, string? Value, TargetRole Role, TargetMatch Match, int Reach, IReadOnlyList<string> Sample, string Explanation);

/// <summary>One item: the quorum it needs, the approvals it has, and where it stands.</summary>
public sealed record ReviewItemView(
    int Target, DataCategory Category, ItemStatus Status, IReadOnlyList<QuorumRequirement> Requires, int OtherFunctionsNeeded, bool AgainstRecommendation,
    IReadOnlyList<Approval> Approvals, IReadOnlyList<string> MissingFunctions, int MissingOtherFunctions, IReadOnlyList<string> WithheldBy,
    DateRangeBody? Range, string Explanation)
{
    public static ReviewItemView From(ItemTally t) => new(
        t.Item.Target, t.Item.Category, t.Status, t.Quorum.Requirements, t.Quorum.OtherFunctions, t.Quorum.AgainstRecommendation, t.Approvals,
        t.MissingFunctions, t.MissingOtherFunctions, t.WithheldBy, t.Range is null ? null : new DateRangeBody(t.Range.From, t.Range.To), t.Explanation);
}

/// <summary>Whether production may be ordered now.</summary>
public sealed record ReadinessView(bool Ready, IReadOnlyList<BlockerView> Blockers);

/// <summary>Something that stands in the way, with its stable code.</summary>
public sealed record BlockerView(string Code, string Message);

/// <summary>A production as the API shows it.</summary>
public sealed record ProductionApiView(
    string Id, string ManifestSha256, ProductionStatus Status, bool Released, bool Downloaded, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt,
    DateTimeOffset? LinkExpiresAt, DateTimeOffset? DownloadedAt, IReadOnlyList<ProducedItemSummary> Items)
{
    public static ProductionApiView From(ProductionSummary p) =>
        new(p.Id, p.ManifestSha256, p.Status, p.Released, p.Downloaded, p.CreatedAt, p.ReleasedAt, p.LinkExpiresAt, p.DownloadedAt, p.Items);
}

/// <summary>A vote accepted: the vote and every item's state after it.</summary>
public sealed record VoteCastView(VoteView Vote, IReadOnlyList<ReviewItemView> Items, ReadinessView Readiness)
{
    public static VoteCastView From(VoteCast cast) => new(
        cast.Vote, [.. cast.Items.Select(ReviewItemView.From)],
        new ReadinessView(cast.Readiness.IsReady, [.. cast.Readiness.Blockers.Select(b => new BlockerView(b.Code, b.Message))]));
}

/// <summary>A decision accepted and where the request now stands.</summary>
public sealed record DecisionTakenView(DecisionView Decision, RequestStatus Status);

/// <summary>One line of the review queue.</summary>
public sealed record ReviewQueueView(IReadOnlyList<QueueItem> Requests);

/// <summary>Reads an API vote into the Domain's lines, naming each field that is wrong.</summary>
internal static class VoteBodies
{
    public static Result<VoteInput> Read(VoteBody? body)
    {
        if (body is null)
        {
            return Error.Invalid("decision.body-required", "Send the vote as JSON: {\"items\":[…],\"rationale\":\"…\"}.");
        }

        var errors = new List<Error>();
        var lines = new List<ItemChoice>();
        var items = body.Items ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                errors.Add(Error.Invalid("decision.item-invalid", "An item is an object with target, category and produce.", $"items[{i}]"));
                continue;
            }

            if (item.Target is not { } target)
            {
                errors.Add(Error.Invalid("decision.item-invalid", "Give the target: its 0-based index in the request's targets.", $"items[{i}].target"));
            }

            DataCategory category = default;
            if (string.IsNullOrWhiteSpace(item.Category) || !KebabCase.TryParse(item.Category, out category))
            {
                errors.Add(Error.Invalid("decision.item-invalid", $"category must be one of {KebabCase.AllowedValues<DataCategory>()}.", $"items[{i}].category"));
            }

            if (item.Produce is not { } produce)
            {
                errors.Add(Error.Invalid("decision.item-invalid", "Say whether to produce (true) or withhold (false) the item.", $"items[{i}].produce"));
                continue;
            }

            if (item.Target is { } t && !string.IsNullOrWhiteSpace(item.Category) && KebabCase.TryParse(item.Category, out category))
            {
                lines.Add(new ItemChoice(t, category, produce, item.DateRange?.From, item.DateRange?.To));
            }
        }

        return errors.Count > 0 ? Result<VoteInput>.Failure(errors) : new VoteInput(lines, body.Rationale, body.Justification);
    }
}
