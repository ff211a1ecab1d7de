using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;

namespace Custos.Ledger.Tests.Verification;

/// <summary>Builds signed tiled logs in a store (a directory or memory), with the checkpoint where a server would put it.</summary>
internal static class TestLog
{
    public const string Origin = "custos.example/ledger";

    public static ReadOnlyMemory<byte> Entry(int i, string prefix = "event") => Encoding.UTF8.GetBytes($"{prefix} {i}");

    /// <summary>Appends entries [from, to) to the log in <paramref name="store"/> and publishes a signed checkpoint.</summary>
    public static async Task<TreeHead> AppendAsync(ITileStore store, NoteSignerKey key, ulong currentSize, int from, int to, string prefix = "event", string origin = Origin)
    {
        var writer = (await TileWriter.OpenAsync(store, currentSize)).Value;
        var head = await writer.AppendAsync(Enumerable.Range(from, to - from).Select(i => Entry(i, prefix)).ToArray());
        await PublishAsync(store, key, head, origin);
        return head;
    }

    public static async Task PublishAsync(ITileStore store, NoteSignerKey key, TreeHead head, string origin = Origin)
    {
        var note = SignedNote.Sign(new Checkpoint(origin, head.Size, head.RootHash).Format(), [key]).Format();
        await store.WriteAsync("checkpoint", Encoding.UTF8.GetBytes(note), default);
    }

    /// <summary>Copies every resource of <paramref name="store"/> into <paramref name="directory"/>, as a mirror would.</summary>
    public static async Task CopyToDirectoryAsync(MemoryTileStore store, string directory)
    {
        foreach (var path in store.Paths)
        {
            var file = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, (await store.ReadAsync(path, default))!);
        }
    }

    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "custos-verify-tests", Guid.NewGuid().ToString("N")[..12]);
}
