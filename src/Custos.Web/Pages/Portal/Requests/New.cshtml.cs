using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Intake;
using Custos.Domain.Requests;
using Custos.Web.Pages.Shared;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Portal.Requests;

/// <summary>An officer submits a request with its documents; the agency and officer are the signed-in ones.</summary>
[Authorize(Policy = Policies.Agency)]
[RequestSizeLimit(Api.RequestApiEndpoints.MaxSubmissionBytes)]
public sealed class NewModel(RequestIntake intake, TimeProvider clock) : CustosPageModel
{
    [BindProperty]
    public RequestFormInput Input { get; set; } = new();

    public RequestFormView Form => new(Input, Analyst: false, Errors, []);

    public void OnGet() => Input.OfferRows();

    /// <summary>Shows the form again, as typed, with more empty target and designation rows.</summary>
    public IActionResult OnPostRows()
    {
        Input.OfferRows(extra: 3);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? documents, CancellationToken cancellationToken)
    {
        var request = Input.ToRequest(clock.GetUtcNow(), RequestChannel.Portal);
        if (!request.IsSuccess)
        {
            ShowErrors(request.Errors);
            Input.OfferRows();
            return Page();
        }

        var uploads = await Api.RequestApiEndpoints.ToUploadsAsync(documents, cancellationToken);
        var result = await intake.SubmitAsync(new IntakeSubmission
        {
            Request = request.Value,
            Source = IntakeSource.Portal,
            Actor = RequestActors.Of(User),
            AgencyId = User.Agency(),
            OfficerId = User.Officer(),
            Documents = uploads,
        }, cancellationToken);
        if (!result.IsSuccess)
        {
            ShowErrors(result.Errors);
            Input.OfferRows();
            return Page();
        }

        return Redirect("/portal/requests/" + result.Value.RequestId);
    }
}
