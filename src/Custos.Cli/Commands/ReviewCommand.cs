using System.CommandLine;
using System.Globalization;
using Custos.Application.Requests;
using Custos.Application.Review;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Decisions;
using Custos.Domain.Intake;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos review …</c>: the operator reads where review stands — the queue, and one request's items with their quorum,
/// what blocks production, the production and the notices. Deciding is for reviewers signed in as themselves (the console
/// or a staff API key): the command line decides nothing.
/// </summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var command = new Command("review", "Where review stands: the queue, and a request's items, quorum, production and notices (reviewers decide in the console or with a staff API key).");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        return command;
    }

    private static Command List()
    {
        var view = new Option<string>("--view") { Description = $"Which requests: {KebabCase.AllowedValues<QueueView>()}.", DefaultValueFactory = _ => "open" };
        var command = new Command("list", "The review queue, soonest deadline first.") { view };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            if (!KebabCase.TryParse<QueueView>(parse.GetValue(view), out var which))
            {
                return Output.Fail(Error.Invalid("review.view-invalid", $"--view must be one of {KebabCase.AllowedValues<QueueView>()}.", "view"));
            }

            var queue = await services.GetRequiredService<ReviewQueries>().QueueAsync(Actor.CommandLine, which, cancellationToken);
            var table = new Table().AddColumns("request", "agency", "kind", "status", "recommendation", "deadline");
            foreach (var item in queue)
            {
                table.AddRow(
                    Markup.Escape(item.Id), Markup.Escape(item.Agency), KebabCase.Format(item.Kind), KebabCase.Format(item.Status),
                    item.Recommendation is { } r ? KebabCase.Format(r) : "—",
                    item.Deadline is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (item.Overdue ? " [red]overdue[/]" : "") : "—");
            }

            Output.Out.Write(table);
            Output.Out.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"{queue.Count} request(s)."));
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Show()
    {
        var id = new Argument<string>("request") { Description = "The request's id (req_…)." };
        var command = new Command("show", "A request's items with the approvals each needs and has, what blocks production, the production and the customer notices.") { id };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var requestId = parse.GetValue(id)!;
            var view = await services.GetRequiredService<ReviewQueries>().GetAsync(requestId, Actor.CommandLine, cancellationToken);
            if (view is null)
            {
                return Output.Fail(RequestErrors.NotFound(requestId));
            }

            var o = Output.Out;
            var inv = CultureInfo.InvariantCulture;
            var request = view.Details.Request;
            o.MarkupLine(string.Create(inv, $"[bold]{Markup.Escape(requestId)}[/] {KebabCase.Format(request.Kind)}, {KebabCase.Format(view.Details.Status)}; recommendation {(view.Details.Summary.Recommendation is { } r ? KebabCase.Format(r) : "none")}"));
            var names = view.Votes.GroupBy(v => v.VoterId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().VoterName, StringComparer.Ordinal);
            var items = new Table().AddColumns("item", "status", "approvals", "missing", "range");
            foreach (var item in view.Items)
            {
                var target = item.Item.Target < request.Targets.Count ? request.Targets[item.Item.Target].Value : null;
                items.AddRow(
                    Markup.Escape($"{item.Item.Target} {target} × {KebabCase.Format(item.Item.Category)}"),
                    KebabCase.Format(item.Status),
                    Markup.Escape(string.Join(", ", item.Approvals.Select(a => $"{a.Function}: {names.GetValueOrDefault(a.VoterId, a.VoterId)}")) is { Length: > 0 } a ? a : "—"),
                    Markup.Escape(item.Status == ItemStatus.Pending ? Missing(item) : "—"),
                    item.Range?.ToString() ?? "—");
            }

            o.Write(items);
            if (view.Readiness.IsReady)
            {
                o.MarkupLine("[green]Ready to produce.[/]");
            }
            else
            {
                foreach (var blocker in view.Readiness.Blockers)
                {
                    o.MarkupLine($"[yellow]{Markup.Escape(blocker.Code)}[/] {Markup.Escape(blocker.Message)}");
                }
            }

            if (view.Production is { } p)
            {
                o.MarkupLine(string.Create(inv,
                    $"Production {Markup.Escape(p.Id)}: manifest sha256 {p.ManifestSha256}, {KebabCase.Format(p.Status)}{(p.ReleasedAt is { } at ? $" at {at:yyyy-MM-dd HH:mm}Z" : "")}{(p.Downloaded ? ", downloaded" : "")}"));
            }

            foreach (var notice in view.Notices)
            {
                o.MarkupLine(string.Create(inv,
                    $"Notice to {Markup.Escape(notice.AccountId)}: {KebabCase.Format(notice.Status)}{(notice.SendOn is { } on ? $" on {on:yyyy-MM-dd}" : "")}{(notice.Queued ? ", queued" : "")} — {Markup.Escape(notice.Reason)}"));
            }

            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static string Missing(ItemTally item)
    {
        var missing = item.MissingFunctions.ToList();
        if (item.MissingOtherFunctions > 0)
        {
            missing.Add(item.MissingOtherFunctions.ToString(CultureInfo.InvariantCulture) + " more of another function");
        }

        return missing.Count == 0 ? "—" : string.Join(", ", missing);
    }
}
