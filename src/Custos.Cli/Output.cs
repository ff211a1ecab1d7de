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

    /// <summary>Standard output, as it is now (tests and redirection replace Console.Out).</summary>
    public static IAnsiConsole Out => Create(Console.Out);

    /// <summary>Standard error, as it is now.</summary>
    public static IAnsiConsole Error => Create(Console.Error);

    private static IAnsiConsole Create(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    public static int Fail(IReadOnlyList<Error> errors)
    {
        var console = Error;
        foreach (var error in errors)
        {
            console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"[red]error[/] {error.Code}{(error.Field is null ? "" : $" ({error.Field})")}: {error.Message}");
        }

        return errors.Any(e => e.Kind == ErrorKind.Invalid) ? Usage : Failed;
    }

    public static int Fail(Error error) => Fail([error]);
}
