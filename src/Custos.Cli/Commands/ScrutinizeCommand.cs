using System.CommandLine;
using System.Globalization;
using Custos.Application.Policy;
using Custos.Application.Scrutiny;
using Custos.Domain.Common;
using Custos.Domain.Policy;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos scrutinize FILE</c>: the policy engine's report on one request or scenario file, under the shipped default,
/// a policy file (<c>--policy</c>) or the policy in force in the database (<c>--installed</c>).
/// </summary>
internal static class ScrutinizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A request (REQUEST-FORMAT.md) or a scenario file (with context and request)." };
        var asOf = new Option<string?>("--as-of") { Description = "Evaluate the policy's facts and rules as of this date (yyyy-MM-dd). Default: the scenario's date, else the day the request was received." };
        var provider = new Option<string?>("--provider-country") { Description = "The country (ISO 3166-1 alpha-2) where the platform answering is established. Default: the scenario's provider." };
        var policy = new Option<string?>("--policy") { Description = "A policy file (YAML, docs/policy.md). Default: the shipped default policy." };
        var installed = new Option<bool>("--installed") { Description = "Use the policy in force in the database (custos policy show) instead of the shipped default." };
        var format = new Option<string>("--format") { Description = "json (default) or text.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("scrutinize", "Scrutinise a government demand against the policy: findings, recommendation, risk tier, approvals, notice, deadline.")
        {
            file, asOf, provider, policy, installed, format,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            int Evaluate(Func<Result<ScrutinyPolicy>> policyToUse) =>
                Run(parse.GetValue(file)!, parse.GetValue(asOf), parse.GetValue(provider), policyToUse, parse.GetValue(format)!);

            var policyPath = parse.GetValue(policy);
            if (!parse.GetValue(installed))
            {
                return Task.FromResult(Evaluate(() => policyPath is null ? PolicyReader.Default : PolicyReader.ReadFile(policyPath)));
            }

            if (policyPath is not null)
            {
                return Task.FromResult(Output.Fail(Error.Invalid("scrutiny.policy-conflicting", "Give either --policy FILE or --installed, not both.", "--installed")));
            }

            return CliServices.RunAsync(parse, async (services, _) =>
            {
                var active = await services.GetRequiredService<PolicyStore>().GetActiveAsync(cancellationToken);
                return Evaluate(() => active.Policy);
            }, cancellationToken);
        });
        return command;
    }

    private static int Run(string path, string? asOfText, string? providerCountry, Func<Result<ScrutinyPolicy>> loadPolicy, string format)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Output.Fail(Error.Invalid("scrutiny.as-of-invalid", $"'{asOfText}' is not a date (yyyy-MM-dd, a real day).", "--as-of"));
            }

            asOf = date;
        }

        if (!File.Exists(path))
        {
            return Output.Fail(Error.Invalid("scrutiny.file-not-found", $"The file '{path}' does not exist.", "file"));
        }

        var policy = loadPolicy();
        if (!policy.IsSuccess)
        {
            return Output.Fail(policy.Errors.Select(e => e with { Kind = ErrorKind.Invalid }).ToList());
        }

        var request = RequestJson.Read(File.ReadAllText(path));
        if (!request.IsSuccess)
        {
            return Output.Fail(request.Errors);
        }

        var result = ScrutinyRun.Evaluate(request.Value, policy.Value, asOf, providerCountry);
        if (!result.IsSuccess)
        {
            return Output.Fail(result.Errors);
        }

        var console = Output.Out;
        console.Profile.Width = Output.UnwrappedWidth; // never wrap: the JSON must stay valid and lines whole
        console.Write(new Spectre.Console.Text(format == "text" ? ScrutinyText.Format(result.Value) : RequestJson.Write(result.Value) + Environment.NewLine));
        return Output.Ok;
    }
}
