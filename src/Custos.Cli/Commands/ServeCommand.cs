using System.CommandLine;
using System.Globalization;
using Custos.Application.Demo;
using Custos.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos serve</c>: the web application (reviewer console, agency portal, API, ledger).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed a demo platform on first run: one staff account per role, a few agencies with one officer, and synthetic customers." };
        var demoCustomers = new Option<int?>("--demo-customers") { Description = "How many synthetic customers the demo generates on first run (default 2000)." };
        var port = new Option<int?>("--port") { Description = $"Port on 127.0.0.1 (default {CustosHostOptions.DefaultPort})." };
        var urls = new Option<string?>("--urls") { Description = "Full listen URL(s), e.g. http://0.0.0.0:8080 (overrides --port)." };
        var origin = new Option<string?>("--ledger-origin") { Description = "The ledger's origin, its public name (default $CUSTOS_LEDGER_ORIGIN, else custos.local/ledger). Chosen once: it never changes." };
        var witness = new Option<string[]>("--witness") { Description = "A witness that must cosign checkpoints: NAME=URL=VERIFIERKEY (repeat for several; see docs/witnessing.md).", AllowMultipleArgumentsPerToken = false };
        var quorum = new Option<int?>("--witness-quorum") { Description = "How many of the witnesses must cosign before a checkpoint is published (default: all)." };
        var providerCountry = new Option<string?>("--provider-country") { Description = "The country (ISO code) where the platform answering demands is established; scrutiny depends on it (default $CUSTOS_PROVIDER_COUNTRY, else MT)." };
        var smtp = new Option<string?>("--smtp") { Description = "The SMTP server customer notices go through: smtp://HOST:PORT (STARTTLS when offered) or smtps://HOST:PORT (default $CUSTOS_SMTP, else none: notices are written as .eml files in the data folder's outbox/)." };
        var smtpFrom = new Option<string?>("--smtp-from") { Description = "The address customer notices are sent from, required with --smtp (default $CUSTOS_SMTP_FROM)." };
        var metricsNetwork = new Option<string[]>("--metrics-network") { Description = "A network (CIDR, e.g. 10.0.5.0/24) whose callers may read /metrics besides this host's own (repeat for several; default $CUSTOS_METRICS_NETWORKS, else loopback only; see docs/operations.md).", AllowMultipleArgumentsPerToken = false };
        var logFormat = new Option<string?>("--log-format") { Description = "How the console log is written: text (default) or json, one object per line for a log collector (default $CUSTOS_LOG_FORMAT)." };
        var publicUrl = new Option<string?>("--public-url") { Description = "This installation's public address, e.g. https://custos.exchange.example: notices and signed links send customers to its /disclosures page (default $CUSTOS_PUBLIC_URL, else the first listen URL)." };
        var command = new Command("serve", "Start the Custos web application.") { demo, demoCustomers, port, urls, origin, witness, quorum, providerCountry, smtp, smtpFrom, metricsNetwork, logFormat, publicUrl };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CustosHostOptions.From(
                parse.GetValue(CommonOptions.Data), parse.GetValue(CommonOptions.Database), parse.GetValue(port), parse.GetValue(urls),
                parse.GetValue(demo), parse.GetValue(demoCustomers), parse.GetValue(origin), parse.GetValue(witness), parse.GetValue(quorum),
                parse.GetValue(providerCountry), parse.GetValue(smtp), parse.GetValue(smtpFrom), parse.GetValue(metricsNetwork),
                parse.GetValue(logFormat), parse.GetValue(publicUrl));
            if (!options.IsSuccess)
            {
                return Output.Fail(options.Errors);
            }

            var app = await CustosWebApplication.CreateAsync(options.Value, cancellationToken: cancellationToken);
            IReadOnlyList<DemoCredential> credentials = [];
            if (options.Value.Demo)
            {
                credentials = await DemoCommand.SeedAsync(app.Services, options.Value, cancellationToken);
            }

            await app.StartAsync(cancellationToken);
            PrintWelcome(options.Value, credentials, app.Services.GetRequiredService<Application.Ledger.LedgerSigner>().VerifierKey.Format());
            await app.WaitForShutdownAsync(cancellationToken);
            return Output.Ok;
        });
        return command;
    }

    private static void PrintWelcome(CustosHostOptions options, IReadOnlyList<DemoCredential> credentials, string verifierKey)
    {
        var url = options.Urls.Split(';')[0];
        Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]Custos is running[/] at [link]{url}[/]  (data folder {options.DataDirectory})");
        if (credentials.Count > 0)
        {
            var table = new Table().AddColumns("Role", "Username", "Password", "Region");
            foreach (var c in credentials)
            {
                table.AddRow(Markup.Escape(c.Role), Markup.Escape(c.Username), Markup.Escape(c.Password), Markup.Escape(c.Region));
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Sign in at {url}/signin with one of the demo accounts (also kept in {Path.Combine(options.DataDirectory, DemoCommand.CredentialsFile)}):");
            Output.Out.Write(table);
            if (credentials.Any(c => c.Role == DemoAgencies.OfficerRole))
            {
                Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"The {DemoAgencies.OfficerRole} signs in to the agency portal at {url}/portal/signin.");
            }
        }
        else
        {
            Output.Out.MarkupLine("Sign in with a staff account (create the first administrator with [bold]custos users add[/]).");
        }

        var notices = options.EffectiveNotices;
        if (notices.Smtp is { } smtp)
        {
            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Customer notices go by SMTP through {smtp}, from {notices.From}");
        }
        else
        {
            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Customer notices are written as .eml files into {notices.OutboxDirectory} (no --smtp)");
        }

        Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Ledger [bold]{options.LedgerOrigin}[/], verifier key {verifierKey}");
        Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Verify it from anywhere: custos ledger verify --url {url}/ledger/ --key {verifierKey}");
        Output.Out.MarkupLine("Press Ctrl+C to stop.");
    }
}
