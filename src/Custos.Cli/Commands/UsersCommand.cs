using System.CommandLine;
using System.Globalization;
using Custos.Application.Common;
using Custos.Application.Staff;
using Custos.Domain.Access;
using Custos.Domain.Staff;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos users …</c>: staff accounts.</summary>
internal static class UsersCommand
{
    public static Command Create()
    {
        var command = new Command("users", "Manage staff accounts (create the first administrator here).");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(SetRoles());
        command.Subcommands.Add(SetRegion());
        command.Subcommands.Add(Disable());
        command.Subcommands.Add(Change("enable", "Enable a disabled staff account again (API keys revoked when it was disabled stay revoked).",
            (staff, name, ct) => staff.EnableAsync(name, Actor.CommandLine, ct), "is enabled"));
        command.Subcommands.Add(Change("unlock", "End a lockout after repeated failed sign-ins now (it also ends by itself after its delay).",
            (staff, name, ct) => staff.UnlockAsync(name, Actor.CommandLine, ct), "is unlocked"));
        command.Subcommands.Add(Change("reset-second-factor", "Remove a member of staff's second factor (a lost device); they enrol a new one at their next sign-in if their role requires it.",
            (staff, name, ct) => staff.ResetSecondFactorAsync(name, Actor.CommandLine, ct), "has no second factor now; their sessions have ended"));
        return command;
    }

    private static Command Add()
    {
        var username = new Option<string>("--username") { Description = "Sign-in name: 3-64 lower-case letters, digits, '.', '_' or '-'.", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "The person's name as shown in the console.", Required = true };
        var email = new Option<string?>("--email") { Description = "Work e-mail address." };
        var region = new Option<string>("--region") { Description = "'global' for the central compliance function, else a region code such as 'eu' or 'cis' (regional staff never approve).", DefaultValueFactory = _ => StaffRegion.Global };
        var roles = new Option<string[]>("--role") { Description = $"A role (repeat for several): {string.Join(", ", StaffRole.All)}.", Required = true, AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var command = new Command("add", "Create a member of staff. Without --password-stdin a strong password is generated and printed once.")
        {
            username, displayName, email, region, roles, passwordStdin,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string password;
            var generated = !parse.GetValue(passwordStdin);
            if (generated)
            {
                password = StaffAccounts.GeneratePassword(20);
            }
            else
            {
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n') ?? string.Empty;
            }

            return await CliServices.RunAsync(parse, async (services, _) =>
            {
            var result = await services.GetRequiredService<StaffAccounts>().CreateAsync(
                new NewStaffMember(parse.GetValue(username)!, parse.GetValue(displayName)!, parse.GetValue(email), parse.GetValue(region)!, parse.GetValue(roles)!, password),
                Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Created [bold]{result.Value.Username}[/] ({string.Join(", ", result.Value.Roles)}, region {result.Value.Region}).");
            if (generated)
            {
                Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"Password (shown once): [bold]{password}[/]");
            }

            return Output.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List staff accounts with their roles and regions.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            return await CliServices.RunAsync(parse, async (services, _) =>
            {
            var members = await services.GetRequiredService<StaffAccounts>().ListAsync(cancellationToken);
            var table = new Table().AddColumns("Username", "Name", "Region", "Roles", "State", "Second factor");
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var m in members)
            {
                var state = m.IsDisabled ? "disabled"
                    : m.LockedUntil is { } until && until > now ? "locked until " + until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC"
                    : "active";
                var factor = m.SecondFactorEnrolled ? "enrolled" : m.SecondFactorExempt ? "exempt (demo)" : m.SecondFactorRequired ? "required, enrols at next sign-in" : "none";
                table.AddRow(Markup.Escape(m.Username), Markup.Escape(m.DisplayName), Markup.Escape(m.Region), Markup.Escape(string.Join(", ", m.Roles)), state, factor);
            }

            Output.Out.Write(table);
            return Output.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static Command SetRoles()
    {
        var username = new Argument<string>("username") { Description = "The member of staff." };
        var roles = new Option<string[]>("--role") { Description = "The complete new set of roles (repeat for several).", Required = true, AllowMultipleArgumentsPerToken = true };
        var command = new Command("set-roles", "Replace a member of staff's roles.") { username, roles };
        command.SetAction(async (parse, cancellationToken) =>
        {
            return await CliServices.RunAsync(parse, async (services, _) =>
            {
            var result = await services.GetRequiredService<StaffAccounts>().SetRolesAsync(parse.GetValue(username)!, parse.GetValue(roles)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{result.Value.Username} now has: {string.Join(", ", result.Value.Roles)}.");
            return Output.Ok;
            }, cancellationToken);
        });
        return command;
    }

    private static Command SetRegion()
    {
        var username = new Argument<string>("username") { Description = "The member of staff." };
        var region = new Option<string>("--region") { Description = "'global' for the central compliance function, else a region code such as 'eu' or 'cis' (regional staff take requests in and nothing more).", Required = true };
        var command = new Command("set-region", "Move a member of staff to another region; their sessions end.") { username, region };
        command.SetAction(async (parse, cancellationToken) => await CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<StaffAccounts>().SetRegionAsync(parse.GetValue(username)!, parse.GetValue(region)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{result.Value.Username} now works in region {result.Value.Region}.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Change(
        string name, string description, Func<StaffAccounts, string, CancellationToken, Task<Domain.Common.Result<StaffMember>>> change, string done)
    {
        var username = new Argument<string>("username") { Description = "The member of staff." };
        var command = new Command(name, description) { username };
        command.SetAction(async (parse, cancellationToken) => await CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await change(services.GetRequiredService<StaffAccounts>(), parse.GetValue(username)!, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{result.Value.Username} {done}.");
            return Output.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Disable()
    {
        var username = new Argument<string>("username") { Description = "The member of staff." };
        var command = new Command("disable", "Disable a staff account (it can no longer sign in, its sessions end and its API keys are revoked; its history stays).") { username };
        command.SetAction(async (parse, cancellationToken) =>
        {
            return await CliServices.RunAsync(parse, async (services, _) =>
            {
            var result = await services.GetRequiredService<StaffAccounts>().DisableAsync(parse.GetValue(username)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                return Output.Fail(result.Errors);
            }

            Output.Out.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{result.Value.Username} is disabled.");
            return Output.Ok;
            }, cancellationToken);
        });
        return command;
    }
}
