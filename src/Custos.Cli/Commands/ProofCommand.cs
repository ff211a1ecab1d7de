using System.CommandLine;
using System.Text.Json;
using Custos.Application.Proofs;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Commands;

/// <summary><c>custos proof …</c>: a customer's offline proof of what was disclosed about them (docs/proofs.md).</summary>
internal static class ProofCommand
{
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var command = new Command("proof", "A customer's offline proof of every disclosure about them, or that there was none.");
        command.Subcommands.Add(CreateExport());
        command.Subcommands.Add(CreateVerify());
        command.Subcommands.Add(CreateLink());
        return command;
    }

    private static Command CreateExport()
    {
        var account = new Option<string>("--account") { Description = "The customer's account id on the platform.", Required = true };
        var output = new Option<string>("--out") { Description = "The proof file to write.", Required = true };
        var withCode = new Option<bool>("--with-code")
        {
            Description = "Write the account id and the customer's disclosure code into the file, so that the customer can check the key is theirs. Only for the customer.",
        };
        var legacy = new Option<bool>("--legacy-format")
        {
            Description = "Write format v1 (v2 with --with-code), the larger hex JSON, for verifiers older than format v3.",
        };
        var export = new Command("export", "Write a customer's proof file (format v3) against the latest index revision in the published log.") { account, output, withCode, legacy };
        export.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var exporter = services.GetRequiredService<DisclosureProofExporter>();
            var exported = parse.GetValue(withCode)
                ? await exporter.ExportWithCodeAsync(parse.GetValue(account)!, cancellationToken)
                : await exporter.ExportAsync(parse.GetValue(account)!, cancellationToken);
            if (!exported.IsSuccess)
            {
                return Output.Fail(exported.Errors);
            }

            var path = parse.GetValue(output)!;
            var text = parse.GetValue(legacy) ? JsonSerializer.Serialize(exported.Value, FileJson) + "\n" : CompactProofFormat.Write(exported.Value);
            await File.WriteAllTextAsync(path, text, cancellationToken);
            var count = exported.Value.Events.Count;
            Console.Out.WriteLine($"Wrote {path}: {(count == 0 ? "no disclosure" : $"{count} disclosure event(s)")} up to index revision at leaf {exported.Value.Revision.LeafIndex}"
                + (exported.Value.Customer is { } customer ? $", with account {customer.AccountId}'s disclosure code (give the file to that customer only)." : "."));
            return Output.Ok;
        }, cancellationToken));
        return export;
    }

    private static Command CreateLink()
    {
        var account = new Option<string>("--account") { Description = "The customer's account id on the platform.", Required = true };
        var minutes = new Option<int>("--minutes") { Description = "How long the link is good for, 1 to 1440 minutes.", DefaultValueFactory = _ => 30 };
        var publicUrl = new Option<string?>("--public-url") { Description = "This installation's public address. Default: the configured one." };
        var link = new Command("link", "Print a short-lived signed link to the disclosures page showing this customer's disclosures, for the platform to show a signed-in customer.")
        {
            account, minutes, publicUrl,
        };
        link.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var token = await services.GetRequiredService<CustomerLinks>().IssueAsync(parse.GetValue(account)!, TimeSpan.FromMinutes(parse.GetValue(minutes)), cancellationToken);
            if (!token.IsSuccess)
            {
                return Output.Fail(token.Errors);
            }

            var baseUrl = parse.GetValue(publicUrl) ?? services.GetRequiredService<Application.Review.ReviewOptions>().PublicUrl;
            Console.Out.WriteLine($"{baseUrl.TrimEnd('/')}/disclosures?token={token.Value}");
            return Output.Ok;
        }, cancellationToken));
        return link;
    }

    private static Command CreateVerify()
    {
        var file = new Argument<string>("file") { Description = "The proof file." };
        var key = new Option<string>("--key") { Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.", Required = true };
        var account = new Option<string?>("--account") { Description = "Your account id at the platform: with --code, check that the file's key is yours." };
        var code = new Option<string?>("--code") { Description = "Your disclosure code (32 hex characters, from your notice): with --account, check that the file's key is yours." };
        var verify = new Command("verify", "Verify a proof file offline: exit 0 with the verdict, or non-zero with the first failure.") { file, key, account, code };
        verify.SetAction(parse => ProofVerification.Verify(parse.GetValue(file)!, parse.GetValue(key)!, parse.GetValue(account), parse.GetValue(code)));
        return verify;
    }
}
