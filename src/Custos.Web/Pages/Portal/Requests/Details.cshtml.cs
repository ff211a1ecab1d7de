using Custos.Application.Production;
using Custos.Application.Requests;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal.Requests;

/// <summary>One of the agency's requests: status, what is missing, documents, questions and answers.</summary>
[Authorize(Policy = Policies.Agency)]
[RequestSizeLimit(Api.RequestApiEndpoints.MaxSubmissionBytes)]
public sealed class DetailsModel(RequestQueries queries, RequestWorkflow workflow, PackageDownloads downloads, TimeProvider clock) : CustosPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = string.Empty;

    public RequestDetails? Details { get; private set; }

    /// <summary>The request's production, if there is one.</summary>
    public ProductionView? Production { get; private set; }

    /// <summary>Whether the package can be downloaded now (released, not yet downloaded, the link still valid).</summary>
    public bool Downloadable => Production?.Downloadable(clock.GetUtcNow()) == true;

    [TempData]
    public string? Done { get; set; }

    public bool Open => Details is not null && !RequestLifecycle.IsTerminal(Details.Status);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDocumentAsync(string document, CancellationToken cancellationToken)
    {
        var stored = await queries.GetDocumentAsync(Id, document, User.Agency()!, cancellationToken);
        return stored is null ? NotFound() : File(stored.Content, stored.MediaType, stored.Name);
    }

    /// <summary>The receipt of the request as a text file the officer can keep: what was received, when, and each document's SHA-256.</summary>
    public async Task<IActionResult> OnGetReceiptAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return File(System.Text.Encoding.UTF8.GetBytes(PortalText.Receipt(Details!)), "text/plain; charset=utf-8", $"custos-receipt-{Id}.txt");
    }

    /// <summary>The production package, once (the same use case as the API's download; every attempt after release is ledgered).</summary>
    public async Task<IActionResult> OnGetPackageAsync(CancellationToken cancellationToken)
    {
        var result = await downloads.DownloadAsync(Id, User.Agency()!, RequestActors.Of(User), cancellationToken);
        if (result.IsSuccess)
        {
            return File(result.Value.Bytes, PackageFormat.MediaType, result.Value.FileName);
        }

        ShowErrors(result.Errors);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string? body, CancellationToken cancellationToken)
    {
        var result = await workflow.AnswerAsync(Id, User.Agency()!, RequestActors.Of(User), body ?? string.Empty, cancellationToken);
        return await AfterAsync(result.IsSuccess, result.Errors, "Your message was sent.", cancellationToken);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? document, CancellationToken cancellationToken)
    {
        if (document is null)
        {
            return await AfterAsync(false, [Error.Invalid("request.document-missing", "Choose a file.", "document")], string.Empty, cancellationToken);
        }

        var upload = await Api.RequestApiEndpoints.ToUploadAsync(document, cancellationToken);
        var result = await workflow.AddDocumentAsync(Id, User.Agency()!, RequestActors.Of(User), upload, cancellationToken);
        return await AfterAsync(result.IsSuccess, result.Errors, $"{upload.Name} was added.", cancellationToken);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string? reason, CancellationToken cancellationToken)
    {
        var result = await workflow.WithdrawAsync(Id, User.Agency()!, RequestActors.Of(User), reason, cancellationToken);
        return await AfterAsync(result.IsSuccess, result.Errors, "The request was withdrawn.", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(bool succeeded, IReadOnlyList<Error> errors, string done, CancellationToken cancellationToken)
    {
        if (succeeded)
        {
            Done = done;
            return RedirectToPage(new { Id });
        }

        ShowErrors(errors);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Details = await queries.GetForAgencyAsync(Id, User.Agency()!, cancellationToken);
        Production = Details is null ? null : await downloads.ForAgencyAsync(Id, User.Agency()!, cancellationToken);
        return Details is not null;
    }
}
