using System.Text.Json;
using Custos.Application.Ledger;
using Custos.Domain.Events;
using Custos.Domain.Notices;

namespace Custos.Application.Proofs.Sealing;

/// <summary>
/// What a monitor reads from the public log alone about sealed entries (<c>custos ledger sealed</c>): every entry whose
/// public part carries a <see cref="SealedPublic"/> seal, its unseal-by date as moved by later
/// <c>disclosure.seal-extended</c> entries, whether a <c>disclosure.unsealed</c> entry opened it (and whether that
/// unseal really opens the commitment), and which seals are overdue on a given day. It learns no customer key of a
/// sealed entry, only that one was sealed, when, and until when.
/// </summary>
public static class SealMonitor
{
    /// <summary>The sealed entries of <paramref name="entries"/> (leaf index and parsed entry, in any order) as they stood at the end of day <paramref name="at"/> (UTC).</summary>
    public static IReadOnlyList<SealStatus> Check(IEnumerable<(long LeafIndex, LedgerEntry Entry)> entries, DateOnly at)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var known = entries.Where(e => Day(e.Entry.Time) <= at).OrderBy(e => e.LeafIndex).ToList();
        var seals = new SortedDictionary<long, (LedgerEntry Entry, SealedPublic Seal)>();
        var extensions = new Dictionary<long, List<(LedgerEntry Entry, ExtensionPublic Public)>>();
        var unseals = new Dictionary<long, (LedgerEntry Entry, UnsealPublic Public)>();
        foreach (var (leaf, entry) in known)
        {
            if (entry.TypeId == LedgerEventTypes.DisclosureUnsealed.Id && Read<UnsealPublic>(entry) is { } unseal)
            {
                unseals.TryAdd(unseal.Unseals, (entry, unseal));
            }
            else if (entry.TypeId == LedgerEventTypes.DisclosureSealExtended.Id && Read<ExtensionPublic>(entry) is { } extension)
            {
                if (!extensions.TryGetValue(extension.Sealed, out var list))
                {
                    extensions[extension.Sealed] = list = [];
                }

                list.Add((entry, extension));
            }
            else if (Read<SealedPublic>(entry) is { SealedRefs.Length: 64 } seal)
            {
                seals[leaf] = (entry, seal);
            }
        }

        var statuses = new List<SealStatus>();
        foreach (var (leaf, (entry, seal)) in seals)
        {
            var unsealBy = seal.UnsealBy;
            var late = false;
            foreach (var (moved, extension) in extensions.GetValueOrDefault(leaf) ?? [])
            {
                late |= Day(moved.Time) > unsealBy;
                unsealBy = extension.UnsealBy;
            }

            string? problem = null;
            DateOnly? unsealedOn = null;
            if (unseals.TryGetValue(leaf, out var opened))
            {
                unsealedOn = Day(opened.Entry.Time);
                late |= unsealedOn > unsealBy;
                if (!Opens(seal, opened.Public, opened.Entry.References))
                {
                    problem = "its disclosure.unsealed entry does not open the commitment: it names other keys than were sealed";
                }
            }

            var state = unsealedOn is not null ? SealState.Unsealed : SealRules.IsOverdue(unsealBy, at) ? SealState.Overdue : SealState.Sealed;
            statuses.Add(new SealStatus(leaf, entry.TypeName, Day(entry.Time), unsealBy, state, unsealedOn, late, problem));
        }

        return statuses;
    }

    private static bool Opens(SealedPublic seal, UnsealPublic unseal, IReadOnlyList<string> keys)
    {
        try
        {
            return unseal.Salt is { Length: 64 } && keys.Count > 0
                && string.Equals(SealCommitment.Commit(Convert.FromHexString(unseal.Salt), keys), seal.SealedRefs, StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static T? Read<T>(LedgerEntry entry) where T : class
    {
        if (entry.Public is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(entry.Public, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly Day(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
}

/// <summary>Where a sealed entry stands.</summary>
public enum SealState
{
    /// <summary>Sealed, and its unseal-by date has not passed.</summary>
    Sealed = 1,

    /// <summary>Sealed, and its unseal-by date has passed with neither an unseal nor an extension.</summary>
    Overdue = 2,

    /// <summary>Unsealed: the customers it left out are named by its <c>disclosure.unsealed</c> entry.</summary>
    Unsealed = 3,
}

/// <summary>One sealed entry, as a monitor sees it.</summary>
/// <param name="LeafIndex">Its position in the log.</param>
/// <param name="Type">Its event type name.</param>
/// <param name="SealedOn">The day it was logged.</param>
/// <param name="UnsealBy">Its unseal-by date, after any extensions.</param>
/// <param name="State">Sealed, overdue or unsealed.</param>
/// <param name="UnsealedOn">The day of its unseal, if any.</param>
/// <param name="Late">Whether an extension or the unseal came after the unseal-by date then in force.</param>
/// <param name="Problem">What is wrong with it, if anything (an unseal that does not open the commitment).</param>
public sealed record SealStatus(long LeafIndex, string Type, DateOnly SealedOn, DateOnly UnsealBy, SealState State, DateOnly? UnsealedOn, bool Late, string? Problem);
