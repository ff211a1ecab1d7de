namespace Custos.Domain.Decisions;

/// <summary>
/// Every item of a request with the state the votes so far give it. Each person's latest line on an item is the one
/// that counts. An item is withheld as soon as one counted line withholds it (every accepted vote comes from a function
/// the item's quorum needs); it is satisfied when the approvers can be assigned, one person per function, to every
/// required function and to at least two different functions, and their ranges overlap; otherwise it is pending.
/// </summary>
public sealed record DecisionTally
{
    /// <summary>The items, in request order.</summary>
    public required IReadOnlyList<ItemTally> Items { get; init; }

    /// <summary>The items that would be produced.</summary>
    public IReadOnlyList<ItemTally> Satisfied => [.. Items.Where(i => i.Status == ItemStatus.Satisfied)];

    /// <summary>The items withheld.</summary>
    public IReadOnlyList<ItemTally> Withheld => [.. Items.Where(i => i.Status == ItemStatus.Withheld)];

    /// <summary>The items still waiting for votes.</summary>
    public IReadOnlyList<ItemTally> Pending => [.. Items.Where(i => i.Status == ItemStatus.Pending)];

    /// <summary>Tallies <paramref name="votes"/> (in the order cast; ties keep list order) for the request in <paramref name="context"/>.</summary>
    public static DecisionTally Of(DecisionContext context, IEnumerable<Vote> votes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(votes);
        var ordered = votes.Select((v, i) => (Vote: v, Order: i)).OrderBy(p => p.Vote.CastAt).ThenBy(p => p.Order).Select(p => p.Vote).ToArray();
        return new DecisionTally { Items = [.. context.Items.Select(item => TallyItem(context, item, ordered))] };
    }

    private static ItemTally TallyItem(DecisionContext context, ItemKey item, IReadOnlyList<Vote> ordered)
    {
        var quorum = QuorumRules.For(context, item);
        var latest = new Dictionary<string, (Vote Vote, ItemVote Line)>(StringComparer.Ordinal);
        var firstSeen = new List<string>();
        foreach (var vote in ordered)
        {
            foreach (var line in vote.Items.Where(l => l.Item == item))
            {
                if (!latest.ContainsKey(vote.VoterId))
                {
                    firstSeen.Add(vote.VoterId);
                }

                latest[vote.VoterId] = (vote, line);
            }
        }

        var counted = firstSeen.Select(id => latest[id]).ToArray();
        var withheldBy = counted.Where(c => !c.Line.Produce).Select(c => c.Vote.VoterId).ToArray();
        var producers = counted.Where(c => c.Line.Produce).ToArray();
        var producedBy = producers.Select(c => c.Vote.VoterId).ToArray();
        var voteIds = counted.Select(c => c.Vote.Id).Distinct(StringComparer.Ordinal).ToArray();
        var approvers = producers.Select(c => new FunctionMatching.Approver(c.Vote.VoterId, c.Vote.Id, c.Vote.Functions)).ToArray();
        var (filled, missing, missingOthers) = FunctionMatching.Assign(quorum, approvers);
        var range = producers.Length == 0 ? null : producers.Select(c => c.Line.Range).Aggregate((a, b) => a is null || b is null ? null : a.Intersect(b));

        var (status, explanation) = (withheldBy.Length, missing.Count, missingOthers, range) switch
        {
            ( > 0, _, _, _) => (ItemStatus.Withheld, $"Withheld by {string.Join(", ", withheldBy)}."),
            (_, 0, 0, not null) => (ItemStatus.Satisfied, $"Approved by {string.Join(", ", filled.Select(a => $"{a.VoterId} ({a.Function})"))} for {range}."),
            (_, 0, 0, null) when producers.Length > 0 => (ItemStatus.Pending, "The approvers' date ranges do not overlap: vote again on a common range."),
            _ => (ItemStatus.Pending, Waiting(missing, missingOthers)),
        };

        return new ItemTally
        {
            Item = item,
            Quorum = quorum,
            Status = status,
            Approvals = filled,
            MissingFunctions = missing,
            MissingOtherFunctions = missingOthers,
            ProducedBy = producedBy,
            WithheldBy = withheldBy,
            Range = status == ItemStatus.Withheld ? null : range,
            VoteIds = voteIds,
            Explanation = explanation,
        };
    }

    private static string Waiting(IReadOnlyList<string> missing, int others)
    {
        var parts = missing.Select(ApprovalFunction.Title).Select(t => t.ToLowerInvariant()).ToList();
        if (others > 0)
        {
            parts.Add(others == 1 ? "one more approver of another function" : $"{others} more approvers of other, different functions");
        }

        return $"Waiting for approval by {string.Join(" and ", parts)}.";
    }
}
