using Custos.Application.Review;
using Custos.Domain.Decisions;
using Custos.Domain.Requests;
using Custos.Storage.Entities;

namespace Custos.Application.Tests.Review;

public class VoteRowsTests
{
    private static readonly Vote Cast = new()
    {
        Id = "vot_1",
        VoterId = "staff:u1",
        Functions = [ApprovalFunction.Legal, ApprovalFunction.Compliance],
        CastAt = new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero),
        Items =
        [
            new ItemVote(new ItemKey(0, DataCategory.Transactions), true, new ItemRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28))),
            new ItemVote(new ItemKey(1, DataCategory.Subscriber), false, null),
        ],
        Rationale = "lawful and proportionate",
        Justification = "the agency narrowed the range",
    };

    [Fact]
    public void Vote_StoredAsRows_ReadsBackEqual()
    {
        var (vote, items) = VoteRows.ToRows(Cast, "req_1");

        var read = VoteRows.ToVote(vote, items.Reverse());

        Assert.Equal("req_1", vote.RequestId);
        Assert.Equal("legal compliance", vote.Functions);
        Assert.Equal([0, 1], items.Select(i => i.Position));
        Assert.Equal((Cast.Id, Cast.VoterId, Cast.CastAt, Cast.Rationale, Cast.Justification), (read.Id, read.VoterId, read.CastAt, read.Rationale, read.Justification));
        Assert.Equal(Cast.Functions, read.Functions);
        Assert.Equal(Cast.Items, read.Items);
    }

    [Fact]
    public void ToVote_TakesOnlyItsOwnLines()
    {
        var (vote, items) = VoteRows.ToRows(Cast, "req_1");
        var other = new VoteItemRecord { VoteId = "vot_2", Position = 0, Target = 3, Category = DataCategory.Subscriber, Produce = false };

        var read = VoteRows.ToVote(vote, [.. items, other]);

        Assert.Equal(2, read.Items.Count);
        Assert.DoesNotContain(read.Items, i => i.Item.Target == 3);
    }
}
