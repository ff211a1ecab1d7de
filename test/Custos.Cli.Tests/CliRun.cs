using System.CommandLine;
using System.Diagnostics;
using Custos.Cli;

namespace Custos.Cli.Tests;

/// <summary>Runs the real <c>custos</c> command tree in-process with standard output and error captured, or as a process.</summary>
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

    /// <summary>Runs the managed <c>custos</c> as a process of its own (<c>dotnet custos.dll</c>, as a user would).</summary>
    public static Task<(int Code, string Output, string Errors)> RunProcessAsync(params string[] args) =>
        RunProgramAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "custos.dll"), .. args]);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>; its exit code, standard output and standard error.</summary>
    public static Task<(int Code, string Output, string Errors)> RunProgramAsync(string program, params string[] args) =>
        RunProgramAsync(program, new Dictionary<string, string?>(), args);

    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/> and <paramref name="environment"/> added to (or, with a null value, taken from) its environment.</summary>
    public static async Task<(int Code, string Output, string Errors)> RunProgramAsync(string program, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }
}
