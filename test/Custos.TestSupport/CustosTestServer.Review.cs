using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Intake;
using Custos.Domain.Requests;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for review: staff who decide through the staff API with their own key.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>A member of staff with <paramref name="roles"/> and a staff API key of their own; returns the key's client and their actor id.</summary>
    public async Task<(HttpClient Client, string ActorId)> ReviewerAsync(string username, string[] roles, string region = "global")
    {
        var member = await CreateStaffAsync(username, roles, region);
        return (await StaffKeyClientAsync(member.Id), "staff:" + member.Id);
    }

    /// <summary>Votes through the staff API: every item of <paramref name="items"/> is (target, category, produce).</summary>
    public static Task<HttpResponseMessage> VoteAsync(HttpClient reviewer, string requestId, string rationale, params (int Target, string Category, bool Produce)[] items) =>
        reviewer.PostAsJsonAsync($"/api/v1/review/requests/{requestId}/votes", new
        {
            items = items.Select(i => new { target = i.Target, category = i.Category, produce = i.Produce }).ToArray(),
            rationale,
        });

    /// <summary>A request taken in by <paramref name="analyst"/> as an analyst's entry of a paper order (the request JSON given), with no agency.</summary>
    public async Task<string> AnalystEntryAsync(Actor analyst, DataRequest request, string? agencyId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var received = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeSubmission
        {
            Request = request, Source = IntakeSource.Analyst, Actor = analyst, AgencyId = agencyId,
        });
        return received.IsSuccess ? received.Value.RequestId : throw new InvalidOperationException(string.Join("; ", received.Errors));
    }

    /// <summary>The ledger events of <paramref name="type"/> about <paramref name="subject"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Storage.Entities.LedgerEventRecord>> EventsAsync(Domain.Events.LedgerEventType type, string? subject = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
        return await db.LedgerEvents.AsNoTracking().Where(e => e.EventTypeId == type.Id && (subject == null || e.Subject == subject)).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The review API's view of a request.</summary>
    public static Task<JsonElement> ReviewViewAsync(HttpClient reviewer, string requestId) =>
        reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/review/requests/{requestId}");
}
