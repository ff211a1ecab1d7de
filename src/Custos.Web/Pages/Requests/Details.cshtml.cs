using Custos.Application.Ledger;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Requests;

/// <summary>One request for reviewers: scrutiny report, targets and reach, documents, messages, and its ledger timeline.</summary>
[Authorize(Policy = Policies.Requests)]
public sealed class DetailsModel(RequestQueries queries, RequestWorkflow workflow, LedgerReader ledger, IntakeOptions intake, Application.Common.ActorNames names) : CustosPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public RequestDetails? Details { get; private set; }

    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];

    /// <summary>The timeline's actors by name, for the timeline partial.</summary>
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary TimelineNames { get; private set; } = null!;

    /// <summary>The country where the platform answering demands is established; scrutiny depends on it.</summary>
    public string ProviderCountry => intake.ProviderCountry;

    [TempData]
    public string? Done { get; set; }

    /// <summary>Whether the signed-in person may start review or record a failed verification.</summary>
    public bool MayVerify => User.May(StaffAction.VerifyRequester);

    /// <summary>Whether they may ask the agency a question.</summary>
    public bool MayAsk => User.May(StaffAction.AskClarification);

    /// <summary>Whether they may write a routine message to the agency.</summary>
    public bool MayMessage => User.May(StaffAction.MessageAgency);

    /// <summary>Whether they may close the request.</summary>
    public bool MayClose => User.May(StaffAction.CloseRequest);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(string document, CancellationToken cancellationToken)
    {
        var stored = await queries.GetDocumentAsync(Id, document, RequestActors.Of(User), cancellationToken);
        return stored is null ? NotFound() : File(stored.Content, stored.MediaType, stored.Name);
    }

    public Task<IActionResult> OnPostStartReviewAsync(CancellationToken cancellationToken) =>
        ActAsync(() => workflow.StartReviewAsync(Id, RequestActors.Of(User), cancellationToken), "Review started.", cancellationToken);

    public Task<IActionResult> OnPostFailVerificationAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.FailVerificationAsync(Id, RequestActors.Of(User), reason ?? string.Empty, cancellationToken), "Closed: verification failed.", cancellationToken);

    public Task<IActionResult> OnPostAskAsync(string? question, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.AskClarificationAsync(Id, RequestActors.Of(User), question ?? string.Empty, cancellationToken), "Question sent to the agency.", cancellationToken);

    public Task<IActionResult> OnPostMessageAsync(string? message, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.MessageAgencyAsync(Id, RequestActors.Of(User), message ?? string.Empty, cancellationToken), "Message sent to the agency.", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(string? reason, CancellationToken cancellationToken) =>
        ActAsync(() => workflow.CloseAsync(Id, RequestActors.Of(User), reason ?? string.Empty, cancellationToken), "Request closed.", cancellationToken);

    /// <summary>Takes an action through the use case (which decides whether this person may), then shows the outcome.</summary>
    private async Task<IActionResult> ActAsync(Func<Task<Result<Domain.Lifecycle.RequestStatus>>> act, string done, CancellationToken cancellationToken)
    {
        var result = await act();
        if (result.IsSuccess)
        {
            Done = done;
            return RedirectToPage(new { Id });
        }

        ShowErrors(result.Errors);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Details = await queries.GetAsync(Id, RequestActors.Of(User), cancellationToken);
        if (Details is null)
        {
            return false;
        }

        Timeline = await ledger.TimelineAsync("request:" + Id, 500, cancellationToken);
        TimelineNames = new(ViewData) { ["ActorNames"] = await names.ResolveAsync(Timeline.Select(t => t.Actor), cancellationToken) };
        return true;
    }
}
