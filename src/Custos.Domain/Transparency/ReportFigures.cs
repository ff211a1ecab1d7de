using Custos.Domain.Common;
using Custos.Domain.Requests;

namespace Custos.Domain.Transparency;

/// <summary>The figures of one row of the report (a group, a country, or the totals).</summary>
/// <param name="Requests">Requests received in the period.</param>
/// <param name="AccountsSpecified">Accounts the requests' targets reached in the customer data.</param>
/// <param name="Outcomes">What came of the requests.</param>
/// <param name="SomeDataProducedPercent">The share of the requests where some data was produced, in percent, one decimal.</param>
/// <param name="ContentRequests">Requests that asked for content (the <c>content</c> category).</param>
/// <param name="NonContentRequests">Requests that asked for non-content data only.</param>
/// <param name="EmergencyRequests">Emergency requests.</param>
/// <param name="PreservationRequests">Requests of the preservation kind (a preservation started on another kind is an outcome).</param>
/// <param name="FreezeRequests">Requests to freeze (restrict) accounts.</param>
/// <param name="InformalApproaches">Informal approaches (meetings, calls, messages to an employee).</param>
/// <param name="NonDisclosureOrders">Requests that came with a non-disclosure (gag) order.</param>
/// <param name="RecordsProduced">Records produced in all the group's productions.</param>
/// <param name="Notices">The customers the productions concerned and where their notice stands.</param>
/// <param name="Channels">Requests per channel (portal, api, email, post, in-person, phone).</param>
public sealed record ReportFigures(
    int Requests, int AccountsSpecified, OutcomeCounts Outcomes, decimal SomeDataProducedPercent, int ContentRequests, int NonContentRequests,
    int EmergencyRequests, int PreservationRequests, int FreezeRequests, int InformalApproaches, int NonDisclosureOrders, long RecordsProduced,
    NoticeCounts Notices, IReadOnlyList<NamedCount> Channels)
{
    /// <summary>The figures of <paramref name="requests"/>, each with its outcome.</summary>
    public static ReportFigures Of(IReadOnlyCollection<(RequestFacts Facts, RequestOutcome Outcome)> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var outcomes = OutcomeCounts.Of(requests.Select(r => r.Outcome));
        var count = requests.Count;
        var percent = count == 0 ? 0m : Math.Round(100m * outcomes.SomeDataProduced / count, 1, MidpointRounding.AwayFromZero);
        var facts = requests.Select(r => r.Facts).ToList();
        return new ReportFigures(
            count,
            facts.Sum(f => f.AccountsSpecified),
            outcomes,
            percent,
            facts.Count(f => f.AsksContent),
            facts.Count(f => !f.AsksContent),
            facts.Count(f => f.Emergency),
            facts.Count(f => f.Kind == RequestKind.Preservation),
            facts.Count(f => f.Kind == RequestKind.Freeze),
            facts.Count(f => f.Informal),
            facts.Count(f => f.NonDisclosure),
            facts.Sum(f => f.Produced.Sum(p => p.Records)),
            NoticeCounts.Sum(facts.Select(f => f.Notices)),
            [.. Enum.GetValues<RequestChannel>().Select(c => new NamedCount(KebabCase.Format(c), facts.Count(f => f.Channel == c)))]);
    }
}
