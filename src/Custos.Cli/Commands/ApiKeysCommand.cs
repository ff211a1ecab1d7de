using System.CommandLine;
using System.Globalization;
using Custos.Application.Access;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos apikeys …</c>: keys for automation (agency keys come with the agency registry).</summary>
internal static class ApiKeysCommand
{
    public static Command Create()
    {
        var command = new Command("apikeys", "Manage API keys. A key is shown once, when it is created; Custos keeps only its hash.");
        var name = new Option<string>("--name") { Description = "What the key is for.", Required = true };
        var user = new Option<string>("--user") { Description = "The member of staff (username) the key acts as.", Required = true };
        var expires = new Option<DateTimeOffset?>("--expires") { Description = "When the key stops working (ISO 8601). Default: never." };
        var create = new Command("create", "Create an API key that acts as a member of staff.") { name, user, expires };
        create.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var members = await services.GetRequiredService<StaffAccounts>().ListAsync(cancellationToken);
            var username = StaffAccounts.NormaliseUsername(parse.GetValue(user)!);
            var owner = members.FirstOrDefault(m => string.Equals(m.Username, username, StringComparison.Ordinal));
            if (owner is null)
            {
                return Output.Fail(StaffErrors.NotFound(username));
            }

            var result = await services.GetRequiredService<ApiKeys>().CreateAsync(
                parse.GetValue(name)!, owner.Id, null, parse.GetValue(expires), Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Created key [bold]{result.Value.Record.Id}[/] acting as {owner.Username}. The key (shown once):");
            Output.Out.WriteLine(result.Value.Key);
            return Output.Ok;
        }, cancellationToken));

        var keyId = new Argument<string>("key-id") { Description = "The key's id (key_…)." };
        var revoke = new Command("revoke", "Revoke an API key at once.") { keyId };
        revoke.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<ApiKeys>().RevokeAsync(parse.GetValue(keyId)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Key {result.Value.Id} is revoked.");
            return Output.Ok;
        }, cancellationToken));

        var listUser = new Option<string?>("--user") { Description = "Only the keys acting as this member of staff (username)." };
        var list = new Command("list", "List the API keys that act as members of staff (agency keys: custos agencies list).") { listUser };
        list.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var members = await services.GetRequiredService<StaffAccounts>().ListAsync(cancellationToken);
            var names = members.ToDictionary(m => m.Id, m => m.Username, StringComparer.Ordinal);
            string? ownerId = null;
            if (parse.GetValue(listUser) is { } wanted)
            {
                var username = StaffAccounts.NormaliseUsername(wanted);
                ownerId = members.FirstOrDefault(m => string.Equals(m.Username, username, StringComparison.Ordinal))?.Id;
                if (ownerId is null)
                {
                    return Output.Fail(StaffErrors.NotFound(username));
                }
            }

            var result = await services.GetRequiredService<ApiKeys>().ListStaffKeysAsync(Actor.CommandLine, ownerId, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var table = new Table().AddColumns("Id", "Name", "Acts as", "Created", "Expires", "State");
            foreach (var key in result.Value)
            {
                var state = key.RevokedAt is { } revoked ? "revoked " + Instant(revoked) : key.IsActiveAt(now) ? "active" : "expired";
                table.AddRow(
                    Markup.Escape(key.Id), Markup.Escape(key.Name), Markup.Escape(names.GetValueOrDefault(key.OwnerUserId!, key.OwnerUserId!)),
                    Instant(key.CreatedAt), key.ExpiresAt is { } expires ? Instant(expires) : "never", state);
            }

            Output.Out.Write(table);
            return Output.Ok;
        }, cancellationToken));

        command.Subcommands.Add(create);
        command.Subcommands.Add(list);
        command.Subcommands.Add(revoke);
        return command;
    }

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
