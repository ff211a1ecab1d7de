using System.CommandLine;
using System.Globalization;
using Custos.Application.Restrictions;
using Custos.Domain.Access;
using Custos.Domain.Restrictions;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos restrictions …</c>: account restrictions a sanctions regime requires (EU Reg. 833/2014 Art. 5b).</summary>
internal static class RestrictionsCommand
{
    public static Command Create()
    {
        var command = new Command("restrictions", "Account restrictions under the sanctions regime of the policy in force (EU Reg. 833/2014 Art. 5b): evaluate them on a day, apply them.");
        command.Subcommands.Add(CreateEvaluate());
        command.Subcommands.Add(CreateApply());
        return command;
    }

    private static Option<DateOnly> AsOf() => new("--as-of")
    {
        Description = "The day to evaluate on (yyyy-MM-dd): the stage of the regime in force then, holdings and prices of that day or before.",
        Required = true,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return day;
            }

            result.AddError($"--as-of: '{text}' is not a date written yyyy-MM-dd.");
            return default;
        },
    };

    private static Command CreateEvaluate()
    {
        var asOf = AsOf();
        var format = new Option<string>("--format") { Description = "table (for people) or csv (account_id,action,reason,holdings_eur).", DefaultValueFactory = _ => "table" };
        var evaluate = new Command("evaluate", "List the accounts to restrict on a day and why. Holdings with no price are reported (never valued at zero).") { asOf, format };
        evaluate.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var wanted = parse.GetValue(format);
            if (wanted is not ("table" or "csv"))
            {
                return Output.Fail(RestrictionErrors.FormatInvalid(wanted));
            }

            var result = await services.GetRequiredService<RestrictionEvaluation>().EvaluateAsync(parse.GetValue(asOf), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var report = result.Value;
            if (wanted == "csv")
            {
                WriteCsv(report);
            }
            else
            {
                WriteTable(report);
            }

            WriteUnpriced(report);
            return Output.Ok;
        }, cancellationToken));
        return evaluate;
    }

    private static Command CreateApply()
    {
        var asOf = AsOf();
        var apply = new Command(
            "apply",
            "Record the restrictions the evaluation finds on a day (account status restricted; close and return the assets, never freeze) and schedule each customer's notice; all ledgered. Accounts restricted under the regime before are left as they are.")
        {
            asOf,
        };
        apply.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<RestrictionApply>().ApplyAsync(parse.GetValue(asOf), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var s = result.Value;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Restricted.Count:N0} accounts restricted under {s.Report.RegimeId} as of {s.Report.AsOf:yyyy-MM-dd}, each with a notice scheduled; {s.AlreadyRestricted:N0} were restricted under it before."));
            WriteUnpriced(s.Report);
            return Output.Ok;
        }, cancellationToken));
        return apply;
    }

    private static void WriteCsv(RestrictionReport report)
    {
        var output = Console.Out;
        output.WriteLine("account_id,action,reason,holdings_eur");
        foreach (var row in report.Restrict)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Csv(row.AccountId)},restrict,{row.ReasonCode},{Eur(row.Valuation.PricedEur)}"));
        }
    }

    private static void WriteTable(RestrictionReport report)
    {
        var output = Console.Out;
        var stage = !report.InForce ? "no stage in force" : report.Threshold is { } eur ? $"above EUR {Eur(eur)}" : "whatever the value";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.RegimeName} as of {report.AsOf:yyyy-MM-dd} (policy {report.PolicyVersion}): {stage}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Examined:N0} customers linked to the target country: {report.Restrict.Count:N0} to restrict, {report.Undetermined.Count:N0} undetermined, {report.Exempt:N0} exempt, {report.BelowThreshold:N0} below the threshold, {report.Closed:N0} closed."));
        if (report.Restrict.Count > 0)
        {
            var table = new Table().AddColumns("Account", "Action", "Reason", "Holdings EUR", "Why");
            foreach (var row in report.Restrict)
            {
                table.AddRow(Markup.Escape(row.AccountId), "restrict", row.ReasonCode!, Eur(row.Valuation.PricedEur), Markup.Escape(row.Explanation));
            }

            var console = Output.Out;
            console.Profile.Width = Math.Max(console.Profile.Width, 160);
            console.Write(table);
        }

        foreach (var row in report.Undetermined)
        {
            output.WriteLine($"undetermined {row.AccountId}: {row.Explanation}");
        }
    }

    private static void WriteUnpriced(RestrictionReport report)
    {
        foreach (var outcome in report.WithUnpricedHoldings)
        {
            foreach (var holding in outcome.Valuation.Unpriced)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"unpriced: account {outcome.AccountId} holds {holding.Amount} {holding.Asset} (as of {holding.HeldOn:yyyy-MM-dd}) and no price of {holding.Asset} on or before {report.AsOf:yyyy-MM-dd} is imported; it is not counted."));
            }
        }
    }

    private static string Eur(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Csv(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
