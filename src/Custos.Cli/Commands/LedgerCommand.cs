using System.CommandLine;

namespace Custos.Cli.Commands;

/// <summary><c>custos ledger …</c>: the verifiable ledger.</summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command("ledger", "Work with the verifiable ledger: verify a published copy of it, list its sealed entries.");
        command.Subcommands.Add(CreateVerify());
        command.Subcommands.Add(LedgerSealed.Create());
        return command;
    }

    private static Command CreateVerify()
    {
        var url = new Option<string?>("--url") { Description = "The ledger's base URL, under which checkpoint and tile/ are served (for example https://custos.example/ledger/)." };
        var dir = new Option<string?>("--dir") { Description = "A copied ledger directory holding checkpoint and tile/." };
        var key = new Option<string>("--key")
        {
            Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.",
            Required = true,
        };
        var state = new Option<string?>("--state")
        {
            Description = "The file remembering the last verified tree, to detect rewritten history. Default: ~/.custos/verify/<origin>.state.",
        };
        var origin = new Option<string?>("--origin") { Description = "The origin the checkpoint must name. Default: any origin signed by the key." };
        var verify = new Command(
            "verify",
            "Verify the whole ledger offline: the checkpoint signature, every hash tile and entry, and that the history extends what was verified before.")
        {
            url, dir, key, state, origin,
        };
        verify.SetAction((parse, cancellationToken) => LedgerVerification.RunAsync(
            new LedgerVerification.Request(parse.GetValue(url), parse.GetValue(dir), parse.GetValue(key)!, parse.GetValue(state), parse.GetValue(origin)),
            cancellationToken));
        return verify;
    }
}
