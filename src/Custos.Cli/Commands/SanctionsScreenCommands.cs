using System.CommandLine;
using System.Globalization;
using Custos.Application.Sanctions.Screening;
using Custos.Domain.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos sanctions screen|match|score</c>: screening against the lists in force. The files of <c>match</c> and
/// <c>score</c> are contracts evaluations use (docs/sanctions.md, "Using it in Custos").
/// </summary>
internal static class SanctionsScreenCommands
{
    public static Command CreateScreen()
    {
        var name = new Argument<string>("name") { Description = "The name to screen, in any script and order." };
        var dob = new Option<string?>("--dob") { Description = "Date of birth: 1952-10-07, 1952-10, 1952, 07 Oct 1952, October 7, 1952, 07.10.1952, 19521007 or 1955 to 1960." };
        var country = new Option<string?>("--country") { Description = "Country of nationality or registration: an ISO code (RU) or a name." };
        var type = new Option<string?>("--type") { Description = "person, organization, vessel or aircraft." };
        var top = new Option<int>("--top") { Description = "How many hits to show (best first).", DefaultValueFactory = _ => 5 };
        var screen = new Command("screen", "Screen one name against the lists in force and print the best hits with their explanation.") { name, dob, country, type, top };
        screen.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<NameScreening>().ScreenAsync(
                new ScreenQuery(parse.GetValue(name)!, parse.GetValue(dob), parse.GetValue(country), parse.GetValue(type)), parse.GetValue(top), cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var answer = result.Value;
            var output = Console.Out;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Screened against {string.Join(", ", answer.Lists)}; review threshold {answer.ReviewThreshold:0.00}."));
            if (answer.Hits.Count == 0)
            {
                output.WriteLine("No hit.");
            }

            var rank = 0;
            foreach (var hit in answer.Hits)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{++rank}. {hit.Score:0.000} {(hit.RequiresReview ? "REVIEW" : "below threshold")}  {hit.Entry.ListId}/{hit.Entry.SourceId} {hit.Entry.PrimaryName} ({KebabCase.Format(hit.Entry.Kind)}; {string.Join(", ", hit.Entry.Programs)})"));
                foreach (var line in hit.Explanation.ToText().TrimEnd('\n').Split('\n'))
                {
                    output.WriteLine("   " + line);
                }
            }

            return Output.Ok;
        }, cancellationToken));
        return screen;
    }

    public static Command CreateMatch()
    {
        var queries = new Option<string>("--queries") { Description = "The queries: CSV with the header id,name,dob,country,type (empty fields allowed).", Required = true };
        var top = new Option<int>("--top") { Description = "At most this many candidates per query.", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--out") { Description = "The file to write: CSV with the header id,rank,list,source_id,matched_name,score.", Required = true };
        var minScore = new Option<double?>("--min-score") { Description = "The score a candidate needs. Default: the review threshold." };
        var match = new Command(
            "match",
            "Screen a CSV of queries against the lists in force and write, per query, up to K candidates at or above the review threshold (or --min-score), best first.")
        {
            queries, top, output, minScore,
        };
        match.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<NameScreening>().MatchAsync(
                parse.GetValue(queries)!, parse.GetValue(top), parse.GetValue(minScore), parse.GetValue(output)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var s = result.Value;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Queries:N0} queries, {s.WithCandidates:N0} with candidates at or above {s.MinimumScore:0.00}; {s.RowsWritten:N0} rows written to {parse.GetValue(output)} (lists loaded in {s.LoadTime.TotalMilliseconds:F0} ms, matched in {s.MatchTime.TotalMilliseconds:F0} ms)."));
            Console.Error.WriteLine("screening index: " + s.IndexSource);
            return Output.Ok;
        }, cancellationToken));
        return match;
    }

    public static Command CreateScore()
    {
        var pairs = new Option<string>("--pairs") { Description = "The name pairs: CSV with the header name1,name2,schema (Person, Organization, Company, Vessel …).", Required = true };
        var output = new Option<string>("--out") { Description = "The file to write: CSV with the header name1,name2,score.", Required = true };
        var score = new Command("score", "Score name pairs (token rarity from the lists in force) and write name1,name2,score; the review threshold is printed to standard error.")
        {
            pairs, output,
        };
        score.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<NameScreening>().ScoreAsync(parse.GetValue(pairs)!, parse.GetValue(output)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var s = result.Value;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"review threshold {s.ReviewThreshold:0.00}"));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Pairs:N0} pairs scored, {s.Matches:N0} at or above {s.ReviewThreshold:0.00}; token rarity from {s.Corpus}; written to {parse.GetValue(output)}."));
            return Output.Ok;
        }, cancellationToken));
        return score;
    }
}
