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

    /// <summary>
    /// A console on <paramref name="writer"/>. Written to a file or a pipe (or with <c>NO_COLOR</c> set, no-color.org),
    /// the text is plain: no escape codes, and no line is wrapped, so a log or a script reads each message whole (a
    /// refused file's line and reason on one line). On a terminal, colours and the terminal's width.
    /// </summary>
    private static IAnsiConsole Create(TextWriter writer)
    {
        var redirected = ReferenceEquals(writer, Console.Error) ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        var plain = redirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        if (redirected)
        {
            console.Profile.Width = UnwrappedWidth;
        }

        return console;
    }

    /// <summary>The width given to redirected output: wide enough that no message or table row is ever wrapped.</summary>
    internal const int UnwrappedWidth = int.MaxValue / 2;

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
