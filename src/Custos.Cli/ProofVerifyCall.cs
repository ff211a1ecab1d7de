using Custos.Cli.Commands;

namespace Custos.Cli;

/// <summary>
/// A <c>custos proof verify</c> command line verified without building the command tree — whose commands reference the
/// web host, EF Core and every use case — by the managed CLI's Program.cs and by the native front-end
/// (src/Custos.Launcher), so that a customer's offline check loads and compiles only what verifying needs
/// (docs/proofs.md, "Performance"): the file, <c>--key</c>, and optionally
/// <c>--account</c> and <c>--code</c>, in any order, each once with a plain value. Anything the command line library could
/// read otherwise (help, <c>--key=…</c>, a repeated or unknown option, a second file, a response file, a directive) is left
/// to the managed CLI, so that its usage errors and help stay its own.
/// </summary>
/// <param name="File">The proof file.</param>
/// <param name="Key">The ledger's verifier key, or a file holding it.</param>
/// <param name="Account">The customer's account id, if given.</param>
/// <param name="Code">The customer's disclosure code, if given.</param>
internal sealed record ProofVerifyCall(string File, string Key, string? Account, string? Code)
{
    /// <summary>The call <paramref name="args"/> makes, when it is one the front-end verifies; otherwise null.</summary>
    public static ProofVerifyCall? Match(string[] args)
    {
        if (args is not ["proof", "verify", .. var rest])
        {
            return null;
        }

        string? file = null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] is "--key" or "--account" or "--code")
            {
                if (i + 1 == rest.Length || !Plain(rest[i + 1]) || !options.TryAdd(rest[i], rest[i + 1]))
                {
                    return null;
                }

                i++;
            }
            else if (file is null && Plain(rest[i]))
            {
                file = rest[i];
            }
            else
            {
                return null;
            }
        }

        return file is not null && options.TryGetValue("--key", out var key)
            ? new ProofVerifyCall(file, key, options.GetValueOrDefault("--account"), options.GetValueOrDefault("--code"))
            : null;
    }

    /// <summary>Verifies as the managed command does; an unexpected exception is reported as its command line library reports it.</summary>
    public int Run()
    {
        try
        {
            return ProofVerification.Verify(File, Key, Account, Code);
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
