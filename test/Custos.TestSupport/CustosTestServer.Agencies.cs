using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for the agency registry and the agency portal.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>Registers an agency directly (as the command line would).</summary>
    public async Task<RegisteredAgency> CreateAgencyAsync(string name, string country, AgencyType type, params string[] domains)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().RegisterAsync(new NewAgency(name, country, type, domains), Actor.System);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>Records an out-of-band verification directly (as the command line would), with the agency's published <paramref name="phone"/> if given.</summary>
    public async Task<VerificationRecorded> RecordVerificationAsync(string agencyId, VerificationOutcome outcome = VerificationOutcome.Verified, string? phone = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AgencyRegistry>().RecordVerificationAsync(
            agencyId, outcome, VerificationMethod.PublishedPhone, "Called the number published on the agency's website.", phone, Actor.System);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>
    /// Registers an officer through the portal's form. With <paramref name="agencyName"/> the agency is described for
    /// registration (used only when the e-mail's domain is not registered yet).
    /// </summary>
    public static async Task<HttpResponseMessage> RegisterOfficerAsync(
        HttpClient client, string name, string email, string password = DefaultPassword,
        string? agencyName = null, string? agencyCountry = null, string agencyType = "police")
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/portal/register");
        return await client.PostAsync("/portal/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Title"] = "Special Agent",
            ["Email"] = email,
            ["Phone"] = "+1 555 0100",
            ["Password"] = password,
            ["AgencyName"] = agencyName ?? string.Empty,
            ["AgencyCountry"] = agencyCountry ?? string.Empty,
            ["AgencyType"] = agencyType,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Signs an officer in through the portal's sign-in form.</summary>
    public static async Task<HttpResponseMessage> SignInOfficerAsync(HttpClient client, string email, string password = DefaultPassword)
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/portal/signin");
        return await client.PostAsync("/portal/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    /// <summary>Posts one of the forms of an agency's console page (handler Verify, Flag, CreateKey …) with its anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostAgencyFormAsync(HttpClient client, string agencyId, string handler, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var path = "/agencies/" + agencyId;
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync(client, path);
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The newest proposal still waiting for a second person on an agency, or null.</summary>
    public async Task<string?> PendingTrustChangeAsync(string agencyId)
    {
        await using var scope = Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<TrustChanges>().ListAsync(agencyId, pendingOnly: true);
        return pending.Count > 0 ? pending[0].Id : null;
    }

    /// <summary>
    /// The second pair of eyes: <paramref name="client"/> (signed in as another member of the central function) approves the
    /// agency's pending proposal from its console page.
    /// </summary>
    public async Task<HttpResponseMessage> ApprovePendingTrustChangeAsync(HttpClient client, string agencyId)
    {
        var change = await PendingTrustChangeAsync(agencyId) ?? throw new InvalidOperationException($"Agency {agencyId} has no pending proposal.");
        return await PostAgencyFormAsync(client, agencyId, "Approve", new() { ["change"] = change });
    }
}
