using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Custos.Ledger.Merkle;

namespace Custos.Ledger.Bench;

/// <summary>RFC 6962 leaf hashing against raw SHA-256 over the same bytes.</summary>
[MemoryDiagnoser]
public class LeafHashingBenchmarks
{
    private ReadOnlyMemory<byte>[] _entries = [];
    private byte[] _hashes = [];

    [Params(64)]
    public int EntrySize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _entries = Workload.Entries(4096, EntrySize);
        _hashes = new byte[_entries.Length * MerkleHash.Size];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 4096)]
    public void RawSha256()
    {
        var destination = _hashes.AsSpan();
        for (var i = 0; i < _entries.Length; i++)
        {
            SHA256.HashData(_entries[i].Span, destination.Slice(i * MerkleHash.Size, MerkleHash.Size));
        }
    }

    [Benchmark(OperationsPerInvoke = 4096)]
    public void HashLeaves() => MerkleHash.HashLeaves(_entries, _hashes);
}
