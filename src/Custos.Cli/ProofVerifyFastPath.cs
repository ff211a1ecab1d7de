using Custos.Cli.Commands;

namespace Custos.Cli;

/// <summary>
/// Runs the plain <c>custos proof verify FILE --key KEY</c> (either order) without building the command tree, whose
/// commands reference the web host, EF Core and every use case, so a customer's offline check loads and compiles only
/// what verifying needs (docs/proofs.md, "Performance"). Any other form (<c>--account</c>/<c>--code</c>, help, response
/// files) goes through the tree, and so do its usage errors; the verification itself is the same method either way.
/// </summary>
internal static class ProofVerifyFastPath
{
    /// <summary>The file and key when <paramref name="args"/> is exactly a plain <c>proof verify</c> call; otherwise null.</summary>
    public static (string File, string Key)? Match(string[] args)
    {
        if (args is not ["proof", "verify", _, _, _])
        {
            return null;
        }

        (string File, string Key)? call = args switch
        {
            [_, _, "--key", var key, var file] => (file, key),
            [_, _, var file, "--key", var key] => (file, key),
            _ => null,
        };
        return call is { } c && Plain(c.File) && Plain(c.Key) ? call : null;
    }

    /// <summary>Verifies as the command does; an unexpected exception is reported as the command line library reports it.</summary>
    public static int Run((string File, string Key) call)
    {
        try
        {
            return ProofVerification.Verify(call.File, call.Key, null, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine("Unhandled exception: " + ex);
            return Output.Failed;
        }
    }

    /// <summary>Not empty, and nothing the command line library would read as an option, a directive or a response file.</summary>
    private static bool Plain(string token) => token.Length > 0 && token[0] is not ('-' or '@' or '[');
}
