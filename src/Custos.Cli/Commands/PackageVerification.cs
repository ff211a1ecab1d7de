using System.Globalization;
using Custos.Application.Production;
using Custos.Domain.Common;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos package verify</c>: reads the package, the agency's key and the ledger's key, runs
/// <see cref="PackageVerifier"/>, prints what was proven or the first thing that failed (exit 1), and with
/// <c>--out</c> writes the files once every check passed. Bad input (a missing file, an unreadable key) exits 2.
/// </summary>
internal static class PackageVerification
{
    public static async Task<int> RunAsync(Request request, CancellationToken cancellationToken)
    {
        if (!File.Exists(request.File))
        {
            return Output.Fail(Error.Invalid("package.file-not-found", $"The file '{request.File}' does not exist.", "file"));
        }

        if (!File.Exists(request.Key))
        {
            return Output.Fail(Error.Invalid("package.key-not-found", $"The key file '{request.Key}' does not exist.", "--key"));
        }

        var ledgerKey = VerifierKeyText.Parse(request.LogKey, "--log-key");
        if (!ledgerKey.IsSuccess)
        {
            return Output.Fail(ledgerKey.Error);
        }

        var key = PackageVerifier.ReadPrivateKey(await File.ReadAllTextAsync(request.Key, cancellationToken));
        if (!key.IsSuccess)
        {
            return Output.Fail(key.Error);
        }

        using var rsa = key.Value;
        var package = await File.ReadAllBytesAsync(request.File, cancellationToken);
        var verified = PackageVerifier.Verify(package, rsa, ledgerKey.Value);
        if (!verified.IsSuccess)
        {
            var error = verified.Error;
            Output.Error.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error[/] {error.Code}: {error.Message}");
            Output.Error.WriteLine($"The package {request.File} failed verification; nothing was written.");
            return Output.Failed;
        }

        if (request.Out is not null)
        {
            var written = await WriteAsync(verified.Value, request.Out, cancellationToken);
            if (written is not null)
            {
                return Output.Fail(written);
            }
        }

        Print(verified.Value, request);
        return Output.Ok;
    }

    private static async Task<Error?> WriteAsync(VerifiedPackage package, string directory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(directory);
        var targets = package.Files.Keys.Order(StringComparer.Ordinal).Select(p => (Path: p, Full: Path.GetFullPath(Path.Combine(root, p)))).ToArray();
        if (targets.FirstOrDefault(t => !t.Full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) is { Path: not null } outside)
        {
            return Error.Invalid("package.entry-name-invalid", $"'{outside.Path}' would be written outside {root}.", "--out");
        }

        if (targets.FirstOrDefault(t => File.Exists(t.Full)) is { Path: not null } existing)
        {
            return Error.Invalid("package.out-exists", $"{existing.Full} already exists; give an empty or new directory.", "--out");
        }

        foreach (var (path, full) in targets)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, package.Files[path], cancellationToken);
        }

        return null;
    }

    private static void Print(VerifiedPackage package, Request request)
    {
        var console = Output.Out;
        var manifest = package.Manifest;
        console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[green]Verified[/] the production package {request.File}");
        var table = new Table().HideHeaders().NoBorder().AddColumns("", "");
        table.AddRow("request", Markup.Escape(manifest.Request.Reference is { } reference ? $"{manifest.Request.Id} (reference {reference})" : manifest.Request.Id));
        table.AddRow("decision", Markup.Escape($"{manifest.Decision}, votes {string.Join(", ", manifest.Votes)}"));
        table.AddRow("files", Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{manifest.Files.Count} data files match the manifest (SHA-256 {package.ManifestSha256})")));
        table.AddRow("ledger", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"production event {package.LeafIndex} ({package.EventTime:yyyy-MM-ddTHH:mm:ss.fffZ}) is in the signed checkpoint of {package.Checkpoint.Origin} at size {package.Checkpoint.Size}, which commits to this manifest")));
        table.AddRow("customers", Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"the event names exactly the index keys of the {manifest.Customers.Count} customer(s) whose data the package holds, and the {string.Join(", ", manifest.OtherReferences.Select(r => r.Kind))} reference(s)")));
        for (var i = 0; i < manifest.Customers.Count; i++)
        {
            table.AddRow("", Markup.Escape($"{manifest.Customers[i].AccountId}: index key {package.CustomerKeys[i]}"));
        }

        if (request.Out is not null)
        {
            table.AddRow("written", Markup.Escape(Path.GetFullPath(request.Out)));
        }

        console.Write(table);

        // One plain line per file, unwrapped, in the form sha256sum -c reads.
        foreach (var file in manifest.Files)
        {
            Console.Out.WriteLine($"{file.Sha256}  {file.Path}");
        }
    }

    /// <summary>The options of one run.</summary>
    internal sealed record Request(string File, string Key, string LogKey, string? Out);
}
