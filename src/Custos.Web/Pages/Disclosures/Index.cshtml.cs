using System.Text;
using Custos.Application.Proofs;
using Custos.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Custos.Web.Pages.Disclosures;

/// <summary>
/// The customer's page (docs/proofs.md): anyone holding a disclosure key — typed in, or carried by the platform's
/// short-lived signed link (<c>?token=…</c>) — sees what the records say was disclosed about that key, or that nothing
/// was, up to a signed checkpoint, and can download the proof file to check it offline with <c>custos proof verify</c>.
/// Anonymous by design and never ledgered (see <see cref="CustomerDisclosures"/>); the key travels in POST bodies, never
/// in an address, and no answer is cached.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(CustomerDisclosures disclosures, CustomerLinks links) : CustosPageModel
{
    /// <summary>The key as typed.</summary>
    [BindProperty] public string? Key { get; set; }

    /// <summary>The platform's signed link, if the customer came through it.</summary>
    [BindProperty(SupportsGet = true)] public string? Token { get; set; }

    /// <summary>What the records say about the key, once looked up.</summary>
    public DisclosureLookup? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        if (Token is not null)
        {
            var key = links.Read(Token);
            await ShowAsync(key, cancellationToken);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        await ShowAsync(KeyOf(), cancellationToken);
    }

    /// <summary>The proof file of the key, as a download.</summary>
    public async Task<IActionResult> OnPostProofAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var key = KeyOf();
        var file = key.IsSuccess ? await disclosures.ProofFileAsync(key.Value, cancellationToken) : Result<string>.Failure(key.Errors);
        if (!file.IsSuccess)
        {
            ShowErrors(file.Errors);
            return Page();
        }

        return File(Encoding.UTF8.GetBytes(file.Value), "application/json", $"custos-disclosure-proof-{key.Value[..8]}.json");
    }

    private Result<string> KeyOf() => DisclosureKeys.Normalise(Key) is { } key
        ? key
        : Error.Invalid("proof.key-invalid", "Enter your disclosure key: 32 characters, the digits 0–9 and the letters a–f.", nameof(Key));

    private async Task ShowAsync(Result<string> key, CancellationToken cancellationToken)
    {
        var lookup = key.IsSuccess ? await disclosures.LookupAsync(key.Value, cancellationToken) : Result<DisclosureLookup>.Failure(key.Errors);
        if (!lookup.IsSuccess)
        {
            ShowErrors(lookup.Errors);
            return;
        }

        Result = lookup.Value;
        Key = lookup.Value.Key;
    }
}
