using System.Globalization;
using Custos.Domain.Common;
using Spectre.Console;

namespace Custos.Cli;

/// <summary>How commands talk to people: results on standard output, errors on standard error with a non-zero exit.</summary>
internal static class Output
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static readonly IAnsiConsole Error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static int Fail(IReadOnlyList<Error> errors)
    {
        foreach (var error in errors)
        {
            Error.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error[/] {error.Code}{(error.Field is null ? "" : $" ({error.Field})")}: {error.Message}");
        }

        return errors.Any(e => e.Kind == ErrorKind.Invalid) ? Usage : Failed;
    }

    public static int Fail(Error error) => Fail([error]);
}
