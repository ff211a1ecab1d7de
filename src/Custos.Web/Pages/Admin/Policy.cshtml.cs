using System.Text;
using Custos.Application.Common;
using Custos.Application.Policy;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Custos.Web.Pages.Admin;

/// <summary>
/// The scrutiny policy in force, every version installed (each downloadable as installed), and for administrators a
/// form to install a new version. Administrators, auditors and reviewers may look; only administrators may install.
/// </summary>
[Authorize(Policy = Policies.PolicyReaders)]
public sealed class PolicyModel(PolicyStore store, StaffAccounts staff, IAuthorizationService authorization) : CustosPageModel
{
    public ActivePolicy? Active { get; private set; }
    public PolicyVersionInfo? ActiveInfo { get; private set; }
    public IReadOnlyList<PolicyVersionInfo> History { get; private set; } = [];
    public bool CanInstall { get; private set; }

    /// <summary>The version just installed (after the redirect that follows an install).</summary>
    [BindProperty(SupportsGet = true)] public string? Installed { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Yaml { get; set; }

    private Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>A version's YAML exactly as installed.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? version, CancellationToken cancellationToken)
    {
        var record = version is null ? null : await store.GetAsync(version, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(record.Content), "text/yaml; charset=utf-8", record.Version + ".yaml");
    }

    public async Task<IActionResult> OnPostInstallAsync(CancellationToken cancellationToken)
    {
        // Viewing is open to auditors and reviewers; installing is for administrators only (checked here, per action).
        if (!(await authorization.AuthorizeAsync(User, Policies.Administration)).Succeeded)
        {
            return Forbid();
        }

        var content = await ContentAsync(cancellationToken);
        var result = content.IsSuccess
            ? await store.InstallAsync(content.Value, RequestActors.Of(User), cancellationToken)
            : Result<PolicyVersionInfo>.Failure(content.Errors);
        if (result.IsSuccess)
        {
            return RedirectToPage(new { installed = result.Value.Version });
        }

        ShowErrors(result.Errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>Who an actor id is, for people: a username for staff.</summary>
    public string Who(string? actor) => actor switch
    {
        null => "—",
        "system" => "Custos (shipped default)",
        "cli" => "command line",
        _ when actor.StartsWith("staff:", StringComparison.Ordinal) && _names.TryGetValue(actor["staff:".Length..], out var name) => name,
        _ => actor,
    };

    private async Task<Result<string>> ContentAsync(CancellationToken cancellationToken)
    {
        if (Upload is { Length: > 0 })
        {
            await using var stream = Upload.OpenReadStream();
            return await PolicyFiles.ReadAsync(stream, cancellationToken);
        }

        return string.IsNullOrWhiteSpace(Yaml) ? PolicyErrors.Empty() : Yaml;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Active = await store.GetActiveAsync(cancellationToken);
        History = await store.HistoryAsync(cancellationToken);
        ActiveInfo = History.FirstOrDefault(v => v.IsActive);
        CanInstall = (await authorization.AuthorizeAsync(User, Policies.Administration)).Succeeded;
        _names = (await staff.ListAsync(cancellationToken)).ToDictionary(m => m.Id, m => m.Username, StringComparer.Ordinal);
    }
}
