using System.CommandLine;
using System.Globalization;
using Custos.Application.Ledger;
using Custos.Application.Proofs.Sealing;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary>
/// <c>custos ledger sealed</c>: a monitor's list of sealed entries (docs/proofs.md, "Sealed entries"), read from a
/// verified copy of the public log alone: each with its type, the day it was sealed, its unseal-by date and where it
/// stands; exit 1 when one is overdue or an unseal does not open its commitment.
/// </summary>
internal static class LedgerSealed
{
    public static Command Create()
    {
        var url = new Option<string?>("--url") { Description = "The ledger's base URL, under which checkpoint and tile/ are served." };
        var dir = new Option<string?>("--dir") { Description = "A copied ledger directory holding checkpoint and tile/." };
        var key = new Option<string>("--key") { Description = "The ledger's verifier key, <name>+<key id>+<base64>, or a file holding it.", Required = true };
        var state = new Option<string?>("--state") { Description = "The verifier state file, as for ledger verify. Default: ~/.custos/verify/<origin>.state." };
        var origin = new Option<string?>("--origin") { Description = "The origin the checkpoint must name. Default: any origin signed by the key." };
        var at = new Option<string?>("--at") { Description = "Judge as of the end of this day (yyyy-MM-dd, UTC). Default: today." };
        var sealedCommand = new Command(
            "sealed",
            "Verify the ledger, then list its sealed entries (non-disclosure orders): unseal-by date, and which are overdue. Exit 1 if any is overdue.")
        {
            url, dir, key, state, origin, at,
        };
        sealedCommand.SetAction((parse, cancellationToken) =>
        {
            var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            if (parse.GetValue(at) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                return Task.FromResult(Output.Fail(Domain.Common.Error.Invalid("ledger.at-invalid", $"'{text}' is not a day of the form yyyy-MM-dd.", "--at")));
            }

            return RunAsync(
                new LedgerVerification.Request(parse.GetValue(url), parse.GetValue(dir), parse.GetValue(key)!, parse.GetValue(state), parse.GetValue(origin)),
                day, cancellationToken);
        });
        return sealedCommand;
    }

    /// <summary>Verifies the log as <c>ledger verify</c> does, then reports on the sealed entries among exactly the entries verified.</summary>
    private static async Task<int> RunAsync(LedgerVerification.Request request, DateOnly day, CancellationToken cancellationToken)
    {
        var (verified, entries) = await LedgerVerification.VerifyWithEntriesAsync(request, cancellationToken);
        if (entries is null)
        {
            return verified.Exit;
        }

        var checkpoint = verified.Report!.Checkpoint;
        Output.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Verified the ledger {checkpoint.Origin} at {verified.Source}: {checkpoint.Size:N0} entries."));
        return Report(entries, day);
    }

    private static int Report(IReadOnlyList<byte[]> entries, DateOnly at)
    {
        var parsed = new List<(long, LedgerEntry)>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (LedgerEntryFormat.Parse(entries[i]) is { IsSuccess: true } entry)
            {
                parsed.Add((i, entry.Value));
            }
        }

        var statuses = SealMonitor.Check(parsed, at);
        var output = Console.Out;
        foreach (var s in statuses)
        {
            var state = s.State switch
            {
                SealState.Overdue => "OVERDUE",
                SealState.Unsealed => string.Create(CultureInfo.InvariantCulture, $"unsealed {s.UnsealedOn:yyyy-MM-dd}"),
                _ => "sealed",
            };
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"leaf {s.LeafIndex}  {s.Type}  sealed {s.SealedOn:yyyy-MM-dd}  unseal-by {s.UnsealBy:yyyy-MM-dd}  {state}{(s.Late ? " (late)" : "")}{(s.Problem is null ? "" : "  PROBLEM: " + s.Problem)}"));
        }

        int overdue = statuses.Count(s => s.State == SealState.Overdue), problems = statuses.Count(s => s.Problem is not null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{statuses.Count} sealed {(statuses.Count == 1 ? "entry" : "entries")} as of {at:yyyy-MM-dd}: {statuses.Count(s => s.State == SealState.Sealed)} sealed, {overdue} overdue, {statuses.Count(s => s.State == SealState.Unsealed)} unsealed{(problems > 0 ? $", {problems} with a problem" : "")}"));
        return overdue > 0 || problems > 0 ? Output.Failed : Output.Ok;
    }
}
