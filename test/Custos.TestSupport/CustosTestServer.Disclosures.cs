using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Customers.Records;
using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Staff;
using Custos.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.TestSupport;

/// <summary>Intent methods for the disclosure index and the customer's page: a produced request, waiting for the log and the index.</summary>
public sealed partial class CustosTestServer
{
    private static readonly int[] DisclosureTypes = [.. Custos.Ledger.Index.DisclosureEventTypes.All.Keys];

    /// <summary>
    /// A verified agency with a certificate submits <paramref name="json"/>; reviewers of every function its items need
    /// vote to produce them all and one orders the production. Returns the request id and the legal reviewer's client.
    /// </summary>
    public async Task<(string RequestId, HttpClient Reviewer)> ProducedAsync(string json)
    {
        var agency = await AgencyWithKeyAsync();
        await RegisterCertificateAsync(agency.AgencyId, TestProductions.NewAgency().CertificatePem);
        var requestId = await UnderReviewAsync(agency, json);
        var (legal, _) = await ReviewerAsync("lena", [StaffRole.LegalReviewer]);
        var view = await ReviewViewAsync(legal, requestId);
        var functions = view.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("requires").EnumerateArray().Select(r => r.GetProperty("function").GetString()!))
            .Append("compliance").Distinct(StringComparer.Ordinal).Where(f => f != "legal").ToArray();
        var reviewers = new List<HttpClient> { legal };
        foreach (var function in functions)
        {
            var role = function switch
            {
                "compliance" => StaffRole.ComplianceOfficer,
                "privacy" => StaffRole.PrivacyOfficer,
                "human-rights" => StaffRole.HumanRightsReviewer,
                _ => StaffRole.SeniorEscalation,
            };
            reviewers.Add((await ReviewerAsync("rev-" + function, [role])).Client);
        }

        foreach (var reviewer in reviewers)
        {
            using var vote = await VoteAsync(reviewer, requestId, "Lawful, narrow and necessary.", (0, "subscriber", true));
            if (vote.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException("The vote was refused: " + await vote.Content.ReadAsStringAsync());
            }
        }

        using var produce = await reviewers[^1].PostAsync($"/api/v1/review/requests/{requestId}/produce", null);
        return produce.StatusCode == HttpStatusCode.Accepted
            ? (requestId, legal)
            : throw new InvalidOperationException("The production was refused: " + await produce.Content.ReadAsStringAsync());
    }

    /// <summary><paramref name="json"/> with a non-disclosure order of <paramref name="terms"/> (JSON members, e.g. <c>"until": null</c>).</summary>
    public static string WithNonDisclosure(string json, string terms)
    {
        ArgumentNullException.ThrowIfNull(json);
        return json.Replace(
            "\"dataCategories\"", $"\"nonDisclosure\": {{ \"required\": true, \"basis\": \"18 U.S.C. 2705(b) order\", {terms} }},\n  \"dataCategories\"", StringComparison.Ordinal);
    }

    /// <summary>The disclosure index key of the customer with account <paramref name="accountId"/>.</summary>
    public string DisclosureKey(string accountId) => Services.GetRequiredService<LedgerIdentityKey>().Opaque(CustomerRecords.Subject(accountId));

    /// <summary>
    /// Waits (up to 30 s) until every notice of <paramref name="requestId"/> in the outbox is sent. A notice sent after the
    /// latest index revision, at the same moment of a fake clock, is taken into the index only once the publisher's
    /// interval has passed on that clock: advance it before <see cref="WaitForDisclosureIndexAsync"/>.
    /// </summary>
    public async Task WaitForNoticesSentAsync(string requestId)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var outbox = await OutboxAsync(requestId);
            if (outbox.Count > 0 && outbox.All(n => n.SentAt is not null))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The notices of {requestId} were not all sent within 30 s.");
    }

    /// <summary>
    /// Waits (up to 30 s) until every disclosure event recorded so far is in a published checkpoint and a disclosure index
    /// revision covering them all is published too; returns that revision's log size.
    /// </summary>
    public async Task<long> WaitForDisclosureIndexAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            await using var scope = Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CustosDbContext>();
            var head = await scope.ServiceProvider.GetRequiredService<LedgerReader>().HeadAsync();
            var last = await db.LedgerEvents.AsNoTracking().Where(e => DisclosureTypes.Contains(e.EventTypeId)).MaxAsync(e => (long?)e.Id);
            var lastLeaf = await db.LedgerEvents.AsNoTracking().Where(e => e.Id == last).Select(e => e.LeafIndex).FirstOrDefaultAsync();
            var revision = head is null ? null : await DisclosureIndexPublisher.LatestAsync(db, CancellationToken.None, head.Size);
            if (lastLeaf is { } leaf && revision is not null && revision.Details.LogSize > leaf)
            {
                return revision.Details.LogSize;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("No disclosure index revision covering every event was published within 30 s.");
    }

    /// <summary>The disclosures page's answer for <paramref name="key"/>, as a person submitting the form gets it.</summary>
    public static async Task<(HttpStatusCode Status, string? ContentType, string Body)> LookUpDisclosuresAsync(HttpClient client, string key, string handler = "")
    {
        ArgumentNullException.ThrowIfNull(client);
        var token = await AntiforgeryTokenAsync(client, "/disclosures");
        using var response = await client.PostAsync("/disclosures" + (handler.Length > 0 ? "?handler=" + handler : ""), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Key"] = key,
            ["__RequestVerificationToken"] = token,
        }));
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Reads a review view's notices (for tests that check where notice stands).</summary>
    public static async Task<IReadOnlyList<JsonElement>> NoticesAsync(HttpClient reviewer, string requestId) =>
        [.. (await reviewer.GetFromJsonAsync<JsonElement>($"/api/v1/review/requests/{requestId}")).GetProperty("notices").EnumerateArray()];
}
