using System.Globalization;
using Custos.Application.Ledger;
using Custos.Application.Production;
using Custos.Application.Requests;
using Custos.Application.Review;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Requests;

/// <summary>
/// One request for reviewers: scrutiny report, targets and reach, documents, messages, its ledger timeline, and the
/// decision — items with their quorum, votes, production, customer notices, emergency and preservation — with the forms
/// that act on it through the same use cases as the staff API (which refuse and ledger whoever may not act).
/// </summary>
[Authorize(Policy = Policies.Requests)]
public sealed class DetailsModel(
    RequestQueries requests, ReviewQueries reviews, RequestWorkflow workflow, RequestDecisions decisions, CustomerNotices notices,
    PreservationExpiry preservations, LedgerReader ledger, IntakeOptions intake, Application.Common.ActorNames names) : CustosPageModel
{
    /// <summary>The page area whose errors are shown: the top of the page, or the decision section (<c>decision-errors</c>).</summary>
    public const string DecisionArea = "decision";

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    /// <summary>The request as reviewers decide it.</summary>
    public ReviewView? Review { get; private set; }

    public RequestDetails? Details => Review?.Details;

    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>The timeline's actors by name, for the timeline partial.</summary>
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary TimelineNames { get; private set; } = null!;

    /// <summary>The country where the platform answering demands is established; scrutiny depends on it.</summary>
    public string ProviderCountry => intake.ProviderCountry;

    [TempData]
    public string? Done { get; set; }

    /// <summary>Where the last action's errors belong (null: the top of the page).</summary>
    public string? ErrorArea { get; private set; }

    /// <summary>Whether the signed-in person may start review or record a failed verification (and an emergency's call).</summary>
    public bool MayVerify => User.May(StaffAction.VerifyRequester);

    /// <summary>Whether they may ask the agency a question.</summary>
    public bool MayAsk => User.May(StaffAction.AskClarification);

    /// <summary>Whether they may write a routine message to the agency.</summary>
    public bool MayMessage => User.May(StaffAction.MessageAgency);

    /// <summary>Whether they may close the request.</summary>
    public bool MayClose => User.May(StaffAction.CloseRequest);

    /// <summary>
    /// Whether they hold a reviewer role, so the decision forms are for them. Only a hint: the decision rules still refuse
    /// regional staff, the person who took the request in, and anyone else they must, and ledger the refusal.
    /// </summary>
    public bool MayDecide => RequestActors.TryOf(User) is { } actor && StaffRole.Reviewers.Any(actor.Holds);

    /// <summary>What was posted to <paramref name="handler"/>'s form field <paramref name="field"/>, to show again after an error.</summary>
    public string? Kept(string handler, string field) =>
        Request.HasFormContentType && string.Equals(Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase)
            ? Request.Form[field].ToString() : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(string document, CancellationToken cancellationToken)
    {
        var stored = await requests.GetDocumentAsync(Id, document, RequestActors.Of(User), cancellationToken);
        return stored is null ? NotFound() : File(stored.Content, stored.MediaType, stored.Name);
    }

    public Task<IActionResult> OnPostStartReviewAsync(CancellationToken cancellationToken) =>
        ActAsync(() => workflow.StartReviewAsync(Id, RequestActors.Of(User), cancellationToken), _ => "Review started.", null, cancellationToken);

    public Task<IActionResult> OnPostFailVerificationAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.FailVerificationAsync(Id, RequestActors.Of(User), reason ?? string.Empty, cancellationToken), _ => "Closed: verification failed.", null, cancellationToken);

    public Task<IActionResult> OnPostAskAsync(string? question, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.AskClarificationAsync(Id, RequestActors.Of(User), question ?? string.Empty, cancellationToken), _ => "Question sent to the agency.", null, cancellationToken);

    public Task<IActionResult> OnPostMessageAsync(string? message, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.MessageAgencyAsync(Id, RequestActors.Of(User), message ?? string.Empty, cancellationToken), _ => "Message sent to the agency.", null, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.CloseAsync(Id, RequestActors.Of(User), reason ?? string.Empty, cancellationToken), _ => "Request closed.", null, cancellationToken);

    public Task<IActionResult> OnPostVoteAsync(CancellationToken cancellationToken) =>
        ActAsync(async () =>
        {
            var input = VoteForm.Read(Request.Form.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value.ToString())));
            return input.IsSuccess
                ? await decisions.VoteAsync(Id, RequestActors.Of(User), input.Value, cancellationToken)
                : Result<VoteCast>.Failure(input.Errors);
        }, cast => cast.Readiness.IsReady ? "Vote recorded. Every item has its quorum or is withheld: production may be ordered." : "Vote recorded.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostProduceAsync(CancellationToken cancellationToken) =>
        ActAsync(() => decisions.ProduceAsync(Id, RequestActors.Of(User), cancellationToken),
            p => $"Production {p.Id} ordered. The package is released to the agency once its event is in a signed checkpoint.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostRefuseAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => decisions.RefuseAsync(Id, RequestActors.Of(User), rationale, cancellationToken), _ => "Request refused.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostPushBackAsync(string? message, CancellationToken cancellationToken) =>
        ActAsync(() => decisions.PushBackAsync(Id, RequestActors.Of(User), message, cancellationToken), _ => "Pushed back to the agency.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostPreserveAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => decisions.PreserveAsync(Id, RequestActors.Of(User), rationale, cancellationToken), _ => "The targets' data is preserved.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostEmergencyCallAsync(string? number, string? calledAt, string? outcome, string? statement, CancellationToken cancellationToken)
    {
        // A call the form cannot read (no time, no outcome) goes to the use case as null: it is refused as incomplete after
        // the access checks, as the staff API does, so that a refused attempt is ledgered either way.
        EmergencyCall? call = null;
        if (DateTime.TryParseExact(calledAt, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at) && outcome is "confirmed" or "denied")
        {
            call = new EmergencyCall(number, new DateTimeOffset(at, TimeSpan.Zero), outcome == "confirmed" ? CallOutcome.Confirmed : CallOutcome.Denied, statement);
        }

        return ActAsync(() => decisions.RecordEmergencyCallAsync(Id, RequestActors.Of(User), call, cancellationToken),
            c => $"Call recorded: the agency {KebabCase.Format(c.Outcome)} the request.", DecisionArea, cancellationToken);
    }

    public Task<IActionResult> OnPostEndEmergencyAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => decisions.EndEmergencyAsync(Id, RequestActors.Of(User), rationale, cancellationToken), _ => "The emergency is marked over.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostLiftNonDisclosureAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => decisions.LiftNonDisclosureAsync(Id, RequestActors.Of(User), rationale, cancellationToken),
            _ => "The non-disclosure order is recorded as lifted: the customers are told and the sealed entries unsealed on the next run.", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostNoticeReviewAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => notices.RecordLegalReviewAsync(Id, RequestActors.Of(User), rationale, cancellationToken), n => $"Legal review recorded for {n} notice(s).", DecisionArea, cancellationToken);

    public Task<IActionResult> OnPostExtendAsync(string? rationale, CancellationToken cancellationToken) =>
        ActAsync(() => preservations.ExtendAsync(Id, RequestActors.Of(User), rationale, cancellationToken),
            p => string.Create(CultureInfo.InvariantCulture, $"Preservation extended: it now expires on {p.Expires:yyyy-MM-dd}."), DecisionArea, cancellationToken);

    /// <summary>
    /// Takes an action through the use case (which decides whether this person may), then shows the outcome: on success a
    /// redirect to the page with what was done; on failure the page again, with the errors and what was typed.
    /// </summary>
    private async Task<IActionResult> ActAsync<T>(Func<Task<Result<T>>> act, Func<T, string> done, string? area, CancellationToken cancellationToken)
    {
        var result = await act();
        if (result.IsSuccess)
        {
            Done = done(result.Value);
            return RedirectToPage(new { Id });
        }

        ShowErrors(result.Errors);
        ErrorArea = area;
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Review = await reviews.GetAsync(Id, RequestActors.Of(User), cancellationToken);
        if (Review is null)
        {
            return false;
        }

        Timeline = await ledger.TimelineAsync("request:" + Id, 500, cancellationToken);
        TimelineNames = new(ViewData) { ["ActorNames"] = await names.ResolveAsync(Timeline.Select(t => t.Actor), cancellationToken) };
        return true;
    }
}
