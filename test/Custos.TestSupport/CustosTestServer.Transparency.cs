using Custos.Application.Ledger;
using Custos.Application.Transparency;
using Custos.Application.Transparency.Checking;
using Custos.Domain.Access;
using Custos.Domain.Transparency;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for transparency reports: requests to count, a published report, the published log's entries.</summary>
public sealed partial class CustosTestServer
{
    /// <summary>
    /// Two subpoenas of one new agency (for C1042 and C1043), both under review; the first decided and its production
    /// released. Returns both request ids and the agency's id.
    /// </summary>
    public async Task<(string Produced, string Pending, string AgencyId)> ProducedAndPendingRequestsAsync()
    {
        using var agency = await AgencyWithKeyAsync();
        var keys = TestProductions.NewAgency();
        await RegisterCertificateAsync(agency.AgencyId, keys.CertificatePem);
        var produced = await UnderReviewFromAsync(agency, "C1042");
        var pending = await UnderReviewFromAsync(agency, "C1043");
        await WaitReleasedAsync(await ProduceAsync(produced));
        return (produced, pending, agency.AgencyId);
    }

    /// <summary>Publishes the report of <paramref name="period"/> as <c>custos report --statement</c> does, and waits until the log holds every event recorded so far.</summary>
    public async Task<PublishedReport> PublishReportAsync(ReportPeriod period)
    {
        PublishedReport published;
        await using (var scope = Services.CreateAsyncScope())
        {
            published = await scope.ServiceProvider.GetRequiredService<TransparencyReports>().PublishAsync(period, Actor.CommandLine);
        }

        await WaitIntegratedAsync();
        return published;
    }

    /// <summary>Waits until every ledger event recorded so far is in a published checkpoint.</summary>
    public async Task WaitIntegratedAsync()
    {
        long count;
        await using (var scope = Services.CreateAsyncScope())
        {
            count = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().LedgerEvents.LongCountAsync();
        }

        using var client = NewClient();
        await LedgerWaits.WaitForSizeAsync(client, (ulong)count);
    }

    /// <summary>The published log's entries, in order, as a checker reads them.</summary>
    public async Task<IReadOnlyList<PublicLogEntry>> PublishedEntriesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<CustosDbContext>().LedgerEvents.AsNoTracking()
            .Where(e => e.LeafIndex != null).OrderBy(e => e.LeafIndex).Select(e => new { e.LeafIndex, e.Entry }).ToListAsync();
        return [.. rows.Select(r => new PublicLogEntry((ulong)r.LeafIndex!.Value, LedgerEntryFormat.Parse(r.Entry).Value, r.Entry))];
    }

    private async Task<string> UnderReviewFromAsync(AgencyApiClient agency, string accountId)
    {
        var id = await agency.SubmitRequestAsync(TestRequests.SubpoenaFor(accountId));
        if ((await RequestDetailsAsync(id))!.Status == Domain.Lifecycle.RequestStatus.AwaitingVerification)
        {
            await StartReviewAsync(id);
        }

        return id;
    }
}
