using System.CommandLine;
using System.Globalization;
using Custos.Application.Customers.Files;
using Custos.Application.Demo;
using Custos.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos demo …</c>: synthetic platform data, and the demo seeding that <c>serve --demo</c> does.</summary>
internal static class DemoCommand
{
    public const string CredentialsFile = DemoPlatformSeeder.CredentialsFile;

    public const int MaxCustomers = 5_000_000;

    public static Command Create()
    {
        var customers = new Option<int>("--customers") { Description = "How many customers to generate.", DefaultValueFactory = _ => 1000 };
        var output = new Option<string>("--out") { Description = "The folder to write the CSV files to (created if missing).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => new DemoDataOptions().Seed };
        var json = new Option<bool>("--json") { Description = "Write one customers.json instead of CSV files." };
        var generate = new Command("generate", "Write a realistic synthetic customer data set in the documented import format (docs/customer-data.md).")
        {
            customers, output, seed, json,
        };
        generate.SetAction((parse, cancellationToken) =>
        {
            var count = parse.GetValue(customers);
            if (count is < 1 or > MaxCustomers)
            {
                return Task.FromResult(Output.Fail(Domain.Common.Error.Invalid(
                    "demo.customers-invalid", $"--customers must be between 1 and {MaxCustomers:N0}.", "customers")));
            }

            var options = new DemoDataOptions { CustomerCount = count, Seed = parse.GetValue(seed) };
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var generator = new DemoDataGenerator(options);
            DemoDataSummary summary;
            var importPath = folder;
            if (parse.GetValue(json))
            {
                var collector = new CustomerDataCollector();
                summary = generator.GenerateTo(collector);
                Directory.CreateDirectory(folder);
                importPath = Path.Combine(folder, CustomerDataFiles.Json);
                CustomerDataWriter.WriteJson(collector.DataSet, importPath);
            }
            else
            {
                summary = generator.WriteDirectory(folder);
            }

            Output.Out.MarkupLineInterpolated(
                CultureInfo.InvariantCulture,
                $"Wrote {summary.Customers:N0} customers, {summary.Wallets:N0} wallets, {summary.Transactions:N0} transactions ({summary.CampaignDonations:N0} donations from {summary.CampaignDonors:N0} customers to the campaign address {DemoDataGenerator.CampaignAddress}), {summary.Logins:N0} logins and {summary.Holdings:N0} holdings to {folder} in {stopwatch.Elapsed.TotalSeconds:F1} s.");
            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Import it with: custos customers import {importPath}");
            return Task.FromResult(Output.Ok);
        });

        var command = new Command("demo", "Synthetic demo data.");
        command.Subcommands.Add(generate);
        return command;
    }

    /// <summary>Seeds the demo platform for <c>serve --demo</c> and returns the staff credentials to print.</summary>
    public static async Task<IReadOnlyList<DemoCredential>> SeedAsync(IServiceProvider services, CustosHostOptions options, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoPlatformSeeder>();
        var result = await seeder.SeedAsync(options.DataDirectory, options.DemoCustomers, null, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException("Seeding the demo failed: " + string.Join("; ", result.Errors));
        }

        return result.Value;
    }
}
