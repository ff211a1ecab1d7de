using System.CommandLine;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Custos.Cli;
using Custos.Ledger.Merkle;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;
using Custos.TestSupport;
using Custos.Web.Witness;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Custos.Cli.Tests;

/// <summary>
/// Two real witnesses on loopback Kestrel, a log publishing through <see cref="WitnessedCheckpointPublisher"/> with quorum 2,
/// and the <c>custos witness</c> commands. In the console collection: the commands share the console.
/// </summary>
[Collection("console")]
#pragma warning disable CA1001 // xunit calls IAsyncLifetime.DisposeAsync, which disposes every field.
public sealed class WitnessTests : IAsyncLifetime
{
    private readonly Log _log = new();
    private readonly HttpClient _http = new();
    private readonly LoopbackWitness _w1 = new("witness.test/w1", Log.Origin);
    private readonly LoopbackWitness _w2 = new("witness.test/w2", Log.Origin);
    private WitnessedCheckpointPublisher _publisher = null!;
#pragma warning restore CA1001

    public async Task InitializeAsync()
    {
        await _w1.StartAsync(_log.Key.VerifierKey);
        await _w2.StartAsync(_log.Key.VerifierKey);
        _publisher = new WitnessedCheckpointPublisher(
            new WitnessingOptions([_w1.Endpoint("w1"), _w2.Endpoint("w2")], Quorum: 2, TimeSpan.FromSeconds(5)), new WitnessClient(_http));
    }

    [Fact]
    public async Task Publish_TwoWitnessesQuorumTwo_AppendsTwoVerifiedCosignatures()
    {
        await _log.GrowAsync(5);
        Assert.True((await PublishAsync()).IsSuccess);
        await _log.GrowAsync(300);

        var result = await PublishAsync();

        Assert.True(result.IsSuccess, result.ToString());
        var note = SignedNote.Parse(result.CosignedNote!).Value;
        Assert.Equal(_log.Checkpoint().Text, note.Text);
        Assert.Equal(2, note.Verify([_w1.VerifierKey, _w2.VerifierKey]).Value.Count);
        Assert.True(note.Verify([_log.Key.VerifierKey]).IsSuccess);
        Assert.Equal(3, note.Signatures.Count);
    }

    [Fact]
    public async Task Publish_OneWitnessStopped_FailsKeepingNothingThenSucceedsAfterRestartWithTheSameState()
    {
        await _log.GrowAsync(5);
        Assert.True((await PublishAsync()).IsSuccess);
        await _w2.StopAsync();
        await _log.GrowAsync(4);

        var delayed = await PublishAsync();
        await _w2.StartAsync(_log.Key.VerifierKey);
        var stateSurvived = await new WitnessClient(_http).AddCheckpointAsync(_w2.Url, 0, [], _log.Checkpoint().Format());
        var published = await PublishAsync();

        Assert.False(delayed.IsSuccess);
        Assert.Null(delayed.CosignedNote);
        var failure = Assert.Single(delayed.Failures);
        Assert.Equal(("w2", WitnessFailureKind.Unreachable), (failure.Witness, failure.Kind));
        Assert.Equal((WitnessResponseKind.Conflict, 5UL), (stateSurvived.Kind, stateSurvived.WitnessSize!.Value));
        Assert.True(published.IsSuccess, published.ToString());
        Assert.Equal(2, SignedNote.Parse(published.CosignedNote!).Value.Verify([_w1.VerifierKey, _w2.VerifierKey]).Value.Count);
    }

    [Fact]
    public async Task Publish_SplitView_IsRefusedByBothWitnessesWhoseStateStays()
    {
        using var fork = new Log(_log.Key, "forged");
        await _log.GrowAsync(8);
        await fork.GrowAsync(8);
        Assert.True((await PublishAsync()).IsSuccess);

        var sameSize = await _publisher.CosignAsync(fork.Checkpoint().Format(), fork.ProofAsync);
        await fork.GrowAsync(8);
        var larger = await new WitnessClient(_http).AddCheckpointAsync(_w1.Url, 8, await fork.ProofAsync(8, 16, default), fork.Checkpoint().Format());
        await _log.GrowAsync(1);
        var honest = await PublishAsync();

        Assert.False(sameSize.IsSuccess);
        Assert.Equal(["w1", "w2"], sameSize.Failures.Select(f => f.Witness));
        Assert.All(sameSize.Failures, f => Assert.Equal((WitnessFailureKind.Refused, "witness.client.split-view"), (f.Kind, f.Error.Code)));
        Assert.Equal((WitnessResponseKind.Refused, 422), (larger.Kind, larger.StatusCode!.Value));
        Assert.True(honest.IsSuccess, honest.ToString());
    }

    [Fact]
    public async Task AddCheckpoint_OverHttp_UsesTheSpecifiedStatusCodesAndContentTypes()
    {
        await _log.GrowAsync(3);
        using var stranger = new Log(NoteSignerKey.Generate(Log.Origin), "x");
        await stranger.GrowAsync(3);
        using var unknown = new Log(NoteSignerKey.Generate("unknown.test/log"), "x", "unknown.test/log");
        await unknown.GrowAsync(3);
        var uri = WitnessClient.AddCheckpointUri(_w1.Url);

        using var malformed = await _http.PostAsync(uri, new StringContent("old x\n\n"));
        using var forbidden = await _http.PostAsync(uri, new StringContent(AddCheckpointRequest.Format(0, [], stranger.Checkpoint().Format())));
        using var notFound = await _http.PostAsync(uri, new StringContent(AddCheckpointRequest.Format(0, [], unknown.Checkpoint().Format())));
        using var ok = await _http.PostAsync(uri, new StringContent(AddCheckpointRequest.Format(0, [], _log.Checkpoint().Format())));
        using var conflict = await _http.PostAsync(uri, new StringContent(AddCheckpointRequest.Format(0, [], _log.Checkpoint().Format())));

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.StartsWith("\u2014 witness.test/w1 ", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("text/x.tlog.size", conflict.Content.Headers.ContentType!.MediaType);
        Assert.Equal("3\n", await conflict.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        await _w1.DisposeAsync();
        await _w2.DisposeAsync();
        _publisher.Dispose();
        _http.Dispose();
        _log.Dispose();
    }

    private Task<WitnessingResult> PublishAsync() => _publisher.CosignAsync(_log.Checkpoint().Format(), _log.ProofAsync);

    /// <summary>A real tiled log in memory, signing checkpoints with an Ed25519 key.</summary>
    internal sealed class Log(NoteSignerKey? key = null, string entryPrefix = "entry", string origin = Log.Origin) : IDisposable
    {
        public const string Origin = "custos.test/ledger";
        private readonly MemoryTileStore _tiles = new();
        private ulong _size;
        private byte[] _root = MerkleHash.EmptyRoot.ToArray();

        public NoteSignerKey Key { get; } = key ?? NoteSignerKey.Generate(origin);

        public async Task GrowAsync(int count)
        {
            var writer = (await TileWriter.OpenAsync(_tiles, _size)).Value;
            var head = await writer.AppendAsync(Enumerable.Range((int)_size, count).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes($"{entryPrefix} {i}")).ToArray());
            (_size, _root) = (head.Size, head.RootHash);
        }

        public SignedNote Checkpoint() => SignedNote.Sign(new Checkpoint(origin, _size, _root).Format(), Key);

        public async Task<IReadOnlyList<byte[]>> ProofAsync(ulong oldSize, ulong newSize, CancellationToken cancellationToken) =>
            await ProofBuilder.CreateConsistencyProofAsync(new TileHashSource(_tiles, newSize), oldSize, newSize, cancellationToken);

        public void Dispose() => Key.Dispose();
    }
}
