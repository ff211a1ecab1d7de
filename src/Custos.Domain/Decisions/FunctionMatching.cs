namespace Custos.Domain.Decisions;

/// <summary>
/// Assigns approvers to the functions of a quorum so that each person fills at most one function (one person counts
/// once, whatever roles they hold): a maximum bipartite matching, required functions first, then the further functions
/// that make two. Quorums are small (at most five functions), so every choice of further functions is tried.
/// </summary>
internal static class FunctionMatching
{
    /// <summary>One person whose latest line on the item is produce.</summary>
    internal sealed record Approver(string VoterId, string VoteId, IReadOnlyList<string> Functions);

    /// <summary>The best assignment: the most required functions filled, then the most further functions.</summary>
    public static (IReadOnlyList<Approval> Filled, IReadOnlyList<string> MissingRequired, int MissingOthers) Assign(
        ItemQuorum quorum, IReadOnlyList<Approver> approvers)
    {
        var required = quorum.Functions;
        var others = ApprovalFunction.All.Where(f => !required.Contains(f, StringComparer.Ordinal)).ToArray();
        (Approval?[] Slots, int Required, int Total)? best = null;
        foreach (var extra in Combinations(others, Math.Min(quorum.OtherFunctions, others.Length)))
        {
            var slots = required.Concat(extra).ToArray();
            var filled = Match(slots, approvers);
            var requiredFilled = filled.Take(required.Count).Count(a => a is not null);
            var total = filled.Count(a => a is not null);
            if (best is null || requiredFilled > best.Value.Required || (requiredFilled == best.Value.Required && total > best.Value.Total))
            {
                best = (filled, requiredFilled, total);
            }

            if (total == slots.Length)
            {
                break;
            }
        }

        var chosen = best!.Value.Slots;
        var missing = required.Where((_, i) => chosen[i] is null).ToArray();
        var missingOthers = quorum.OtherFunctions - chosen.Skip(required.Count).Count(a => a is not null);
        return (chosen.OfType<Approval>().ToArray(), missing, missingOthers);
    }

    /// <summary>Kuhn's augmenting paths: slot i gets an approver able to fill slots[i], each approver at most once.</summary>
    private static Approval?[] Match(string[] slots, IReadOnlyList<Approver> approvers)
    {
        var owner = new int[approvers.Count];
        Array.Fill(owner, -1);
        for (var slot = 0; slot < slots.Length; slot++)
        {
            TryAssign(slot, new bool[approvers.Count]);
        }

        var result = new Approval?[slots.Length];
        for (var a = 0; a < approvers.Count; a++)
        {
            if (owner[a] >= 0)
            {
                result[owner[a]] = new Approval(slots[owner[a]], approvers[a].VoterId, approvers[a].VoteId);
            }
        }

        return result;

        bool TryAssign(int slot, bool[] seen)
        {
            for (var a = 0; a < approvers.Count; a++)
            {
                if (seen[a] || !approvers[a].Functions.Contains(slots[slot], StringComparer.Ordinal))
                {
                    continue;
                }

                seen[a] = true;
                if (owner[a] < 0 || TryAssign(owner[a], seen))
                {
                    owner[a] = slot;
                    return true;
                }
            }

            return false;
        }
    }

    private static IEnumerable<string[]> Combinations(string[] items, int size)
    {
        if (size <= 0)
        {
            yield return [];
            yield break;
        }

        for (var i = 0; i <= items.Length - size; i++)
        {
            foreach (var rest in Combinations(items[(i + 1)..], size - 1))
            {
                yield return [items[i], .. rest];
            }
        }
    }
}
