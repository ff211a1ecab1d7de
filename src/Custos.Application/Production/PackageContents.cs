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
    DateTimeOffset ProducedAt)
{
    /// <summary>
    /// The account ids the package's records belong to — the <c>accountId</c> values of every category that has that
    /// column — each once, in ordinal order: the customers whose data the package holds.
    /// </summary>
    public IReadOnlyList<string> Accounts()
    {
        var accounts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var item in Items)
        {
            var column = -1;
            for (var i = 0; i < item.Records.Fields.Count; i++)
            {
                if (string.Equals(item.Records.Fields[i].JsonName, "accountId", StringComparison.Ordinal))
                {
                    column = i;
                    break;
                }
            }

            if (column < 0)
            {
                continue;
            }

            foreach (var row in item.Records.Rows)
            {
                if (row.Cells[column] is { Length: > 0 } account)
                {
                    accounts.Add(account);
                }
            }
        }

        return [.. accounts];
    }
}
