using System.Security.Claims;
using Custos.Application.Requests;
using Custos.Application.Review;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Intake;
using Custos.Web.Security;

namespace Custos.Web.Api;

/// <summary>
/// The staff review API (<c>/api/v1/review/requests</c>): the queue, a request with its items and quorum, and the
/// decisions — start review, votes, produce, refuse, push back, preserve, the emergency call and its end. The same use
/// cases as the console; a staff API key acts as its user, with that user's roles and region, and every refused act is
/// a ledger event naming the rules that refused it.
/// </summary>
public static class ReviewApiEndpoints
{
    public static IEndpointRouteBuilder MapReviewApi(this IEndpointRouteBuilder app)
    {
        var review = app.MapGroup("/api/v1/review/requests").WithGroupName(OpenApi.ApiDocuments.Staff).WithTags("Review");

        review.MapGet("/", async (string? view, ClaimsPrincipal user, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            var which = QueueView.Open;
            if (!string.IsNullOrWhiteSpace(view) && !KebabCase.TryParse(view, out which))
            {
                return ErrorResults.Problem(Error.Invalid("review.view-invalid", $"view must be one of {KebabCase.AllowedValues<QueueView>()}.", "view"));
            }

            return Results.Ok(new ReviewQueueView(await queries.QueueAsync(RequestActors.Of(user), which, cancellationToken)));
        }).RequireAuthorization(Policies.Requests).WithName("ReviewQueue")
            .WithSummary("The review queue: open requests, soonest deadline first")
            .WithDescription("`view`: `open` (default), `needs-action` or `all`. Regional staff see only what they took in.")
            .Produces<ReviewQueueView>();

        review.MapGet("/{id}", async (string id, ClaimsPrincipal user, ReviewQueries queries, CancellationToken cancellationToken) =>
        {
            var found = await queries.GetAsync(id, RequestActors.Of(user), cancellationToken);
            return found is null ? ErrorResults.Problem(RequestErrors.NotFound(id)) : Results.Ok(ReviewRequestView.From(found));
        }).RequireAuthorization(Policies.Requests).WithName("ReviewRequest")
            .WithSummary("A request as reviewers decide it")
            .WithDescription("Status, scrutiny result, targets with their reach, every item (target × category) with the approvals it needs and has, whether production may be ordered and what blocks it, the votes and decisions, the production (id, manifest SHA-256, released, downloaded), the customer notices (status, scheduled date, reason when withheld), the emergency's confirmation and follow-up, the preservation.")
            .Produces<ReviewRequestView>();

        review.MapPost("/{id}/start-review", async (string id, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
        {
            var started = await decisions.StartReviewAsync(id, RequestActors.Of(user), cancellationToken);
            return started.IsSuccess ? Results.Ok(new { id, status = started.Value }) : ErrorResults.Problem(started.Errors);
        }).RequireAuthorization(Policies.Staff).WithName("StartReview")
            .WithSummary("Start review of a request whose agency has been verified out of band")
            .WithDescription("The request is scrutinised again with what the registry now knows and moves to under review.");

        review.MapPost("/{id}/votes", async (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
        {
            var body = await JsonBodies.ReadAsync<VoteBody>(http, cancellationToken);
            if (!body.IsSuccess)
            {
                return ErrorResults.Problem(body.Errors);
            }

            var input = VoteBodies.Read(body.Value);
            if (!input.IsSuccess)
            {
                return ErrorResults.Problem(input.Errors);
            }

            var cast = await decisions.VoteAsync(id, RequestActors.Of(user), input.Value, cancellationToken);
            return cast.IsSuccess
                ? Results.Created($"/api/v1/review/requests/{Uri.EscapeDataString(id)}", VoteCastView.From(cast.Value))
                : ErrorResults.Problem(cast.Errors);
        }).RequireAuthorization(Policies.Staff).WithName("CastVote")
            .WithSummary("Vote to produce or withhold items of a request under review")
            .WithDescription("`items[].target` is the 0-based index in the request's targets; `dateRange` is optional (the request's by default) and never wider than the request's. A `rationale` is always required; a `justification` when producing goes against the engine's recommendation. Regional staff, the person who took the request in, and anyone without a reviewer role are refused (`decision.regional-staff`, `decision.own-intake`, `decision.not-a-reviewer`); one person counts once on an item whatever roles they hold. Every vote and every refusal is a ledger event.")
            .Accepts<VoteBody>("application/json").Produces<VoteCastView>(StatusCodes.Status201Created);

        review.MapPost("/{id}/produce", async (string id, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
        {
            var produced = await decisions.ProduceAsync(id, RequestActors.Of(user), cancellationToken);
            return produced.IsSuccess
                ? Results.Accepted($"/api/v1/review/requests/{Uri.EscapeDataString(id)}", ProductionApiView.From(produced.Value))
                : ErrorResults.Problem(produced.Errors);
        }).RequireAuthorization(Policies.Staff).WithName("Produce")
            .WithSummary("Order the production of what the quorum approved")
            .WithDescription("Allowed only when every item has its quorum or is withheld and at least one is produced (`decision.quorum-incomplete`, `decision.nothing-to-produce`), and the agency has a registered certificate (`production.no-certificate`). Answers 202 with the production: the package is built now, its `production.created` event commits to the manifest's SHA-256, and it is encrypted to the agency and released only once that event is in a signed checkpoint; the request becomes `produced` then. Customer notices are decided at the same time.")
            .Produces<ProductionApiView>(StatusCodes.Status202Accepted);

        review.MapPost("/{id}/refuse", (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<RationaleBody>(http, async body => Taken(await decisions.RefuseAsync(id, RequestActors.Of(user), body?.Rationale, cancellationToken)), cancellationToken))
            .Accepts<RationaleBody>("application/json")
            .RequireAuthorization(Policies.Staff).WithName("RefuseRequest")
            .WithSummary("Refuse the request as a whole, with the written rationale").Produces<DecisionTakenView>();

        review.MapPost("/{id}/push-back", (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<MessageBody>(http, async body => Taken(await decisions.PushBackAsync(id, RequestActors.Of(user), body?.Message, cancellationToken)), cancellationToken))
            .Accepts<MessageBody>("application/json")
            .RequireAuthorization(Policies.Staff).WithName("PushBack")
            .WithSummary("Push the request back to the agency: it must change or explain before review goes on").Produces<DecisionTakenView>();

        review.MapPost("/{id}/preserve", (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<RationaleBody>(http, async body => Taken(await decisions.PreserveAsync(id, RequestActors.Of(user), body?.Rationale, cancellationToken)), cancellationToken))
            .Accepts<RationaleBody>("application/json")
            .RequireAuthorization(Policies.Staff).WithName("Preserve")
            .WithSummary("Preserve the targets' data without producing it")
            .WithDescription("Freezes a hashed snapshot of the targets' existing data for the policy's period (18 U.S.C. 2703(f): 90 days, renewable once; e-Evidence: 60 days, extendable by 30). It is released by itself at expiry unless formal process arrives, in which case the production draws on the snapshot.")
            .Produces<DecisionTakenView>();

        review.MapPost("/{id}/emergency-call", async (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
        {
            var read = await JsonBodies.ReadAsync<EmergencyCallBody>(http, cancellationToken);
            if (!read.IsSuccess)
            {
                return ErrorResults.Problem(read.Errors);
            }

            var body = read.Value;
            // An incomplete call is refused by the use case after the access checks, so that a refused attempt is ledgered either way.
            var call = body is { CalledAt: { } calledAt, Confirmed: { } confirmed }
                ? new EmergencyCall(body.Number, calledAt, confirmed ? CallOutcome.Confirmed : CallOutcome.Denied, body.Statement)
                : null;
            var recorded = await decisions.RecordEmergencyCallAsync(id, RequestActors.Of(user), call, cancellationToken);
            return recorded.IsSuccess ? Results.Ok(recorded.Value) : ErrorResults.Problem(recorded.Errors);
        }).RequireAuthorization(Policies.Staff).WithName("RecordEmergencyCall")
            .WithSummary("Record the out-of-band call that confirms an emergency request")
            .WithDescription("Only the agency's number as the registry publishes it counts, never one given in the request (`emergency.number-from-request`). An emergency produces nothing until this is recorded.")
            .Accepts<EmergencyCallBody>("application/json").Produces<EmergencyConfirmation>();

        review.MapPost("/{id}/end-emergency", (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<RationaleBody>(http, async body => Taken(await decisions.EndEmergencyAsync(id, RequestActors.Of(user), body?.Rationale, cancellationToken)), cancellationToken))
            .Accepts<RationaleBody>("application/json")
            .RequireAuthorization(Policies.Staff).WithName("EndEmergency")
            .WithSummary("Mark the emergency over, so that notice to its customers may go").Produces<DecisionTakenView>();

        review.MapPost("/{id}/lift-non-disclosure", (string id, HttpRequest http, ClaimsPrincipal user, RequestDecisions decisions, CancellationToken cancellationToken) =>
            JsonBodies.WithBodyAsync<RationaleBody>(http, async body => Taken(await decisions.LiftNonDisclosureAsync(id, RequestActors.Of(user), body?.Rationale, cancellationToken)), cancellationToken))
            .Accepts<RationaleBody>("application/json")
            .RequireAuthorization(Policies.Staff).WithName("LiftNonDisclosure")
            .WithSummary("Record that the request's non-disclosure order or tipping-off prohibition no longer binds (lifted or withdrawn early)")
            .WithDescription("A legal reviewer's act (`notice.lift-needs-legal-reviewer`), with the rationale that says how they know. The customers' notices become due and go with the next notice run; the request's sealed ledger entries are unsealed by the next seal run. Refused when the request has no order (`notice.no-order`) or it was lifted before (`notice.order-already-lifted`).")
            .Produces<DecisionTakenView>();

        review.MapPost("/{id}/notice-review", async (string id, HttpRequest http, ClaimsPrincipal user, CustomerNotices notices, CancellationToken cancellationToken) =>
        {
            var body = await JsonBodies.ReadAsync<RationaleBody>(http, cancellationToken);
            if (!body.IsSuccess)
            {
                return ErrorResults.Problem(body.Errors);
            }

            var reviewed = await notices.RecordLegalReviewAsync(id, RequestActors.Of(user), body.Value?.Rationale, cancellationToken);
            return reviewed.IsSuccess ? Results.Ok(new { id, reviewed = reviewed.Value }) : ErrorResults.Problem(reviewed.Errors);
        }).RequireAuthorization(Policies.Staff).WithName("RecordNoticeReview")
            .WithSummary("Record the legal review of a non-disclosure order without an end date (due every 180 days)")
            .Accepts<RationaleBody>("application/json");

        return app;
    }

    /// <summary>Reads the JSON body and goes on with it; a body that cannot be read is answered with its problem.</summary>
    private static IResult Taken(Result<DecisionTaken> taken) =>
        taken.IsSuccess ? Results.Ok(new DecisionTakenView(taken.Value.Decision, taken.Value.Status)) : ErrorResults.Problem(taken.Errors);
}
