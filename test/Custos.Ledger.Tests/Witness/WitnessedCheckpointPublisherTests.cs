using Custos.Ledger.Notes;
using Custos.Ledger.Witness;

namespace Custos.Ledger.Tests.Witness;

public sealed class WitnessedCheckpointPublisherTests : IDisposable
{
    private readonly TestLog _log = new();
    private readonly InProcessWitnessHandler _handler = new();
    private readonly HttpClient _http;
    private readonly List<IDisposable> _owned = [];
    private readonly List<WitnessEndpoint> _endpoints = [];

    public WitnessedCheckpointPublisherTests()
    {
        _http = new HttpClient(_handler);
        for (var i = 1; i <= 3; i++)
        {
            var key = NoteSignerKey.Generate($"witness.test/w{i}", NoteKeyAlgorithm.CosignatureV1);
            var witness = new CheckpointWitness(key, [new WitnessedLog(_log.Origin, _log.Key.VerifierKey)], new MemoryWitnessStateStore());
            _owned.Add(key);
            _owned.Add(witness);
            _endpoints.Add(new WitnessEndpoint($"w{i}", _handler.Add($"w{i}.test", witness), key.VerifierKey));
        }
    }

    [Fact]
    public async Task CosignAsync_AllWitnessesUp_AppendsOneVerifiedCosignaturePerWitness()
    {
        using var publisher = Publisher(quorum: 3);
        await _log.GrowAsync(10);
        await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);
        await _log.GrowAsync(5);

        var result = await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);

        Assert.True(result.IsSuccess, result.ToString());
        var note = SignedNote.Parse(result.CosignedNote!).Value;
        Assert.Equal(4, note.Signatures.Count);
        foreach (var endpoint in _endpoints)
        {
            var line = Assert.Single(note.Signatures, s => s.KeyName == endpoint.Key.Name);
            Assert.True(Cosignature.Verify(endpoint.Key, note.Text, line).IsSuccess);
        }

        Assert.Contains("w1.test old 10", _handler.Requests);
        Assert.Equal(15UL, publisher.KnownSize("w2"));
    }

    [Fact]
    public async Task CosignAsync_WitnessAheadOfPublisherMemory_RetriesOnceWithTheReportedSize()
    {
        await _log.GrowAsync(6);
        using (var earlier = Publisher(quorum: 3))
        {
            Assert.True((await earlier.CosignAsync(_log.Checkpoint(), _log.ProofAsync)).IsSuccess);
        }

        await _log.GrowAsync(6);
        using var restarted = Publisher(quorum: 3);
        var result = await restarted.CosignAsync(_log.Checkpoint(), _log.ProofAsync);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(2, _handler.Requests.Count(r => r.StartsWith("w1.test", StringComparison.Ordinal) && r.EndsWith("old 0", StringComparison.Ordinal)));
        Assert.Contains("w1.test old 6", _handler.Requests);
    }

    [Fact]
    public async Task CosignAsync_OneWitnessDownWithQuorumTwo_SucceedsAndReportsTheMissingWitness()
    {
        using var publisher = Publisher(quorum: 2);
        _handler.SetDown("w3.test", down: true);
        await _log.GrowAsync(4);

        var result = await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(["w1", "w2"], result.Cosignatures.Keys.Order(StringComparer.Ordinal));
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("w3", WitnessFailureKind.Unreachable), (failure.Witness, failure.Kind));
    }

    [Fact]
    public async Task CosignAsync_TwoWitnessesDownWithQuorumTwo_FailsWithoutANote()
    {
        using var publisher = Publisher(quorum: 2);
        _handler.SetDown("w2.test", down: true);
        _handler.SetDown("w3.test", down: true);
        await _log.GrowAsync(4);

        var result = await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);

        Assert.False(result.IsSuccess);
        Assert.Null(result.CosignedNote);
        Assert.Equal("witnessing.quorum-not-met", result.Error!.Code);
        Assert.Equal(["w2", "w3"], result.Failures.Select(f => f.Witness));
        Assert.Single(result.Cosignatures);
    }

    [Fact]
    public async Task CosignAsync_ConfiguredKeyIsNotTheWitnessKey_CountsAsInvalidCosignature()
    {
        using var stranger = NoteSignerKey.Generate("witness.test/w1", NoteKeyAlgorithm.CosignatureV1);
        _endpoints[0] = _endpoints[0] with { Key = stranger.VerifierKey };
        using var publisher = Publisher(quorum: 3);
        await _log.GrowAsync(4);

        var result = await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);

        Assert.False(result.IsSuccess);
        var failure = Assert.Single(result.Failures);
        Assert.Equal(("w1", WitnessFailureKind.InvalidCosignature), (failure.Witness, failure.Kind));
    }

    [Fact]
    public async Task CosignAsync_ProofProviderFails_ReportsProofUnavailable()
    {
        using var publisher = Publisher(quorum: 1);
        await _log.GrowAsync(4);
        await publisher.CosignAsync(_log.Checkpoint(), _log.ProofAsync);
        await _log.GrowAsync(4);

        var result = await publisher.CosignAsync(_log.Checkpoint(), (_, _, _) => throw new IOException("tile missing"));

        Assert.False(result.IsSuccess);
        Assert.All(result.Failures, f => Assert.Equal(WitnessFailureKind.ProofUnavailable, f.Kind));
        Assert.Contains("tile missing", result.Failures[0].Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Constructor_QuorumOutOfRange_Throws(int quorum)
    {
        Assert.Throws<ArgumentException>(() => Publisher(quorum));
    }

    [Fact]
    public void Validate_DuplicateNamesAndKeys_ReportsBoth()
    {
        var options = new WitnessingOptions([_endpoints[0], _endpoints[0]], 1, TimeSpan.FromSeconds(1));

        var problems = options.Validate();

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("witness.config.invalid", p.Code));
    }

    public void Dispose()
    {
        _http.Dispose();
        _handler.Dispose();
        _owned.ForEach(o => o.Dispose());
        _log.Dispose();
    }

    private WitnessedCheckpointPublisher Publisher(int quorum) =>
        new(new WitnessingOptions(_endpoints.ToList(), quorum, TimeSpan.FromSeconds(5)), new WitnessClient(_http));
}
