using Custos.Domain.Decisions;
using Custos.Storage.Entities;

namespace Custos.Application.Review;

/// <summary>
/// A Domain <see cref="Vote"/> as the rows of <c>votes</c> and <c>vote_items</c>, and back, so that the votes a request
/// has can be loaded into a <see cref="DecisionContext"/> exactly as they were accepted.
/// </summary>
internal static class VoteRows
{
    /// <summary>The rows that store <paramref name="vote"/>, cast on <paramref name="requestId"/>.</summary>
    public static (VoteRecord Vote, IReadOnlyList<VoteItemRecord> Items) ToRows(Vote vote, string requestId)
    {
        ArgumentNullException.ThrowIfNull(vote);
        var record = new VoteRecord
        {
            Id = vote.Id, RequestId = requestId, Voter = vote.VoterId, Functions = string.Join(' ', vote.Functions),
            CastAt = vote.CastAt, Rationale = vote.Rationale, Justification = vote.Justification,
        };
        var items = vote.Items.Select((line, position) => new VoteItemRecord
        {
            VoteId = vote.Id, Position = position, Target = line.Item.Target, Category = line.Item.Category, Produce = line.Produce,
            RangeFrom = line.Range?.From, RangeTo = line.Range?.To,
        }).ToArray();
        return (record, items);
    }

    /// <summary>The vote <paramref name="record"/> and its <paramref name="items"/> (in any order) store.</summary>
    public static Vote ToVote(VoteRecord record, IEnumerable<VoteItemRecord> items)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(items);
        return new Vote
        {
            Id = record.Id,
            VoterId = record.Voter,
            Functions = record.Functions.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            CastAt = record.CastAt,
            Items = items.Where(i => string.Equals(i.VoteId, record.Id, StringComparison.Ordinal)).OrderBy(i => i.Position)
                .Select(i => new ItemVote(new ItemKey(i.Target, i.Category), i.Produce,
                    i is { RangeFrom: { } from, RangeTo: { } to } ? new ItemRange(from, to) : null))
                .ToArray(),
            Rationale = record.Rationale,
            Justification = record.Justification,
        };
    }
}
