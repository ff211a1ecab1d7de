using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Admin;

/// <summary>Administrators manage staff accounts and API keys here.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class UsersModel(StaffAccounts staff, ApiKeys keys, TimeProvider clock) : CustosPageModel
{
    /// <summary>Now, to tell a lockout in force from a past one.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];
    public string? CreatedKey { get; private set; }

    [BindProperty] public string? Username { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public List<string> Roles { get; set; } = [];
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? KeyName { get; set; }
    [BindProperty] public string? KeyOwner { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Staff = await staff.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await staff.CreateAsync(
            new NewStaffMember(Username ?? string.Empty, DisplayName ?? string.Empty, Email, Region ?? string.Empty, Roles, Password ?? string.Empty),
            RequestActors.Of(User), cancellationToken);
        if (!result.IsSuccess)
        {
            ShowErrors(result.Errors);
            Staff = await staff.ListAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateKeyAsync(CancellationToken cancellationToken)
    {
        var result = await keys.CreateAsync(KeyName ?? string.Empty, KeyOwner, null, null, RequestActors.Of(User), cancellationToken);
        if (result.IsSuccess)
        {
            CreatedKey = result.Value.Key;
        }
        else
        {
            ShowErrors(result.Errors);
        }

        Staff = await staff.ListAsync(cancellationToken);
        return Page();
    }
}
