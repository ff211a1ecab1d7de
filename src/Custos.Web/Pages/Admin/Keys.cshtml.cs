using Custos.Application.Access;
using Custos.Application.Staff;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Admin;

/// <summary>
/// The API keys that act as members of staff, for administrators: every key with whom it acts as and whether it still
/// works; creating one (shown once) and revoking one, each through its use case and ledgered. Agency keys live on
/// their agency's page.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class KeysModel(ApiKeys keys, StaffAccounts staff, TimeProvider clock) : CustosPageModel
{
    /// <summary>Now, to tell an active key from an expired one.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The staff keys, newest first.</summary>
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>Every member of staff (to name a key's owner, and to choose one for a new key).</summary>
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>A key just created: shown this once.</summary>
    public string? CreatedKey { get; private set; }

    /// <summary>What the last change did, for people.</summary>
    public string? Message { get; private set; }

    [BindProperty] public string? KeyName { get; set; }
    [BindProperty] public string? KeyOwner { get; set; }
    [BindProperty] public string? KeyId { get; set; }

    /// <summary>The username of the member of staff with id <paramref name="userId"/>.</summary>
    public string OwnerName(string? userId) => Staff.FirstOrDefault(s => string.Equals(s.Id, userId, StringComparison.Ordinal))?.Username ?? userId ?? "—";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await keys.CreateAsync(KeyName ?? string.Empty, string.IsNullOrEmpty(KeyOwner) ? null : KeyOwner, null, null, RequestActors.Of(User), cancellationToken);
        ShowErrors(result.Errors);
        if (result.IsSuccess)
        {
            CreatedKey = result.Value.Key;
            Message = $"API key “{result.Value.Record.Name}” created.";
            KeyName = null;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        var actor = RequestActors.Of(User);
        // Only a staff key can be revoked here; an agency's keys are revoked on its page.
        var listed = await keys.ListStaffKeysAsync(actor, cancellationToken: cancellationToken);
        var key = listed.IsSuccess ? listed.Value.FirstOrDefault(k => string.Equals(k.Id, KeyId, StringComparison.Ordinal)) : null;
        var result = !listed.IsSuccess ? Result<ApiKeyInfo>.Failure(listed.Errors)
            : key is null ? Error.NotFound("apikeys.not-found", $"No staff API key has id '{KeyId}'.")
            : await keys.RevokeAsync(key.Id, actor, cancellationToken);
        ShowErrors(result.Errors);
        Message = result.IsSuccess ? $"API key “{result.Value.Name}” is revoked." : null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await staff.ListAsync(cancellationToken);
        var listed = await keys.ListStaffKeysAsync(RequestActors.Of(User), cancellationToken: cancellationToken);
        Keys = listed.IsSuccess ? listed.Value : [];
    }
}
