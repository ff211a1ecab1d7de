using Custos.Application.Access;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Admin;

/// <summary>
/// One member of staff, for administrators: their roles, region, state and second factor, their API keys, and the
/// changes an administrator makes — roles, region, disable and enable, unlock, reset the second factor, revoke a key.
/// Each goes through its use case, which checks the access rules and the lock-out rules and ledgers the change or the
/// refusal; a refused or invalid change is shown here and changes nothing.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UserDetailsModel(StaffAccounts staff, ApiKeys keys, TimeProvider clock) : CustosPageModel
{
    /// <summary>Now, to tell a lockout in force from a past one and an active key from an expired one.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public StaffMember Member { get; private set; } = null!;

    /// <summary>The keys that act as this member of staff, newest first.</summary>
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>Whether the administrator is looking at their own account (they may not take their own powers away).</summary>
    public bool IsSelf { get; private set; }

    /// <summary>What the last change did, for people.</summary>
    public string? Message { get; private set; }

    /// <summary>The roles in the form: as submitted after a refused change, else as stored.</summary>
    [BindProperty] public List<string> Roles { get; set; } = [];

    /// <summary>The region in the form: as submitted after a refused change, else as stored.</summary>
    [BindProperty] public string? Region { get; set; }

    [BindProperty] public string? KeyId { get; set; }

    public async Task<IActionResult> OnGetAsync(string username, CancellationToken cancellationToken) =>
        await LoadAsync(username, keep: null, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.SetRolesAsync(username, Roles, actor, cancellationToken),
            m => $"{m.Username} now holds: {string.Join(", ", m.Roles.Select(StaffRole.Title))}. Their sessions have ended."), cancellationToken, nameof(Roles));

    public Task<IActionResult> OnPostRegionAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.SetRegionAsync(username, Region ?? string.Empty, actor, cancellationToken),
            m => $"{m.Username} now works in region {m.Region}{(m.IsRegional ? " (regional staff: they take requests in and nothing more)" : string.Empty)}. Their sessions have ended."),
        cancellationToken, nameof(Region));

    public Task<IActionResult> OnPostDisableAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.DisableAsync(username, actor, cancellationToken),
            m => $"{m.Username} is disabled: they cannot sign in, their sessions have ended and their API keys are revoked."), cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.EnableAsync(username, actor, cancellationToken),
            m => $"{m.Username} is enabled and can sign in again. API keys revoked when the account was disabled stay revoked."), cancellationToken);

    public Task<IActionResult> OnPostUnlockAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.UnlockAsync(username, actor, cancellationToken), m => $"{m.Username} is unlocked and may try to sign in again."), cancellationToken);

    public Task<IActionResult> OnPostResetSecondFactorAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
        Done(await staff.ResetSecondFactorAsync(username, actor, cancellationToken),
            m => $"{m.Username} has no second factor now and their sessions have ended" +
                (m.SecondFactorRequired && !m.SecondFactorExempt ? "; they enrol a new one at their next sign-in." : ".")), cancellationToken);

    public Task<IActionResult> OnPostRevokeKeyAsync(string username, CancellationToken cancellationToken) => ChangeAsync(username, async actor =>
    {
        // Only a key that acts as this member of staff can be revoked from their page.
        var owned = await keys.ListStaffKeysAsync(actor, Member.Id, cancellationToken);
        if (!owned.IsSuccess)
        {
            return (owned.Errors, null);
        }

        var key = owned.Value.FirstOrDefault(k => string.Equals(k.Id, KeyId, StringComparison.Ordinal));
        if (key is null)
        {
            return ([Error.NotFound("apikeys.not-found", $"{Member.Username} has no API key '{KeyId}'.")], null);
        }

        var revoked = await keys.RevokeAsync(key.Id, actor, cancellationToken);
        return (revoked.Errors, revoked.IsSuccess ? $"API key “{key.Name}” is revoked." : null);
    }, cancellationToken);

    private static (IReadOnlyList<Error> Errors, string? Message) Done(Result<StaffMember> result, Func<StaffMember, string> message) =>
        (result.Errors, result.IsSuccess ? message(result.Value) : null);

    /// <summary>
    /// Makes the change as the signed-in administrator and shows the page with its outcome; after a refusal the field of
    /// the form that was sent (<paramref name="form"/>) keeps what was typed, to be corrected.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        string username, Func<Actor, Task<(IReadOnlyList<Error> Errors, string? Message)>> change, CancellationToken cancellationToken, string? form = null)
    {
        var found = await staff.GetAsync(username, RequestActors.Of(User), cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error.Kind == ErrorKind.NotFound ? NotFound() : Forbid();
        }

        Member = found.Value;
        var (errors, message) = await change(RequestActors.Of(User));
        ShowErrors(errors);
        Message = message;
        await LoadAsync(username, errors.Count > 0 ? form : null, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string username, string? keep, CancellationToken cancellationToken)
    {
        var actor = RequestActors.Of(User);
        var found = await staff.GetAsync(username, actor, cancellationToken);
        if (!found.IsSuccess)
        {
            return false;
        }

        Member = found.Value;
        IsSelf = string.Equals(actor.Id, Actor.Staff(Member.Id).Id, StringComparison.Ordinal);
        var owned = await keys.ListStaffKeysAsync(actor, Member.Id, cancellationToken);
        Keys = owned.IsSuccess ? owned.Value : [];
        if (!string.Equals(keep, nameof(Roles), StringComparison.Ordinal))
        {
            Roles = [.. Member.Roles];
        }

        if (!string.Equals(keep, nameof(Region), StringComparison.Ordinal))
        {
            Region = Member.Region;
        }

        return true;
    }
}
