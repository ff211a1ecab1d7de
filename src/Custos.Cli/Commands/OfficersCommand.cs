using System.CommandLine;
using System.Globalization;
using Custos.Application.Agencies;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos officers …</c>: officers who registered in the agency portal.</summary>
internal static class OfficersCommand
{
    public static Command Create()
    {
        var command = new Command("officers", "Agency officers who registered in the portal: list, activate, disable, unlock, reset a second factor.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Change("activate", "Activate an officer of an agency verified out-of-band (they can then sign in to the portal).",
            (officers, id, ct) => officers.ActivateAsync(id, Actor.CommandLine, ct)));
        command.Subcommands.Add(Change("disable", "Disable an officer (they can no longer sign in; their history stays; their sessions end).",
            (officers, id, ct) => officers.DisableAsync(id, Actor.CommandLine, ct)));
        command.Subcommands.Add(Change("unlock", "End an officer's lockout after repeated failed sign-ins now (it also ends by itself after its delay).",
            (officers, id, ct) => officers.UnlockAsync(id, Actor.CommandLine, ct), "is unlocked"));
        command.Subcommands.Add(Change("reset-second-factor", "Remove an officer's second factor (a lost device) and end their portal sessions.",
            (officers, id, ct) => officers.ResetSecondFactorAsync(id, Actor.CommandLine, ct), "has no second factor now"));
        return command;
    }

    private static Command List()
    {
        var agency = new Option<string?>("--agency") { Description = "Only officers of this agency (its id or one of its domains)." };
        var command = new Command("list", "List officers with their agency and status.") { agency };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var registry = services.GetRequiredService<AgencyRegistry>();
            string? agencyId = null;
            if (parse.GetValue(agency) is { } wanted)
            {
                var found = await registry.ResolveAsync(wanted, cancellationToken);
                if (found is null)
                {
                    return Output.Fail(AgencyErrors.NotFound(wanted));
                }

                agencyId = found.Id;
            }

            var names = (await registry.ListAsync(cancellationToken: cancellationToken)).ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
            var officers = await services.GetRequiredService<OfficerAccounts>().ListAsync(agencyId, cancellationToken);
            var console = Output.Out;
            foreach (var o in officers)
            {
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[bold]{o.Id}[/]  {o.Name}{(o.Title is null ? "" : ", " + o.Title)}  {KebabCase.Format(o.Status)}");
                console.MarkupLineInterpolated(CultureInfo.InvariantCulture,
                    $"  {o.Email}, {names.GetValueOrDefault(o.AgencyId, o.AgencyId)}, registered {o.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
            }

            console.MarkupLine(officers.Count == 1 ? "1 officer." : string.Create(CultureInfo.InvariantCulture, $"{officers.Count} officers."));
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Change(
        string name, string description, Func<OfficerAccounts, string, CancellationToken, Task<Result<RegisteredOfficer>>> change, string? done = null)
    {
        var officer = new Argument<string>("officer-id") { Description = "The officer's id (off_…)." };
        var command = new Command(name, description) { officer };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await change(services.GetRequiredService<OfficerAccounts>(), parse.GetValue(officer)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{result.Value.Name} ({result.Value.Email}) {done ?? "is " + KebabCase.Format(result.Value.Status)}.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }
}
