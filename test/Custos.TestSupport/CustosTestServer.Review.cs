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

    /// <summary>
    /// <paramref name="agency"/> submits <paramref name="json"/>; review is started if the request waits for its agency's
    /// verification. Returns the request id, under review.
    /// </summary>
    public async Task<string> UnderReviewAsync(AgencyApiClient agency, string json)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var id = await agency.SubmitRequestAsync(json);
        if ((await RequestDetailsAsync(id))!.Status == Domain.Lifecycle.RequestStatus.AwaitingVerification &&
            await StartReviewAsync(id) is { IsSuccess: false } failed)
        {
            throw new InvalidOperationException(string.Join("; ", failed.Errors));
        }

        return (await RequestDetailsAsync(id))!.Status == Domain.Lifecycle.RequestStatus.UnderReview
            ? id
            : throw new InvalidOperationException($"Request {id} is not under review.");
    }

    /// <summary>The notices of <paramref name="requestId"/> in the outbox, soonest first.</summary>
    public async Task<IReadOnlyList<Application.Notices.NoticeDeliveryView>> OutboxAsync(string requestId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Application.Notices.NoticeOutbox>().ListAsync(requestId);
    }

    /// <summary>One round of the review deadlines (notices whose day has come, missed emergency follow-ups), as the notice loop runs it.</summary>
    public async Task<Application.Review.ReviewDeadlineRun> RunReviewDeadlinesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Application.Review.ReviewDeadlines>().RunAsync();
    }
}
