using Custos.Application.SignIn;
using Custos.Application.Staff;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Admin;

/// <summary>
/// Administrators see every staff account and the ones locked now, and add members of staff here; each account's own
/// page (<see cref="UserDetailsModel"/>) changes it, and API keys have theirs (<see cref="KeysModel"/>).
/// </summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UsersModel(StaffAccounts staff, TimeProvider clock) : CustosPageModel
{
    /// <summary>Now, to tell a lockout in force from a past one.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    /// <summary>The accounts locked now after repeated failed sign-ins, soonest unlocked first.</summary>
    public IReadOnlyList<LockedAccount> Locked { get; private set; } = [];

    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await staff.CreateAsync(
            new NewStaffMember(Username ?? string.Empty, DisplayName ?? string.Empty, Email, Region ?? string.Empty, Roles, Password ?? string.Empty),
            RequestActors.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            ShowErrors(result.Errors);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("/Admin/UserDetails", new { username = result.Value.Username });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Staff = await staff.ListAsync(cancellationToken);
        Locked = await staff.ListLockedAsync(cancellationToken);
    }
}
