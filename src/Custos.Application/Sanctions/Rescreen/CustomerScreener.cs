using System.Collections.Concurrent;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Sanctions;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Rescreen;

/// <summary>
/// Screens one customer against the lists in force: the Latin name and the native name, each with the date of birth
/// and the nationality as evidence and the type person; the best hit per entry at or above the review threshold; and
/// every wallet address by exact look-up. A name's candidates are found once per rescreen and kept (customers share
/// names), then weighed against each customer's own facts — the same scores as screening each customer from scratch.
/// Thread-safe.
/// </summary>
internal sealed class CustomerScreener(ListsInForce lists)
{
    /// <summary>The most names whose candidates are kept (beyond it, names are screened without keeping).</summary>
    public const int MaxKeptNames = 100_000;

    private readonly ConcurrentDictionary<string, NameCandidates> _names = new(StringComparer.Ordinal);

    /// <summary>How many distinct names were screened.</summary>
    public int DistinctNames => _names.Count;

    public List<CustomerHit> Screen(ScreenedFacts facts)
    {
        var index = lists.Index;
        var hits = new List<CustomerHit>();
        var birth = facts.DateOfBirth is { } dob ? BirthDate.OnDay(dob) : null;
        AddNameHits(hits, index, facts.Name, birth, facts.Nationality);
        if (!string.IsNullOrWhiteSpace(facts.NativeName) && !string.Equals(facts.NativeName, facts.Name, StringComparison.Ordinal))
        {
            AddNameHits(hits, index, facts.NativeName, birth, facts.Nationality);
        }

        foreach (var wallet in facts.Wallets)
        {
            foreach (var listed in index.FindWallet(wallet.Address))
            {
                hits.Add(new CustomerHit(listed.Entry, AlertSubject.Wallet, 1.0, listed.Wallet.Currency + " " + listed.Wallet.Address, null, wallet, listed.Wallet));
            }
        }

        return hits;
    }

    private void AddNameHits(List<CustomerHit> hits, ScreeningIndex index, string name, BirthDate? birth, string? country)
    {
        var candidates = _names.TryGetValue(name, out var known) ? known : Find(index, name);
        var query = new ScreeningQuery(name) { BirthDate = birth, Country = country, Kind = EntityKind.Person };
        foreach (var hit in index.Screen(candidates, query, index.Options.MaxHits))
        {
            if (!hit.RequiresReview)
            {
                break; // best first: the rest score lower
            }

            var same = hits.FindIndex(h => h.Subject == AlertSubject.Name && ReferenceEquals(h.Entry, hit.Entry));
            if (same < 0)
            {
                hits.Add(new CustomerHit(hit.Entry, AlertSubject.Name, hit.Score, hit.MatchedName.Text, hit, null, null));
            }
            else if (hit.Score > hits[same].Score)
            {
                hits[same] = new CustomerHit(hit.Entry, AlertSubject.Name, hit.Score, hit.MatchedName.Text, hit, null, null);
            }
        }
    }

    private NameCandidates Find(ScreeningIndex index, string name)
    {
        var candidates = index.FindCandidates(name, EntityKind.Person);
        return _names.Count < MaxKeptNames ? _names.GetOrAdd(name, candidates) : candidates;
    }
}
