using System.CommandLine;
using System.Globalization;
using Custos.Application.Access;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Agencies;
using Custos.Domain.Common;
using Custos.Domain.Requests;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos agencies …</c>: the agency registry. AGENCY is an agency's id (agy_…) or one of its domains.</summary>
internal static class AgenciesCommand
{
    public static Command Create()
    {
        var command = new Command("agencies", "Manage the registry of requesting agencies: domains, out-of-band verification, reputation, certificates, API keys.");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Verify());
        command.Subcommands.Add(Flag());
        command.Subcommands.Add(Unflag());
        command.Subcommands.Add(Certificate());
        command.Subcommands.Add(Key());
        return command;
    }

    private static Argument<string> AgencyArgument() => new("agency") { Description = "The agency: its id (agy_…) or one of its domains." };

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "The agency's official name.", Required = true };
        var country = new Option<string>("--country") { Description = "ISO 3166-1 alpha-2 country code, e.g. US, DE.", Required = true };
        var type = new Option<string>("--type") { Description = $"The kind of authority: {Names<AgencyType>()}.", Required = true };
        var domains = new Option<string[]>("--domain") { Description = "An official e-mail domain (repeat for several).", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("add", "Register an agency (unverified until verified out-of-band).") { name, country, type, domains };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            if (!KebabCase.TryParse<AgencyType>(parse.GetValue(type), out var agencyType))
            {
                return Output.Fail(AgencyErrors.TypeInvalid(parse.GetValue(type)));
            }

            var result = await services.GetRequiredService<AgencyRegistry>().RegisterAsync(
                new NewAgency(parse.GetValue(name)!, parse.GetValue(country)!, agencyType, parse.GetValue(domains)!), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Registered [bold]{result.Value.Id}[/] {result.Value.Name} ({result.Value.Country}, {string.Join(", ", result.Value.Domains)}). Not verified yet: custos agencies verify {result.Value.Id} --method … --note …");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command List()
    {
        var country = new Option<string?>("--country") { Description = "Only agencies of this country (ISO code)." };
        var command = new Command("list", "List agencies with their verification, flags and officers.") { country };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            if (parse.GetValue(country) is { } wanted && AgencyInput.NormaliseCountry(wanted) is null)
            {
                return Output.Fail(AgencyErrors.CountryInvalid(wanted));
            }

            var agencies = await services.GetRequiredService<AgencyRegistry>().ListAsync(new AgencyFilter(Country: parse.GetValue(country)), cancellationToken);
            // A few short lines per agency rather than a table: names and domains are long, and a table of eight columns
            // wraps into unreadable slivers at 80 columns (and whenever the output is piped).
            var console = Output.Out;
            foreach (var a in agencies)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{a.Id}[/]  {a.Name}");
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"  {a.Country}, {KebabCase.Format(a.Type)}, {KebabCase.Format(a.Verification)}, {a.OfficerCount} officer(s)");
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"  domains {string.Join(" ", a.Domains)}; flags {(a.ReputationFlags.Count == 0 ? "none" : string.Join(" ", a.ReputationFlags))}");
            }

            console.MarkupLine(agencies.Count == 1 ? "1 agency." : string.Create(CultureInfo.InvariantCulture, $"{agencies.Count} agencies."));
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Verify()
    {
        var agency = AgencyArgument();
        var method = new Option<string>("--method") { Description = $"How it was checked: {Names<VerificationMethod>()}.", Required = true };
        var note = new Option<string>("--note") { Description = "What was done: the number called and where the agency publishes it, whom you spoke to.", Required = true };
        var failed = new Option<bool>("--failed") { Description = "The check failed: the agency's officers and API keys stop working." };
        var phone = new Option<string?>("--phone") { Description = "The agency's telephone number as it publishes it; the registry publishes it as the only number an emergency request is confirmed on." };
        var command = new Command("verify", "Record an out-of-band verification of an agency (verifying activates its pending officers).") { agency, method, note, failed, phone };
        command.SetAction((parse, cancellationToken) => WithAgencyAsync(parse, agency, async (services, found) =>
        {
            if (!KebabCase.TryParse<VerificationMethod>(parse.GetValue(method), out var verificationMethod))
            {
                return Output.Fail(AgencyErrors.MethodInvalid(parse.GetValue(method)));
            }

            var registry = services.GetRequiredService<AgencyRegistry>();
            var outcome = parse.GetValue(failed) ? VerificationOutcome.Failed : VerificationOutcome.Verified;
            var result = await registry.RecordVerificationAsync(found.Id, outcome, verificationMethod, parse.GetValue(note)!, parse.GetValue(phone), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"{found.Name} is now [bold]{KebabCase.Format(result.Value.Agency.Verification)}[/]; {result.Value.ActivatedOfficerIds.Count} pending officer(s) activated.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Flag() => FlagCommand("flag", "Add a reputation flag to an agency (e.g. earlier-fraud, spoofed-domain, forged-documents).", set: true);

    private static Command Unflag() => FlagCommand("unflag", "Clear a reputation flag of an agency.", set: false);

    private static Command FlagCommand(string name, string description, bool set)
    {
        var agency = AgencyArgument();
        var flag = new Argument<string>("flag") { Description = $"A kebab-case flag, e.g. {string.Join(", ", ReputationFlags.WellKnown)}." };
        var note = new Option<string>("--note") { Description = set ? "What happened." : "Why the flag no longer applies.", Required = true };
        var command = new Command(name, description) { agency, flag, note };
        command.SetAction((parse, cancellationToken) => WithAgencyAsync(parse, agency, async (services, found) =>
        {
            var registry = services.GetRequiredService<AgencyRegistry>();
            var result = set
                ? await registry.FlagReputationAsync(found.Id, parse.GetValue(flag)!, parse.GetValue(note)!, Actor.CommandLine, cancellationToken)
                : await registry.ClearReputationAsync(found.Id, parse.GetValue(flag)!, parse.GetValue(note)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"{found.Name} flags: {(result.Value.ReputationFlags.Count == 0 ? "none" : string.Join(", ", result.Value.ReputationFlags))}.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Certificate()
    {
        var agency = AgencyArgument();
        var file = new Argument<FileInfo>("file") { Description = "The agency's X.509 certificate in PEM (never its private key)." };
        var command = new Command("cert", "Register the certificate the agency's productions are encrypted to.") { agency, file };
        command.SetAction((parse, cancellationToken) => WithAgencyAsync(parse, agency, async (services, found) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                return Output.Fail(Error.Invalid("agency.certificate-file-missing", $"There is no file {path.FullName}.", "file"));
            }

            var result = await services.GetRequiredService<AgencyRegistry>().RegisterCertificateAsync(found.Id, await File.ReadAllTextAsync(path.FullName, cancellationToken), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var certificate = result.Value.Certificate!;
            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                $"Certificate registered for {found.Name}: SHA-256 {certificate.Thumbprint}, expires {certificate.NotAfter.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Key()
    {
        var agency = AgencyArgument();
        var name = new Option<string>("--name") { Description = "What the key is for (the agency's system).", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "When the key stops working (ISO 8601). Default: never." };
        var command = new Command("key", "Create an API key scoped to the agency. It is shown once; Custos keeps only its hash.") { agency, name, expires };
        command.SetAction((parse, cancellationToken) => WithAgencyAsync(parse, agency, async (services, found) =>
        {
            var result = await services.GetRequiredService<ApiKeys>().CreateForAgencyAsync(
                found.Id, parse.GetValue(name)!, Actor.CommandLine, parse.GetValue(expires), cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Created key [bold]{result.Value.Record.Id}[/] for {found.Name}. The key (shown once):");
            Output.Out.WriteLine(result.Value.Key);
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Opens the services, finds the AGENCY argument's agency (or fails naming it), and runs <paramref name="action"/>.</summary>
    private static Task<int> WithAgencyAsync(
        ParseResult parse, Argument<string> agency, Func<IServiceProvider, RegisteredAgency, Task<int>> action, CancellationToken cancellationToken) =>
        CliServices.RunAsync(parse, async (services, _) =>
        {
            var found = await services.GetRequiredService<AgencyRegistry>().ResolveAsync(parse.GetValue(agency)!, cancellationToken);
            return found is null ? Output.Fail(AgencyErrors.NotFound(parse.GetValue(agency)!)) : await action(services, found);
        }, cancellationToken);

    private static string Names<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => KebabCase.Format(v)));
}
