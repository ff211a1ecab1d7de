using System.CommandLine;
using Custos.Domain.Common;
using Custos.Ledger.Notes;
using Custos.Ledger.Witness;
using Custos.Web.Witness;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Custos.Cli.Commands;

/// <summary><c>custos witness …</c>: run a C2SP tlog-witness that cosigns the checkpoints of the logs it watches.</summary>
internal static class WitnessCommand
{
    public const string DefaultListen = "http://127.0.0.1:5090";
    public const string DefaultState = "./witness-state";
    private const string KeyFileName = "witness.key";

    public static Command Create()
    {
        var command = new Command("witness", "Run a transparency-log witness (C2SP tlog-witness): it checks each new checkpoint of the logs it watches is consistent with the last one it saw, and cosigns it.");
        command.Subcommands.Add(CreateServe());
        command.Subcommands.Add(CreateKey());
        return command;
    }

    private static Command CreateServe()
    {
        var listen = new Option<string>("--listen") { Description = $"The http URL to listen on (default {DefaultListen}); put TLS in front with a reverse proxy.", DefaultValueFactory = _ => DefaultListen };
        var state = new Option<string>("--state") { Description = $"The state folder: the last cosigned size and root of each log (default {DefaultState}, created readable by its owner only).", DefaultValueFactory = _ => DefaultState };
        var keyFile = new Option<string?>("--key-file") { Description = $"The witness's Ed25519 signer key (note PRIVATE+KEY format). Created, owner-only, if absent. Default: {KeyFileName} in the state folder." };
        var name = new Option<string?>("--name") { Description = $"The witness name, used when the key is created (default {WitnessKeyFile.DefaultName}); an existing key must carry it." };
        var logs = new Option<string[]>("--log") { Description = "A log to witness, as ORIGIN=VERIFIERKEY (the log's Ed25519 verifier key). Repeat for each log; at least one." };
        var command = new Command("serve", "Serve the witness over HTTP (POST /add-checkpoint), printing its verifier key on start.") { listen, state, keyFile, name, logs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<Error>();
            var url = ParseListen(parse.GetValue(listen)!, errors);
            var witnessed = ParseLogs(parse.GetValue(logs) ?? [], errors);
            if (errors.Count > 0)
            {
                return Output.Fail(errors);
            }

            var stateDirectory = parse.GetValue(state)!;
            var keyPath = parse.GetValue(keyFile) ?? Path.Combine(stateDirectory, KeyFileName);
            var created = !File.Exists(keyPath);
            var key = created
                ? WitnessKeyFile.Create(keyPath, parse.GetValue(name) ?? WitnessKeyFile.DefaultName)
                : WitnessKeyFile.Read(keyPath, parse.GetValue(name));
            if (!key.IsSuccess)
            {
                return Output.Fail(key.Errors);
            }

            using var signer = key.Value;
            var opened = FileWitnessStateStore.Open(stateDirectory);
            if (!opened.IsSuccess)
            {
                return Output.Fail(Error.Conflict(opened.Error.Code, opened.Error.Message));
            }

            using var store = opened.Value;
            using var witness = new CheckpointWitness(signer, witnessed, store);
            await using var app = WitnessHost.Create(witness, url);
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException exception)
            {
                return Output.Fail(Error.Conflict("witness.listen-failed", $"Cannot listen on {url}: {exception.Message}"));
            }

            PrintStarted(signer, keyPath, created, store.Directory, WitnessHost.ListeningAddress(app), witnessed);
            await app.WaitForShutdownAsync(cancellationToken);
            return Output.Ok;
        });
        return command;
    }

    private static Command CreateKey()
    {
        var keyFile = new Option<string>("--key-file") { Description = $"Where to write the new signer key (default ./{KeyFileName}); an existing file is never overwritten.", DefaultValueFactory = _ => KeyFileName };
        var name = new Option<string>("--name") { Description = $"The witness name, for example witness.example.org/w1 (default {WitnessKeyFile.DefaultName}).", DefaultValueFactory = _ => WitnessKeyFile.DefaultName };
        var command = new Command("key", "Create a witness signer key file (owner-only) and print its verifier key, which logs configure.") { keyFile, name };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(keyFile)!;
            var key = WitnessKeyFile.Create(path, parse.GetValue(name)!);
            if (!key.IsSuccess)
            {
                return Output.Fail(key.Errors);
            }

            using var created = key.Value;
            // Plain writes: keys are copied by people and scripts, and the rich console would wrap them at its width.
            Console.Error.WriteLine($"Created witness key {path} (keep it secret and backed up). Verifier key:");
            Console.Out.WriteLine(created.VerifierKey.Format());
            return Output.Ok;
        });
        return command;
    }

    private static string ParseListen(string text, List<Error> errors)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp || url.AbsolutePath != "/" || url.Query.Length > 0)
        {
            errors.Add(Error.Invalid("witness.listen-invalid", $"'{text}' is not an http URL with a host and port and no path, such as {DefaultListen}.", "--listen"));
        }

        return text;
    }

    private static List<WitnessedLog> ParseLogs(string[] values, List<Error> errors)
    {
        if (values.Length == 0)
        {
            errors.Add(Error.Invalid("witness.log-required", "Give at least one --log ORIGIN=VERIFIERKEY: a witness cosigns only for logs it knows.", "--log"));
        }

        var logs = new List<WitnessedLog>();
        foreach (var value in values)
        {
            var log = WitnessedLog.Parse(value);
            if (log.IsSuccess)
            {
                logs.Add(log.Value);
            }
            else
            {
                errors.Add(Error.Invalid(log.Error.Code, log.Error.Message, "--log"));
            }
        }

        return logs;
    }

    private static void PrintStarted(NoteSignerKey signer, string keyPath, bool created, string stateDirectory, Uri address, IReadOnlyList<WitnessedLog> logs)
    {
        var console = Console.Out; // plain, unwrapped: the verifier key is copied into log configurations
        console.WriteLine($"Witness verifier key: {signer.VerifierKey}");
        console.WriteLine($"Key file: {Path.GetFullPath(keyPath)}{(created ? " (created now: back it up, keep it secret)" : "")}");
        console.WriteLine($"State folder: {stateDirectory}");
        foreach (var log in logs)
        {
            console.WriteLine($"Witnessing: {log.Origin} ({log.Key})");
        }

        console.WriteLine($"Listening on {address} (POST {WitnessProtocol.AddCheckpointPath}). Press Ctrl+C to stop.");
    }
}
