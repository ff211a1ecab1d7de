using System.CommandLine;

namespace Custos.Cli.Commands;

/// <summary><c>custos package …</c>: production packages as an agency receives them.</summary>
internal static class PackageCommand
{
    public static Command Create()
    {
        var command = new Command("package", "Work with production packages: verify one offline, as the agency that received it.");
        command.Subcommands.Add(CreateVerify());
        return command;
    }

    private static Command CreateVerify()
    {
        var file = new Argument<string>("file") { Description = "The package as downloaded (CMS enveloped data, DER)." };
        var key = new Option<string>("--key")
        {
            Description = "The agency's RSA private key (PEM, unencrypted), matching the certificate the package is encrypted to.",
            Required = true,
        };
        var logKey = new Option<string>("--log-key")
        {
            Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.",
            Required = true,
        };
        var output = new Option<string?>("--out") { Description = "Write the package's files (data, manifest, ledger evidence) into this directory once every check has passed." };
        var verify = new Command(
            "verify",
            "Decrypt a production package and check it offline: the checkpoint signature, the production event's inclusion proof, that the event commits to the manifest, every file against the manifest, and that the event names exactly the index keys of the customers whose data the package holds. Names the first thing that fails.")
        {
            file, key, logKey, output,
        };
        verify.SetAction((parse, cancellationToken) => PackageVerification.RunAsync(
            new PackageVerification.Request(parse.GetValue(file)!, parse.GetValue(key)!, parse.GetValue(logKey)!, parse.GetValue(output)), cancellationToken));
        return verify;
    }
}
