using System.CommandLine;
using System.Globalization;
using Custos.Application.Restrictions;
using Custos.Domain.Access;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Custos.Cli.Commands;

/// <summary><c>custos prices …</c>: the dated EUR price table holdings are valued with.</summary>
internal static class PricesCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CSV with the header asset,date,eur_price (date yyyy-MM-dd, price in EUR written with a point)." };
        var import = new Command("import", "Import dated EUR prices. Every row is checked first; a price for an asset and day already held is replaced.") { file };
        import.SetAction((parse, cancellationToken) => CliServices.RunAsync(parse, async (services, _) =>
        {
            var result = await services.GetRequiredService<PriceImport>().ImportAsync(parse.GetValue(file)!, Actor.CommandLine, cancellationToken);
            if (!result.IsSuccess)
            {
                Output.Error.MarkupLine("[red]The import was refused; nothing was written.[/]");
                return Output.Fail(result.Errors);
            }

            var s = result.Value;
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{s.Rows:N0} prices of {s.Assets.Count} assets ({string.Join(", ", s.Assets)}) from {s.From:yyyy-MM-dd} to {s.To:yyyy-MM-dd} imported; sha256 {s.Sha256}."));
            return Output.Ok;
        }, cancellationToken));
        var command = new Command("prices", "The dated EUR price table that values holdings for sanctions thresholds (the latest price on or before a day is used).");
        command.Subcommands.Add(import);
        return command;
    }
}
