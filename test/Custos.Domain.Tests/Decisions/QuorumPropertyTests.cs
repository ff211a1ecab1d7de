using Custos.Domain.Access;
using Custos.Domain.Decisions;
using Custos.Domain.Policy;
using Custos.Domain.Requests;
using Custos.Domain.Staff;
using FsCheck.Xunit;
using static Custos.Domain.Tests.Decisions.DecisionTestData;

namespace Custos.Domain.Tests.Decisions;

/// <summary>
/// Random people (any mix of reviewer roles, some regional, one who took the request in), random quorums and random
/// votes, with the outcome checked against an independent oracle: a brute-force search for an assignment of persons to
/// functions.
/// </summary>
public class QuorumPropertyTests
{
    private static readonly string[] Roles = [.. StaffRole.Reviewers];

    [Property(MaxTest = 2000)]
    public bool Tally_AnyPeopleAnyVotes_AgreesWithBruteForceAndNeverCountsAPersonTwice(byte quorumBits, byte tierBits, byte[] people, byte[] lines)
    {
        var approvals = ApprovalFunction.All.Where((_, i) => (quorumBits & (1 << i)) != 0).ToArray();
        var tier = (tierBits % 3) switch { 0 => RiskTier.Low, 1 => RiskTier.Elevated, _ => RiskTier.High };
        var persons = people.Take(4).Select((b, i) => RandomPerson(b, i)).ToArray();
        if (persons.Length == 0)
        {
            return true;
        }

        var context = Context(ScrutinyOf(tier: tier, approvals: approvals), submittedBy: persons[0].Id);
        var accepted = new List<Vote>();
        for (var i = 0; i < lines.Length && i < 12; i++)
        {
            var person = persons[lines[i] % persons.Length];
            var choice = new ItemChoice((lines[i] >> 3) & 1, DataCategory.Subscriber, (lines[i] & 0x80) == 0);
            var vote = DecisionRules.CastVote(context, person, new Ballot([choice], "r"), $"vot_{i}", Now.AddMinutes(i));
            if (vote.IsSuccess)
            {
                // The person-level rules hold for every accepted vote.
                if (person.IsRegional || person.Id == context.SubmittedBy || !StaffRole.Reviewers.Any(person.Holds))
                {
                    return false;
                }

                accepted.Add(vote.Value);
            }
        }

        var tally = DecisionTally.Of(context, accepted);
        foreach (var item in tally.Items)
        {
            var latest = accepted.SelectMany(v => v.Items.Where(l => l.Item == item.Item).Select(l => (v.VoterId, v.Functions, l.Produce)))
                .GroupBy(x => x.VoterId).Select(g => g.Last()).ToArray();
            var expected = latest.Any(l => !l.Produce)
                ? ItemStatus.Withheld
                : Assignable(item.Quorum.Functions, latest.Select(l => l.Functions).ToArray()) ? ItemStatus.Satisfied : ItemStatus.Pending;
            if (item.Status != expected)
            {
                return false;
            }

            if (item.Status == ItemStatus.Satisfied && !SoundApprovals(item, latest.ToDictionary(l => l.VoterId, l => l.Functions)))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Tally_OnePersonAlone_NeverProducesAnything(byte roleBits, byte quorumBits)
    {
        var person = RandomPerson(roleBits, 0);
        var approvals = ApprovalFunction.All.Where((_, i) => (quorumBits & (1 << i)) != 0).ToArray();
        var context = Context(ScrutinyOf(approvals: approvals));
        var votes = Enumerable.Range(0, 3)
            .Select(i => DecisionRules.CastVote(context, person, Produce(All(context)), $"vot_{i}", Now.AddMinutes(i)))
            .Where(v => v.IsSuccess).Select(v => v.Value).ToArray();

        var tally = DecisionTally.Of(context, votes);

        return tally.Satisfied.Count == 0 && !DecisionRules.Readiness(context, tally).IsReady;
    }

    /// <summary>A person with roles from the low five bits (at least one) and regional when bit 5 is set.</summary>
    private static Actor RandomPerson(byte bits, int index)
    {
        var roles = Roles.Where((_, i) => (bits & (1 << i)) != 0).ToArray();
        roles = roles.Length == 0 ? [Roles[index % Roles.Length]] : roles;
        return (bits & 0x20) != 0 ? PersonIn($"p{index}", "cis", roles) : Person($"p{index}", roles);
    }

    /// <summary>The oracle: each person takes at most one function (or none), each function at most one person; the
    /// functions taken must include every required one and number at least two.</summary>
    private static bool Assignable(IReadOnlyList<string> required, IReadOnlyList<string>[] people)
    {
        return Search(0, []);

        bool Search(int person, HashSet<string> taken)
        {
            if (person == people.Length)
            {
                return required.All(taken.Contains) && taken.Count >= 2;
            }

            if (Search(person + 1, taken))
            {
                return true;
            }

            foreach (var function in people[person].Where(f => !taken.Contains(f)))
            {
                taken.Add(function);
                var found = Search(person + 1, taken);
                taken.Remove(function);
                if (found)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool SoundApprovals(ItemTally item, Dictionary<string, IReadOnlyList<string>> functionsOf) =>
        item.Approvals.Select(a => a.VoterId).Distinct().Count() == item.Approvals.Count
        && item.Approvals.Select(a => a.Function).Distinct().Count() == item.Approvals.Count
        && item.Approvals.Count >= 2
        && item.Quorum.Functions.All(f => item.Approvals.Any(a => a.Function == f))
        && item.Approvals.All(a => functionsOf[a.VoterId].Contains(a.Function));
}
