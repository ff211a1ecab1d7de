using System.CommandLine;
using Custos.Cli;

namespace Custos.Cli.Tests;

/// <summary>Runs the real <c>custos</c> command tree in-process with standard output and error captured.</summary>
internal static class CliRun
{
    /// <summary>Runs one command. Tests using it share the console, so their classes are in the "console" collection.</summary>
    public static async Task<(int Code, string Output, string Errors)> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var originalOut = Console.Out;
        var originalError = Console.Error;
        Console.SetOut(TextWriter.Synchronized(output));
        Console.SetError(TextWriter.Synchronized(errors));
        try
        {
            var code = await CustosCli.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors }, cancellationToken);
            return (code, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
