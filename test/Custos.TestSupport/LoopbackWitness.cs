using Custos.Application.Ledger;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;
using Custos.Web.Witness;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Custos.TestSupport;

/// <summary>
/// A real witness (C2SP tlog-witness over Kestrel) on a loopback port, witnessing one log; it keeps its port, key and
/// state folder across <see cref="StopAsync"/> and <see cref="StartAsync"/>, as a witness restarted after an outage does.
/// Its cosignatures are timed by <paramref name="clock"/> (the system clock by default).
/// </summary>
public sealed class LoopbackWitness(string name, string logOrigin, TimeProvider? clock = null) : IAsyncDisposable
{
    private readonly NoteSignerKey _key = NoteSignerKey.Generate(name, NoteKeyAlgorithm.CosignatureV1);
    private readonly string _state = TestEnvironment.NewTempDirectory("witness-state");
    private FileWitnessStateStore? _store;
    private CheckpointWitness? _witness;
    private WebApplication? _app;

    public Uri Url { get; private set; } = new("http://127.0.0.1:0/");

    public NoteVerifierKey VerifierKey => _key.VerifierKey;

    /// <summary>The key of the log it witnesses (given at the last start).</summary>
    public NoteVerifierKey LogKey { get; private set; } = null!;

    /// <summary>How a log configures this witness (under <paramref name="label"/>, default its key name).</summary>
    public WitnessEndpoint Endpoint(string? label = null) => new(label ?? name, Url, _key.VerifierKey);

    /// <summary>
    /// Starts a witness of the ledger kept in <paramref name="dataDirectory"/> (its signing key created there if need be),
    /// as a Custos started on that folder publishes it.
    /// </summary>
    public static async Task<LoopbackWitness> StartForDataDirectoryAsync(string dataDirectory, string name, TimeProvider? clock = null)
    {
        var options = LedgerOptions.ForDataDirectory(dataDirectory);
        NoteVerifierKey logKey;
        using (var signer = LedgerSigner.LoadOrCreate(options))
        {
            logKey = signer.VerifierKey;
        }

        var witness = new LoopbackWitness(name, options.Origin, clock);
        try
        {
            await witness.StartAsync(logKey);
            return witness;
        }
        catch
        {
            await witness.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync(NoteVerifierKey logKey)
    {
        LogKey = logKey;
        _store = FileWitnessStateStore.Open(_state).Value;
        _witness = new CheckpointWitness(_key, [new WitnessedLog(logOrigin, logKey)], _store, clock);
        _app = WitnessHost.Create(_witness, Url.GetLeftPart(UriPartial.Authority), b => b.Logging.ClearProviders());
        await _app.StartAsync();
        Url = WitnessHost.ListeningAddress(_app);
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _witness?.Dispose();
        _store?.Dispose();
        (_app, _witness, _store) = (null, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _key.Dispose();
    }
}
