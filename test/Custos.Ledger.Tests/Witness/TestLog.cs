using System.Text;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Witness;

/// <summary>A real tiled log in memory with an Ed25519 key: appends entries, signs checkpoints, builds consistency proofs.</summary>
internal sealed class TestLog : IDisposable
{
    public const string DefaultOrigin = "custos.test/ledger";

    private readonly MemoryTileStore _tiles = new();
    private readonly string _entryPrefix;

    public TestLog(NoteSignerKey? key = null, string entryPrefix = "entry", string origin = DefaultOrigin)
    {
        Origin = origin;
        Key = key ?? NoteSignerKey.Generate(origin);
        _entryPrefix = entryPrefix;
    }

    public string Origin { get; }

    public NoteSignerKey Key { get; }

    public ulong Size { get; private set; }

    public byte[] Root { get; private set; } = MerkleHash.EmptyRoot.ToArray();

    /// <summary>Appends <paramref name="count"/> entries and returns the signed checkpoint note of the new size.</summary>
    public async Task<string> GrowAsync(int count)
    {
        var writer = (await TileWriter.OpenAsync(_tiles, Size)).Value;
        var entries = Enumerable.Range((int)Size, count).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($"{_entryPrefix} {i}")).ToArray();
        var head = await writer.AppendAsync(entries);
        Size = head.Size;
        Root = head.RootHash;
        return Checkpoint();
    }

    /// <summary>The signed checkpoint note of the current size.</summary>
    public string Checkpoint() => SignedNote.Sign(new Checkpoint(Origin, Size, Root).Format(), Key).Format();

    public async Task<IReadOnlyList<byte[]>> ProofAsync(ulong oldSize, ulong newSize, CancellationToken cancellationToken = default) =>
        await ProofBuilder.CreateConsistencyProofAsync(new TileHashSource(_tiles, newSize), oldSize, newSize, cancellationToken);

    /// <summary>The add-checkpoint request body from <paramref name="oldSize"/> to the current size.</summary>
    public async Task<byte[]> RequestAsync(ulong oldSize) =>
        Encoding.UTF8.GetBytes(Ledger.Witness.AddCheckpointRequest.Format(oldSize, oldSize == 0 ? [] : await ProofAsync(oldSize, Size), Checkpoint()));

    public void Dispose() => Key.Dispose();
}
