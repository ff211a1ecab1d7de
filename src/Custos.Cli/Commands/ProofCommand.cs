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
        var export = new Command("export", "Write a customer's proof file against the latest index revision in the published log.") { account, output };
        export.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var exported = await services.GetRequiredService<DisclosureProofExporter>().ExportAsync(parse.GetValue(account)!, cancellationToken);
            if (!exported.IsSuccess)
            {
                return Output.Fail(exported.Errors);
            }

            var path = parse.GetValue(output)!;
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(exported.Value, FileJson) + "\n", cancellationToken);
            var count = exported.Value.Events.Count;
            Console.Out.WriteLine($"Wrote {path}: {(count == 0 ? "no disclosure" : $"{count} disclosure event(s)")} up to index revision at leaf {exported.Value.Revision.LeafIndex}.");
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
        var verify = new Command("verify", "Verify a proof file offline: exit 0 with the verdict, or non-zero with the first failure.") { file, key };
        verify.SetAction(async (parse, cancellationToken) =>
        {
            var logKey = VerifierKeyText.Parse(parse.GetValue(key)!, "--key");
            if (!logKey.IsSuccess)
            {
                return Output.Fail(logKey.Errors);
            }

            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                return Output.Fail(Domain.Common.Error.Invalid("proof.file-missing", $"{path} does not exist.", "file"));
            }

            var verdict = DisclosureProofVerifier.Verify(await File.ReadAllTextAsync(path, cancellationToken), logKey.Value);
            if (!verdict.IsSuccess)
            {
                Output.Fail(verdict.Errors);
                return Output.Failed;
            }

            Console.Out.WriteLine(verdict.Value.Summary);
            return Output.Ok;
        });
        return verify;
    }
}
