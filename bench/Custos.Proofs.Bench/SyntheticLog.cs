using Custos.Application.Ledger;
using Custos.Domain.Events;
using Custos.Ledger.Index;

namespace Custos.Proofs.Bench;

/// <summary>
/// A synthetic log for the index: entry i names one random key (a customer with one disclosure event), and a thousand
/// probe customers have 1 to 9 events each, on entries spread over the whole log. Keys are uniformly random 128-bit
/// numbers, as HMAC-derived index keys are.
/// </summary>
internal sealed class SyntheticLog
{
    public const int ProbeCount = 1_000;

    private readonly Random _random;

    private SyntheticLog(int seed) => _random = new Random(seed);

    public ulong Size { get; private set; }

    /// <summary>The probe customers' keys (key j has 1 + j % 9 events).</summary>
    public List<byte[]> Probes { get; } = [];

    /// <summary>A sample of other keys in the index.</summary>
    public List<string> Existing { get; } = [];

    public static (SyntheticLog Log, IndexPosting[] Postings) Create(int keys, int seed)
    {
        var log = new SyntheticLog(seed);
        var singles = Math.Max(0, keys - ProbeCount);
        var probes = keys - singles;
        var postings = new List<IndexPosting>(singles + (probes * 5));
        for (var i = 0; i < singles; i++)
        {
            var key = log.NextKey();
            postings.Add(new IndexPosting(key, (ulong)i));
            if (i % 1_000 == 0)
            {
                log.Existing.Add(Convert.ToHexStringLower(IndexPosting.BytesOf(key)));
            }
        }

        var size = (ulong)Math.Max(singles, 1);
        for (var j = 0; j < probes; j++)
        {
            var key = log.NextKey();
            log.Probes.Add(IndexPosting.BytesOf(key));
            for (var e = 0; e <= j % 9; e++)
            {
                postings.Add(new IndexPosting(key, (ulong)log._random.NextInt64((long)size)));
            }
        }

        log.Size = size;
        return (log, postings.ToArray());
    }

    public UInt128 NextKey() => new((ulong)_random.NextInt64(), (ulong)_random.NextInt64());

    /// <summary>
    /// <paramref name="count"/> production entries from leaf <see cref="Size"/> on, encoded as the application logs them:
    /// each names a customer (seven in ten new, the others already indexed), a request (one per three events) and one of
    /// twenty agencies. The log grows by <paramref name="count"/>.
    /// </summary>
    public List<(ulong LeafIndex, byte[] Entry)> NextEvents(int count)
    {
        var entries = new List<(ulong, byte[])>(count);
        var agencies = Enumerable.Range(0, 20).Select(_ => Hex(NextKey())).ToArray();
        var request = Hex(NextKey());
        for (var i = 0; i < count; i++)
        {
            if (i % 3 == 0)
            {
                request = Hex(NextKey());
            }

            var customer = _random.Next(10) < 7 ? Hex(NextKey()) : Existing[_random.Next(Existing.Count)];
            var refs = new[] { customer, request, agencies[_random.Next(agencies.Length)] }.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            entries.Add((Size + (ulong)i, LedgerEntryFormat.Encode(new LedgerEntry(
                LedgerEventTypes.ProductionCreated.Id, LedgerEventTypes.ProductionCreated.Name, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
                "3", Hex(NextKey()), request, refs, new string('0', 64)))));
        }

        Size += (ulong)count;
        return entries;
    }

    private static string Hex(UInt128 key) => Convert.ToHexStringLower(IndexPosting.BytesOf(key));
}
