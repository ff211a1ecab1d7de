using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custos.Ledger;
using Custos.Ledger.Notes;
using Custos.Ledger.Tiles;
using Custos.Ledger.Verification;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos ledger verify</c>: reads the options, runs <see cref="OfflineVerifier"/> with a progress display, saves the
/// verifier state, and prints a summary or the first problem found.
/// </summary>
internal static class LedgerVerification
{
    public static async Task<int> RunAsync(Request request, CancellationToken cancellationToken)
    {
        var verified = await VerifyAsync(request, null, cancellationToken);
        if (verified.Report is null)
        {
            return verified.Exit;
        }

        PrintSummary(verified.Report, verified.Source, verified.StatePath, verified.Elapsed);
        return Output.Ok;
    }

    /// <summary>
    /// Verifies the log as <c>VerifyAsync</c> does and returns, with it, the entries up to the checkpoint's size exactly as
    /// verified. On any failure (printed) the entries are null and the verification's exit code says why.
    /// </summary>
    internal static async Task<(Verified Verified, IReadOnlyList<byte[]>? Entries)> VerifyWithEntriesAsync(Request request, CancellationToken cancellationToken)
    {
        var collector = new EntryCollector();
        var verified = await VerifyAsync(request, collector, cancellationToken);
        if (verified.Report is null)
        {
            return (verified, null);
        }

        var entries = collector.Raw(verified.Report.Checkpoint.Size);
        return entries.IsSuccess ? (verified, entries.Value) : (new Verified(Fail(entries.Error, null)), null);
    }

    /// <summary>
    /// Verifies the log as <c>ledger verify</c> does (checkpoint, every tile and entry, consistency with the state file,
    /// which is then updated) and, given <paramref name="entries"/>, hands it every entry bundle read — each one
    /// authenticated by the audit once it succeeds. Prints the first problem and returns a null report on failure.
    /// </summary>
    internal static async Task<Verified> VerifyAsync(Request request, EntryCollector? entries, CancellationToken cancellationToken)
    {
        var key = ParseKey(request.Key);
        if (key is null)
        {
            return new Verified(Output.Usage);
        }

        if ((request.Url is null) == (request.Directory is null))
        {
            return new Verified(Fail("ledger.source", "--url, --dir", "Give exactly one of --url (a served ledger) or --dir (a copied ledger directory).", Output.Usage));
        }

        using var http = request.Url is null ? null : OpenUrl(request.Url);
        if (request.Url is not null && http is null)
        {
            return new Verified(Output.Usage);
        }

        if (request.Directory is not null && !Directory.Exists(request.Directory))
        {
            return new Verified(Fail("ledger.dir-missing", "--dir", $"The directory '{request.Directory}' does not exist.", Output.Usage));
        }

        ITileReader reader = http ?? (ITileReader)new DirectoryTileReader(request.Directory!);
        if (entries is not null)
        {
            reader = entries.Wrap(reader);
        }

        var source = request.Url ?? Path.GetFullPath(request.Directory!);
        var verifier = new OfflineVerifier(reader, key, request.Origin);
        var watch = Stopwatch.StartNew();
        var checkpoint = await verifier.ReadCheckpointAsync(cancellationToken);
        if (!checkpoint.IsSuccess)
        {
            return new Verified(Fail(checkpoint.Error, $"Could not read a valid checkpoint from {source}."));
        }

        var statePath = request.State ?? DefaultStatePath(checkpoint.Value.Checkpoint.Origin);
        var previous = await VerifierState.LoadAsync(statePath, cancellationToken);
        if (!previous.IsSuccess)
        {
            return new Verified(Fail(previous.Error, null));
        }

        var result = await VerifyWithProgressAsync(verifier, checkpoint.Value.Note, checkpoint.Value.Checkpoint.Size, previous.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            var code = result.Error.Code;
            var hint = code.StartsWith("log.consistency.", StringComparison.Ordinal)
                ? $"The ledger's history was REWRITTEN: it does not extend the tree of {previous.Value!.Size:N0} entries verified earlier (recorded in {statePath}). Keep that file as evidence."
                : code.StartsWith("state.", StringComparison.Ordinal)
                    ? $"The state file {statePath} does not belong to this ledger and key; pass --state to use another file."
                    : $"The ledger at {source} failed verification; the state file was not changed.";
            return new Verified(Fail(result.Error, hint));
        }

        await result.Value.State.SaveAsync(statePath, cancellationToken);
        return new Verified(Output.Ok, result.Value, key, source, statePath, watch.Elapsed);
    }

    /// <summary>~/.custos/verify/&lt;origin, made file-safe&gt;-&lt;8 hex digits of its hash&gt;.state.</summary>
    internal static string DefaultStatePath(string origin)
    {
        var safe = new StringBuilder(origin.Length);
        foreach (var c in origin)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        var name = safe.Length > 80 ? safe.ToString(0, 80) : safe.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)).AsSpan(0, 4));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".custos", "verify", $"{name}-{hash}.state");
    }

    private static async Task<LedgerResult<OfflineVerificationReport>> VerifyWithProgressAsync(
        OfflineVerifier verifier, string note, ulong size, VerifierState? previous, CancellationToken cancellationToken)
    {
        if (!Output.Out.Profile.Capabilities.Interactive)
        {
            var step = Math.Max(size / 10, 1);
            var next = step;
            var plain = new Custos.Application.Common.SynchronousProgress<LogVerificationProgress>(p =>
            {
                if (p.EntriesVerified >= next)
                {
                    Output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"verified {p.EntriesVerified:N0} of {p.TreeSize:N0} entries ({p.ResourcesRead:N0} tiles and bundles read)"));
                    next = (p.EntriesVerified / step + 1) * step;
                }
            });
            return await verifier.VerifyAsync(note, previous, plain, cancellationToken);
        }

        LedgerResult<OfflineVerificationReport> result = default;
        await Output.Out.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Verifying {size:N0} entries", maxValue: Math.Max(size, 1));
                var progress = new Custos.Application.Common.SynchronousProgress<LogVerificationProgress>(p => task.Value = p.EntriesVerified);
                result = await verifier.VerifyAsync(note, previous, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static void PrintSummary(OfflineVerificationReport report, string source, string statePath, TimeSpan elapsed)
    {
        var console = Output.Out;
        var checkpoint = report.Checkpoint;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Verified[/] the ledger [bold]{checkpoint.Origin}[/] at {source}");
        var table = new Table().HideHeaders().NoBorder().AddColumns("", "");
        table.AddRow("size", string.Create(CultureInfo.InvariantCulture, $"{checkpoint.Size:N0} entries"));
        table.AddRow("root", Convert.ToBase64String(checkpoint.GetRootHash()));
        table.AddRow("tiles checked", string.Create(CultureInfo.InvariantCulture, $"{report.ResourcesRead:N0} hash tiles and entry bundles"));
        table.AddRow("time", string.Create(CultureInfo.InvariantCulture, $"{elapsed.TotalSeconds:0.0} s"));
        table.AddRow("consistency", report.Previous is { } previous
            ? string.Create(CultureInfo.InvariantCulture, $"extends the tree of {previous.Size:N0} entries verified before (append-only)")
            : "first verification: no earlier state, this tree is trusted from now on");
        table.AddRow("state", statePath);
        console.Write(table);
    }

    private static NoteVerifierKey? ParseKey(string text)
    {
        var key = VerifierKeyText.Parse(text, "--key");
        if (!key.IsSuccess)
        {
            Fail(key.Error.Code, key.Error.Field, key.Error.Message, Output.Usage);
            return null;
        }

        return key.Value;
    }

    private static HttpTileReader? OpenUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            Fail("ledger.url-invalid", "--url", $"'{url}' is not an absolute http:// or https:// URL.", Output.Usage);
            return null;
        }

        return new HttpTileReader(uri, HttpTileReader.DefaultMaxConcurrency, TimeSpan.FromSeconds(30)) { Retries = 1 };
    }

    /// <summary>Prints a log problem (its code, path and message, and <paramref name="hint"/>) and returns the failure exit code.</summary>
    internal static int Fail(LedgerError error, string? hint)
    {
        Fail(error.Code, error.Path, error.Message, Output.Failed);
        if (hint is not null)
        {
            Output.Error.WriteLine(hint);
        }

        return Output.Failed;
    }

    private static int Fail(string code, string? where, string message, int exit)
    {
        Output.Error.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error[/] {code}{(where is null ? "" : $" ({where})")}: {message}");
        return exit;
    }

    /// <summary>The options of one run.</summary>
    internal sealed record Request(string? Url, string? Directory, string Key, string? State, string? Origin);

    /// <summary>The outcome of <see cref="VerifyAsync"/>: the exit code, and on success the report, the key and where the log was read.</summary>
    internal sealed record Verified(
        int Exit, OfflineVerificationReport? Report = null, NoteVerifierKey? Key = null, string Source = "", string StatePath = "", TimeSpan Elapsed = default);
}
