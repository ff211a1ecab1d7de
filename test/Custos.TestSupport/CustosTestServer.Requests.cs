using Custos.Application.Access;
using Custos.Application.Requests;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Lifecycle;
using Custos.Domain.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for requests: an agency with a key submits, staff act on what came in.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>
    /// Registers an agency verified out-of-band (as the command line would; left unverified when <paramref name="verified"/>
    /// is false) and gives it an API key; returns the agency's API client.
    /// </summary>
    public async Task<AgencyApiClient> AgencyWithKeyAsync(
        string name = "Drug Enforcement Administration", string domain = "dea.gov", string country = "US", AgencyType type = AgencyType.Police,
        bool verified = true, string? phone = null)
    {
        var agency = await CreateAgencyAsync(name, country, type, domain);
        if (verified)
        {
            await RecordVerificationAsync(agency.Id, phone: phone);
        }

        await using var scope = Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateForAgencyAsync(agency.Id, "case system", Actor.CommandLine);
        return AgencyApiClient.For(this, agency.Id, key.IsSuccess ? key.Value.Key : throw new InvalidOperationException(string.Join("; ", key.Errors)));
    }

    /// <summary>A reviewer asks the agency a question about a request.</summary>
    public Task<Result<RequestStatus>> AskClarificationAsync(string requestId, string question, Actor? reviewer = null) =>
        WorkflowAsync(w => w.AskClarificationAsync(requestId, reviewer ?? TestStaff.LegalReviewer(), question));

    /// <summary>An analyst starts review of a request whose agency has been verified.</summary>
    public Task<Result<RequestStatus>> StartReviewAsync(string requestId, Actor? analyst = null) =>
        WorkflowAsync(w => w.StartReviewAsync(requestId, analyst ?? TestStaff.Analyst()));

    /// <summary>
    /// A verified agency submits <see cref="TestRequests.SubpoenaFor"/> <paramref name="accountId"/>; review is started if the
    /// request waits for it. Returns the request id, under review.
    /// </summary>
    public async Task<string> RequestUnderReviewAsync(string accountId)
    {
        using var agency = await AgencyWithKeyAsync();
        return await UnderReviewAsync(agency, TestRequests.SubpoenaFor(accountId));
    }

    /// <summary>Everything staff know about a request.</summary>
    public async Task<RequestDetails?> RequestDetailsAsync(string requestId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestQueries>().GetAsync(requestId, Actor.CommandLine);
    }

    private async Task<Result<RequestStatus>> WorkflowAsync(Func<RequestWorkflow, Task<Result<RequestStatus>>> act)
    {
        await using var scope = Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<RequestWorkflow>());
    }
}
