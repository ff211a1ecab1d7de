namespace Custos.Application.Production;

/// <summary>Everything that goes into a package: the request, the decision and votes behind it, and the items' data.</summary>
/// <param name="RequestId">Custos's id of the request.</param>
/// <param name="RequestReference">The agency's own case reference, if it gave one.</param>
/// <param name="DecisionId">The decision (<see cref="Domain.Decisions.ProductionPlan.DecisionId"/>).</param>
/// <param name="VoteIds">The votes that decided (<see cref="Domain.Decisions.ProductionPlan.VoteIds"/>).</param>
/// <param name="Items">One entry per planned item.</param>
/// <param name="ProducedAt">When the package is built (the files' timestamps in the archive).</param>
public sealed record PackageContents(
    string RequestId, string? RequestReference, string DecisionId, IReadOnlyList<string> VoteIds, IReadOnlyList<ProducedItemData> Items,
    DateTimeOffset ProducedAt);
