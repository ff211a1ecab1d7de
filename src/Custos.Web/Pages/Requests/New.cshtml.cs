using System.Globalization;
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

namespace Custos.Web.Pages.Requests;

/// <summary>
/// An intake analyst enters a paper order (post, e-mail, delivered in person) or records an informal approach (a
/// meeting, a call, a message to an employee). Both go through the same intake as portal and API requests.
/// </summary>
[Authorize(Policy = Policies.Intake)]
[RequestSizeLimit(Api.RequestApiEndpoints.MaxSubmissionBytes)]
public sealed class NewModel(RequestIntake intake, Application.Agencies.AgencyRegistry registry, TimeProvider clock) : CustosPageModel
{
    [BindProperty]
    public RequestFormInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Informal { get; set; }

    /// <summary>For an informal approach: what happened, who approached whom, where, what was asked.</summary>
    [BindProperty]
    public string? Note { get; set; }

    public IReadOnlyList<(string Id, string Name)> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Channel = Informal ? "in-person" : "post";
        Input.ReceivedAt = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        Input.OfferRows();
        await LoadAgenciesAsync(cancellationToken);
    }

    /// <summary>Shows the form again, as typed, with more empty target and designation rows.</summary>
    public async Task<IActionResult> OnPostRowsAsync(CancellationToken cancellationToken)
    {
        Input.OfferRows(extra: 3);
        await LoadAgenciesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile>? documents, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (!DateTime.TryParseExact(Input.ReceivedAt, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var received))
        {
            errors.Add(Error.Invalid("form.date-invalid", "Give the date and time the request was received.", nameof(RequestFormInput.ReceivedAt)));
        }

        if (!KebabCase.TryParse<RequestChannel>(Input.Channel, out var channel))
        {
            errors.Add(Error.Invalid("form.choice-invalid", "Choose how the request came.", nameof(RequestFormInput.Channel)));
        }

        var request = Input.ToRequest(new DateTimeOffset(received, TimeSpan.Zero), channel);
        errors.AddRange(request.Errors);
        if (errors.Count > 0)
        {
            return await ShowAsync(errors, cancellationToken);
        }

        var uploads = await Api.RequestApiEndpoints.ToUploadsAsync(documents, cancellationToken);
        var result = await intake.SubmitAsync(new IntakeSubmission
        {
            Request = request.Value,
            Source = IntakeSource.Analyst,
            Actor = RequestActors.Of(User),
            AgencyId = string.IsNullOrWhiteSpace(Input.AgencyId) ? null : Input.AgencyId,
            Documents = uploads,
            Informal = Informal,
            Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(),
        }, cancellationToken);
        return result.IsSuccess ? Redirect("/requests/" + result.Value.RequestId) : await ShowAsync(result.Errors, cancellationToken);
    }

    public RequestFormView Form => new(Input, Analyst: true, Errors, Agencies);

    private async Task<IActionResult> ShowAsync(IReadOnlyList<Error> errors, CancellationToken cancellationToken)
    {
        ShowErrors(errors);
        Input.OfferRows();
        await LoadAgenciesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAgenciesAsync(CancellationToken cancellationToken)
    {
        var agencies = await registry.ListAsync(cancellationToken: cancellationToken);
        Agencies = agencies.Select(a => (a.Id, $"{a.Name} ({a.Country})")).ToArray();
    }
}
