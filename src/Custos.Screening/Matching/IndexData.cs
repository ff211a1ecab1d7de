using System.Collections.Concurrent;
using Custos.Screening.Lists;
using Custos.Screening.Wallets;

namespace Custos.Screening.Matching;

/// <summary>The arrays of a built index: entries, names as weighted tokens, the token vocabulary and its lookups.</summary>
internal sealed class IndexData
{
    public required ListEntry[] Entries { get; init; }

    /// <summary>For each name: the index of its entry.</summary>
    public required int[] NameEntry { get; init; }

    /// <summary>For each name: the list's name.</summary>
    public required ListName[] NameSource { get; init; }

    /// <summary>For each name: its tokens with weights and vocabulary ids.</summary>
    public required Tok[][] NameTokens { get; init; }

    /// <summary>For each name: its adjacent tokens written as one (<see cref="NameAligner.JoinedOf"/>), worked out the
    /// first time the name is scored (<see cref="JoinedOf"/>).</summary>
    public required (string Text, string Key)?[]?[] NameJoined { get; init; }

    /// <summary>The joined spellings of a name, worked out once and kept (a race works them out twice, alike).</summary>
    public (string Text, string Key)?[] JoinedOf(int name)
    {
        var joined = Volatile.Read(ref NameJoined[name]);
        if (joined is null)
        {
            joined = NameAligner.JoinedOf(NameTokens[name]);
            Interlocked.CompareExchange(ref NameJoined[name], joined, null);
        }

        return joined;
    }

    /// <summary>For each name: the sum of its token weights.</summary>
    public required float[] NameWeight { get; init; }

    /// <summary>For each vocabulary token (distinct text): the token as it first appeared (text, key, class).</summary>
    public required Tok[] Vocabulary { get; init; }

    /// <summary>For each vocabulary token: the names holding it, ascending.</summary>
    public required int[][] Postings { get; init; }

    public required Dictionary<string, int> VocabularyByText { get; init; }

    public required Dictionary<string, int[]> VocabularyByKey { get; init; }

    /// <summary>The loose skeletons of name words (<see cref="Text.PhoneticKey.Loose"/>) → vocabulary ids, for query tokens
    /// transliterated from a syllabic script.</summary>
    public required Dictionary<string, int[]> VocabularyByLooseKey { get; init; }

    /// <summary>Phonetic keys of four or more symbols and their one-symbol deletions → vocabulary ids (a SymSpell index).</summary>
    public required Dictionary<string, int[]> VocabularyByDeletion { get; init; }

    /// <summary>Spellings of five or more letters and their one-letter deletions → vocabulary ids (typos).</summary>
    public required Dictionary<string, int[]> VocabularyBySpellingDeletion { get; init; }

    /// <summary>The acronyms the names of organisations, vessels and aircraft could be written as (see
    /// <see cref="Acronyms.Of"/>) → the names.</summary>
    public required Dictionary<string, int[]> NamesByAcronym { get; init; }

    /// <summary>For each entry: its countries (nationality, citizenship; addresses for non-persons), normalised.</summary>
    public required string[][] EntryCountries { get; init; }

    public required TokenRarity Rarity { get; init; }

    /// <summary>
    /// The vocabulary neighbours of query tokens already seen (token text → vocabulary ids with their similarity),
    /// filled as queries arrive and shared by all threads: names repeat across customers, so most query tokens are
    /// looked up once. Bounded: past <see cref="MaxRemembered"/> tokens new ones are computed and not kept.
    /// </summary>
    public ConcurrentDictionary<(string Text, int Variant), (int Vocab, float Similarity, AlignmentKind Kind)[]> Neighbours { get; } = new();

    public const int MaxRemembered = 500_000;

    private int remembered;

    /// <summary>Remembers a query token's neighbours unless <see cref="MaxRemembered"/> are already kept (counted
    /// without taking the dictionary's locks).</summary>
    public void Remember((string Text, int Variant) token, (int Vocab, float Similarity, AlignmentKind Kind)[] neighbours)
    {
        if (Volatile.Read(ref remembered) < MaxRemembered && Neighbours.TryAdd(token, neighbours))
        {
            Interlocked.Increment(ref remembered);
        }
    }

    public required Dictionary<string, WalletHit[]> Wallets { get; init; }
}
