using Custos.Application.Ledger;
using Custos.Application.Proofs;
using Custos.Domain.Common;

namespace Custos.Cli.Commands;

/// <summary>
/// What <c>custos proof verify</c> does once its arguments are read. Kept apart from <c>ProofCommand</c> and free of
/// the command tree, so that the NativeAOT front-end (src/Custos.Launcher) compiles this same file and gives the same lines
/// and exit codes.
/// </summary>
internal static class ProofVerification
{
    /// <summary>
    /// <c>custos proof verify FILE --key KEY [--account ID --code CODE]</c>: exit 0 and the one-line verdict, or non-zero
    /// and the first failure. Run by the command tree, and without it by <see cref="ProofVerifyCall"/>
    /// in the managed CLI and in the native front-end (src/Custos.Launcher, which compiles this file in). Synchronous: a process
    /// that checks one small file has nothing else to do, and an asynchronous read would start a thread-pool thread for it.
    /// </summary>
    public static int Verify(string path, string keyText, string? accountId, string? codeText)
    {
        var logKey = VerifierKeyText.Parse(keyText, "--key");
        if (!logKey.IsSuccess)
        {
            return Output.Fail(logKey.Errors);
        }

        var customer = Customer(accountId, codeText);
        if (!customer.IsSuccess)
        {
            return Output.Fail(customer.Errors);
        }

        if (!File.Exists(path))
        {
            return Output.Fail(Error.Invalid("proof.file-missing", $"{path} does not exist.", "file"));
        }

        var verdict = DisclosureProofVerifier.Verify(File.ReadAllText(path), logKey.Value, customer.Value.Customer);
        if (!verdict.IsSuccess)
        {
            Output.Fail(verdict.Errors);
            return Output.Failed;
        }

        Console.Out.WriteLine(verdict.Value.Summary);
        return Output.Ok;
    }

    /// <summary>The customer who checks the key, from <c>--account</c> and <c>--code</c>: both or neither.</summary>
    private static Result<ClaimedCustomer> Customer(string? account, string? code)
    {
        if (account is null && code is null)
        {
            return new ClaimedCustomer(null);
        }

        if (string.IsNullOrEmpty(account))
        {
            return Error.Invalid("proof.account-required", "Give your account id with --account to check the key with your disclosure code.", "--account");
        }

        return CustomerIndexKey.ParseCode(code) is { } bytes
            ? new ClaimedCustomer(new ProofCustomer(account, Convert.ToHexStringLower(bytes)))
            : Error.Invalid("proof.code-invalid", "Give your disclosure code with --code: 32 hex characters, as your notice shows it.", "--code");
    }

    /// <summary>The customer who checks the key, if any.</summary>
    private sealed record ClaimedCustomer(ProofCustomer? Customer);
}
