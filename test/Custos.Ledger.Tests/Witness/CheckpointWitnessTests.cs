using System.Net;
using System.Text;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Witness;

namespace Custos.Ledger.Tests.Witness;

public sealed class CheckpointWitnessTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly NoteSignerKey _witnessKey = NoteSignerKey.Generate("witness.test/w1", NoteKeyAlgorithm.CosignatureV1);
    private readonly TestLog _log = new();
    private readonly MemoryWitnessStateStore _store = new();
    private readonly CheckpointWitness _witness;

    public CheckpointWitnessTests()
    {
        _witness = new CheckpointWitness(_witnessKey, [new WitnessedLog(_log.Origin, _log.Key.VerifierKey)], _store, new FixedTime(Now));
    }

    [Fact]
    public async Task AddCheckpoint_ValidGrowth_CosignsWithVerifiableTimestampedCosignatureAndRecordsTheHead()
    {
        await _log.GrowAsync(10);
        var first = await _witness.AddCheckpointAsync(await _log.RequestAsync(0));
        var firstText = new Checkpoint(_log.Origin, 10, _log.Root).Format();
        await _log.GrowAsync(290);
        var second = await _witness.AddCheckpointAsync(await _log.RequestAsync(10));

        Assert.True(first.IsCosigned, first.ToString());
        Assert.True(second.IsCosigned, second.ToString());
        Assert.Equal(HttpStatusCode.OK, second.HttpStatus);
        var cosignature = Assert.Single(second.Cosignatures);
        Assert.Equal(Now, Cosignature.Verify(_witnessKey.VerifierKey, new Checkpoint(_log.Origin, 300, _log.Root).Format(), cosignature).Value);
        Assert.False(Cosignature.Verify(_witnessKey.VerifierKey, firstText, cosignature).IsSuccess);
        var stored = await _store.ReadAsync(_log.Origin, default);
        Assert.Equal(300UL, stored!.Size);
        Assert.Equal(_log.Root, stored.RootHash);
    }

    [Fact]
    public async Task AddCheckpoint_SameCheckpointAgain_CosignsAgainWithoutWriting()
    {
        await _log.GrowAsync(5);
        await _witness.AddCheckpointAsync(await _log.RequestAsync(0));

        var again = await _witness.AddCheckpointAsync(await _log.RequestAsync(5));

        Assert.True(again.IsCosigned, again.ToString());
        Assert.Equal(1, _store.WriteCount);
    }

    [Fact]
    public async Task AddCheckpoint_SplitViewOfTheSameSize_IsRefusedAndStateUnchanged()
    {
        using var fork = new TestLog(NoteSignerKey.Parse(_log.Key.Format()).Value, entryPrefix: "forged");
        await _log.GrowAsync(10);
        await fork.GrowAsync(10);
        Assert.True((await _witness.AddCheckpointAsync(await _log.RequestAsync(0))).IsCosigned);

        var refused = await _witness.AddCheckpointAsync(await fork.RequestAsync(10));

        Assert.Equal(AddCheckpointStatus.SplitView, refused.Status);
        Assert.Equal(HttpStatusCode.Conflict, refused.HttpStatus);
        Assert.Empty(refused.Cosignatures);
        await AssertStoredAsync(10, _log.Root);
    }

    [Fact]
    public async Task AddCheckpoint_ForkThatGrewFurther_IsRefusedForItsProof()
    {
        using var fork = new TestLog(NoteSignerKey.Parse(_log.Key.Format()).Value, entryPrefix: "forged");
        await _log.GrowAsync(10);
        await fork.GrowAsync(30);
        Assert.True((await _witness.AddCheckpointAsync(await _log.RequestAsync(0))).IsCosigned);

        var refused = await _witness.AddCheckpointAsync(await fork.RequestAsync(10));

        Assert.Equal(AddCheckpointStatus.InvalidProof, refused.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.HttpStatus);
        await AssertStoredAsync(10, _log.Root);
    }

    [Fact]
    public async Task AddCheckpoint_OlderCheckpoint_IsRefusedEitherWayAndStateUnchanged()
    {
        await _log.GrowAsync(10);
        var older = _log.Checkpoint();
        var olderRoot = _log.Root;
        await _log.GrowAsync(10);
        Assert.True((await _witness.AddCheckpointAsync(await _log.RequestAsync(0))).IsCosigned);

        var claimingCurrent = await _witness.AddCheckpointAsync(Encoding.UTF8.GetBytes(AddCheckpointRequest.Format(20, [], older)));
        var claimingOlder = await _witness.AddCheckpointAsync(Encoding.UTF8.GetBytes(AddCheckpointRequest.Format(10, [], older)));

        Assert.Equal(AddCheckpointStatus.BadRequest, claimingCurrent.Status);
        Assert.Equal("witness.old-size-too-large", claimingCurrent.Error!.Code);
        Assert.Equal(AddCheckpointStatus.SizeConflict, claimingOlder.Status);
        Assert.Equal(20UL, claimingOlder.KnownSize);
        Assert.NotEqual(olderRoot, _log.Root);
        await AssertStoredAsync(20, _log.Root);
    }

    [Fact]
    public async Task AddCheckpoint_OldSizeNotTheStoredSize_ConflictCarriesTheStoredSize()
    {
        await _log.GrowAsync(7);
        await _witness.AddCheckpointAsync(await _log.RequestAsync(0));
        await _log.GrowAsync(5);

        var fromZero = await _witness.AddCheckpointAsync(await _log.RequestAsync(0));
        var fromThree = await _witness.AddCheckpointAsync(await _log.RequestAsync(3));

        Assert.Equal(AddCheckpointStatus.SizeConflict, fromZero.Status);
        Assert.Equal(7UL, fromZero.KnownSize);
        Assert.Equal(HttpStatusCode.Conflict, fromZero.HttpStatus);
        Assert.Equal(7UL, fromThree.KnownSize);
        await AssertStoredAsync(7, null);
    }

    [Fact]
    public async Task AddCheckpoint_TamperedProof_IsRefusedAsUnprocessable()
    {
        await _log.GrowAsync(10);
        await _witness.AddCheckpointAsync(await _log.RequestAsync(0));
        await _log.GrowAsync(13);
        var proof = (await _log.ProofAsync(10, 23)).Select(h => (byte[])h.Clone()).ToArray();
        proof[^1][5] ^= 0x40;

        var refused = await _witness.AddCheckpointAsync(Encoding.UTF8.GetBytes(AddCheckpointRequest.Format(10, proof, _log.Checkpoint())));

        Assert.Equal(AddCheckpointStatus.InvalidProof, refused.Status);
        Assert.Equal("witness.proof-invalid", refused.Error!.Code);
        await AssertStoredAsync(10, null);
    }

    [Fact]
    public async Task AddCheckpoint_ProofLinesFromSizeZero_IsRefusedAsUnprocessable()
    {
        await _log.GrowAsync(4);
        var proof = await _log.ProofAsync(2, 4);

        var refused = await _witness.AddCheckpointAsync(Encoding.UTF8.GetBytes(AddCheckpointRequest.Format(0, proof, _log.Checkpoint())));

        Assert.Equal(AddCheckpointStatus.InvalidProof, refused.Status);
        Assert.Null(await _store.ReadAsync(_log.Origin, default));
    }

    [Fact]
    public async Task AddCheckpoint_SignedByAnotherKeyOfTheSameName_IsForbidden()
    {
        using var impostor = new TestLog(NoteSignerKey.Generate(_log.Origin));
        await impostor.GrowAsync(3);

        var refused = await _witness.AddCheckpointAsync(await impostor.RequestAsync(0));

        Assert.Equal(AddCheckpointStatus.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.Forbidden, refused.HttpStatus);
        Assert.Null(await _store.ReadAsync(_log.Origin, default));
    }

    [Fact]
    public async Task AddCheckpoint_UnknownOrigin_IsNotFound()
    {
        using var other = new TestLog(origin: "other.test/log");
        await other.GrowAsync(3);

        var refused = await _witness.AddCheckpointAsync(await other.RequestAsync(0));

        Assert.Equal(AddCheckpointStatus.UnknownLog, refused.Status);
        Assert.Equal(HttpStatusCode.NotFound, refused.HttpStatus);
    }

    [Theory]
    [InlineData("")]
    [InlineData("old 1")]
    [InlineData("old 01\n\n")]
    [InlineData("new 1\n\n")]
    [InlineData("old 0\nnot-a-hash\n\n")]
    [InlineData("old 0\n")]
    public async Task AddCheckpoint_MalformedBody_IsBadRequest(string prefix)
    {
        await _log.GrowAsync(2);

        var refused = await _witness.AddCheckpointAsync(Encoding.UTF8.GetBytes(prefix + (prefix.EndsWith("\n\n", StringComparison.Ordinal) ? _log.Checkpoint() : "")));

        Assert.Equal(AddCheckpointStatus.BadRequest, refused.Status);
        Assert.Equal(HttpStatusCode.BadRequest, refused.HttpStatus);
        Assert.Equal("witness.request.malformed", refused.Error!.Code);
    }

    [Fact]
    public async Task AddCheckpoint_ConcurrentGrowthsFromTheSameSize_ExactlyOneIsCosigned()
    {
        var slow = new SlowStore();
        using var witness = new CheckpointWitness(_witnessKey, [new WitnessedLog(_log.Origin, _log.Key.VerifierKey)], slow);
        await _log.GrowAsync(10);
        await witness.AddCheckpointAsync(await _log.RequestAsync(0));
        var bodies = new List<byte[]>();
        for (var i = 0; i < 6; i++)
        {
            await _log.GrowAsync(3);
            bodies.Add(await _log.RequestAsync(10));
        }

        var results = await Task.WhenAll(bodies.Select(b => witness.AddCheckpointAsync(b)));

        var cosigned = Assert.Single(results, r => r.IsCosigned);
        Assert.All(results.Where(r => !r.IsCosigned), r => Assert.Equal(AddCheckpointStatus.SizeConflict, r.Status));
        var stored = await slow.ReadAsync(_log.Origin, default);
        var winner = Array.IndexOf(results, cosigned);
        Assert.Equal(10UL + (3UL * (ulong)(winner + 1)), stored!.Size);
    }

    [Fact]
    public async Task AddCheckpoint_ClockSteppedBackAnHour_CosignsTheLargerTreeNoEarlierThanTheSmallerOne()
    {
        var time = new SettableTime(Now);
        using var witness = new CheckpointWitness(_witnessKey, [new WitnessedLog(_log.Origin, _log.Key.VerifierKey)], new MemoryWitnessStateStore(), time);
        await _log.GrowAsync(10);
        var first = await witness.AddCheckpointAsync(await _log.RequestAsync(0));
        var firstText = new Checkpoint(_log.Origin, 10, _log.Root).Format();
        time.Now = Now.AddHours(-1);
        await _log.GrowAsync(5);
        var second = await witness.AddCheckpointAsync(await _log.RequestAsync(10));
        var secondText = new Checkpoint(_log.Origin, 15, _log.Root).Format();
        time.Now = Now.AddSeconds(30);
        await _log.GrowAsync(5);
        var third = await witness.AddCheckpointAsync(await _log.RequestAsync(15));

        // "As of T the largest tree is 10" then "as of T - 1 h it is 15" would contradict each other; the time holds at T
        // until the clock catches up, then moves on with it.
        Assert.Equal(Now, Cosignature.Verify(_witnessKey.VerifierKey, firstText, Assert.Single(first.Cosignatures)).Value);
        Assert.Equal(Now, Cosignature.Verify(_witnessKey.VerifierKey, secondText, Assert.Single(second.Cosignatures)).Value);
        Assert.Equal(Now.AddSeconds(30), Cosignature.Verify(_witnessKey.VerifierKey, new Checkpoint(_log.Origin, 20, _log.Root).Format(), Assert.Single(third.Cosignatures)).Value);
    }

    public void Dispose()
    {
        _witness.Dispose();
        _witnessKey.Dispose();
        _log.Dispose();
    }

    private async Task AssertStoredAsync(ulong size, byte[]? root)
    {
        var stored = await _store.ReadAsync(_log.Origin, default);
        Assert.NotNull(stored);
        Assert.Equal(size, stored.Size);
        if (root is not null)
        {
            Assert.Equal(root, stored.RootHash);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    /// <summary>Yields between reading and writing, so that unserialised requests would interleave.</summary>
    private sealed class SlowStore : IWitnessStateStore
    {
        private readonly MemoryWitnessStateStore _inner = new();

        public async ValueTask<TreeHead?> ReadAsync(string origin, CancellationToken cancellationToken)
        {
            await Task.Delay(20, cancellationToken);
            return await _inner.ReadAsync(origin, cancellationToken);
        }

        public async ValueTask WriteAsync(string origin, TreeHead head, CancellationToken cancellationToken)
        {
            await Task.Delay(20, cancellationToken);
            await _inner.WriteAsync(origin, head, cancellationToken);
        }
    }
}
