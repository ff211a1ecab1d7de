using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Agencies;

/// <summary>
/// One agency: domains, officers, verification, reputation, certificate and API keys. Everyone with the requests policy
/// reads it; changes need the agency-registry policy, checked in each handler.
/// </summary>
[Authorize(Policy = Policies.Requests)]
public sealed class DetailsModel(
    AgencyRegistry registry, OfficerAccounts officers, ApiKeys keys, TrustChanges trust, Application.Common.ActorNames names, AccessRefusals access) : CustosPageModel
{
    public RegisteredAgency Agency { get; private set; } = null!;

    /// <summary>The agency's proposed trust decisions, pending first.</summary>
    public IReadOnlyList<TrustChangeView> Proposals { get; private set; } = [];

    /// <summary>Who registered and who verified the agency, by name.</summary>
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RegisteredOfficer> Officers { get; private set; } = [];
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];
    public bool CanManage { get; private set; }

    /// <summary>What the last change did, for people.</summary>
    public string? Message { get; private set; }

    /// <summary>A key just created: shown this once.</summary>
    public string? CreatedKey { get; private set; }

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Method { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Flag { get; set; }
    [BindProperty] public string? Certificate { get; set; }
    [BindProperty] public string? KeyName { get; set; }
    [BindProperty] public string? KeyId { get; set; }
    [BindProperty] public string? OfficerId { get; set; }
    [BindProperty] public string? Domain { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostVerifyAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
    {
        if (!KebabCase.TryParse<VerificationMethod>(Method, out var method))
        {
            return ([AgencyErrors.MethodInvalid(Method)], null);
        }

        var outcome = string.Equals(Outcome, "failed", StringComparison.Ordinal) ? VerificationOutcome.Failed : VerificationOutcome.Verified;
        return Proposed(await trust.ProposeVerificationAsync(id, outcome, method, Note ?? string.Empty, Phone, actor, cancellationToken));
    }, cancellationToken, StaffAction.DecideTrust);

    public Task<IActionResult> OnPostFlagAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        Done(await registry.FlagReputationAsync(id, Flag ?? string.Empty, Note ?? string.Empty, actor, cancellationToken), $"Flag {Flag} added."), cancellationToken);

    public Task<IActionResult> OnPostClearFlagAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        Proposed(await trust.ProposeClearFlagAsync(id, Flag ?? string.Empty, Note ?? string.Empty, actor, cancellationToken)), cancellationToken);

    public Task<IActionResult> OnPostCertificateAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        Proposed(await trust.ProposeCertificateAsync(id, Certificate ?? string.Empty, actor, cancellationToken)), cancellationToken);

    /// <summary>A second person approves a proposed trust decision, which applies it.</summary>
    public Task<IActionResult> OnPostApproveAsync(string id, string? change, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
    {
        var result = await trust.ApproveAsync(change ?? string.Empty, actor, cancellationToken);
        CreatedKey = result.IsSuccess ? result.Value.CreatedKey?.Key : null;
        if (!result.IsSuccess)
        {
            return (result.Errors, null);
        }

        var activated = result.Value.ActivatedOfficerIds.Count;
        return (result.Errors, $"Approved and applied: {TrustRules.Describe(result.Value.Change.Kind).ToLowerInvariant()} ({result.Value.Change.Summary})." +
            (activated > 0 ? $" {activated} pending officer(s) activated." : string.Empty));
    }, cancellationToken);

    /// <summary>Rejects (or, for its proposer, withdraws) a proposed trust decision; nothing is applied.</summary>
    public Task<IActionResult> OnPostRejectAsync(string id, string? change, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
    {
        var result = await trust.RejectAsync(change ?? string.Empty, actor, Note ?? string.Empty, cancellationToken);
        return (result.Errors, result.IsSuccess ? "Proposal rejected: nothing was applied." : null);
    }, cancellationToken);

    public Task<IActionResult> OnPostAddDomainAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        Done(await registry.AddDomainAsync(id, Domain ?? string.Empty, actor, cancellationToken), $"Domain {Domain} added."), cancellationToken);

    public Task<IActionResult> OnPostActivateAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        await OfficerOfAgencyAsync(id, cancellationToken) is { } officer
            ? Done(await officers.ActivateAsync(officer, actor, cancellationToken), "Officer activated.")
            : ([OfficerErrors.NotFound(OfficerId ?? string.Empty)], null), cancellationToken, StaffAction.ManageAgencyAccess);

    public Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        await OfficerOfAgencyAsync(id, cancellationToken) is { } officer
            ? Done(await officers.DisableAsync(officer, actor, cancellationToken), "Officer disabled.")
            : ([OfficerErrors.NotFound(OfficerId ?? string.Empty)], null), cancellationToken, StaffAction.ManageAgencyAccess);

    public Task<IActionResult> OnPostCreateKeyAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
        Proposed(await trust.ProposeAgencyKeyAsync(id, KeyName ?? string.Empty, actor, cancellationToken)), cancellationToken);

    public Task<IActionResult> OnPostRevokeKeyAsync(string id, CancellationToken cancellationToken) => ChangeAsync(id, async actor =>
    {
        // Only a key of this agency can be revoked from its page.
        var key = (await keys.ListForAgencyAsync(id, cancellationToken)).FirstOrDefault(k => string.Equals(k.Id, KeyId, StringComparison.Ordinal));
        if (key is null)
        {
            return ([Error.NotFound("apikeys.not-found", $"The agency has no API key '{KeyId}'.")], null);
        }

        return Done(await keys.RevokeAsync(key.Id, actor, cancellationToken), "API key revoked.");
    }, cancellationToken, StaffAction.ManageAgencyAccess);

    private static (IReadOnlyList<Error> Errors, string? Message) Done<T>(Result<T> result, string message) =>
        (result.Errors, result.IsSuccess ? message : null);

    private static (IReadOnlyList<Error> Errors, string? Message) Proposed(Result<TrustChangeView> result) =>
        (result.Errors, result.IsSuccess
            ? $"Proposed: {TrustRules.Describe(result.Value.Kind).ToLowerInvariant()} takes effect once a second person of the central function approves it" +
              (result.Value.NeedsSenior ? " (senior escalation, for this agency)." : ".")
            : null);

    private async Task<string?> OfficerOfAgencyAsync(string agencyId, CancellationToken cancellationToken) =>
        await officers.GetAsync(OfficerId ?? string.Empty, cancellationToken) is { } officer && string.Equals(officer.AgencyId, agencyId, StringComparison.Ordinal)
            ? officer.Id
            : null;

    /// <summary>
    /// Makes the change through its use case (which judges who asks) and shows the page with its outcome. A handler that
    /// looks something up before calling the use case names <paramref name="first"/>, the action checked (and a refusal
    /// ledgered) before the look-up.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        string id, Func<Actor, Task<(IReadOnlyList<Error> Errors, string? Message)>> change, CancellationToken cancellationToken, StaffAction? first = null)
    {
        if (await registry.GetAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        var actor = RequestActors.Of(User);
        var refused = first is { } action ? await access.CheckAsync(actor, action, AgencyRegistry.Subject(id), cancellationToken) : null;
        var (errors, message) = refused is null ? await change(actor) : ([refused], null);
        ShowErrors(errors);
        Message = message;
        if (errors.Count == 0)
        {
            // The form is done with; its fields start empty again.
            Note = Certificate = Flag = KeyName = Domain = null;
        }

        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        var agency = await registry.GetAsync(id, cancellationToken);
        if (agency is null)
        {
            return false;
        }

        Agency = agency;
        Officers = await officers.ListAsync(id, cancellationToken);
        Keys = await keys.ListForAgencyAsync(id, cancellationToken);
        CanManage = User.May(StaffAction.DecideTrust) || User.May(StaffAction.ManageAgencyAccess);
        Proposals = await trust.ListAsync(id, cancellationToken: cancellationToken);
        People = await names.ResolveAsync(
            new[] { agency.CreatedBy, agency.VerifiedBy }.OfType<string>().Concat(Proposals.SelectMany(p => new[] { p.ProposedBy, p.DecidedBy }.OfType<string>())),
            cancellationToken);
        return true;
    }
}
