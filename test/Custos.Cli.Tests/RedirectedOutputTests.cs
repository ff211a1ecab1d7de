namespace Custos.Cli.Tests;

/// <summary>
/// Output written to a file or a pipe is what scripts and logs read: plain text (no terminal escape codes, even where
/// <c>TERM</c> names a colour terminal) and whole lines (a refused file's path, line and reason never wrapped).
/// </summary>
public sealed class RedirectedOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("custos-redirected-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task RefusedImport_RedirectedUnderAColourTerminalsTerm_IsPlainAndOneLinePerError()
    {
        var list = Path.Combine(folder, "sdn.csv");
        await File.WriteAllTextAsync(list, "36000,\"PUTIN, Vladimir\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n36001,\"TOO FEW\",-0- \r\n");
        var environment = new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor", ["NO_COLOR"] = null };

        var (code, _, errors) = await CliRun.RunProgramAsync("dotnet", environment,
            Path.Combine(AppContext.BaseDirectory, "custos.dll"), "sanctions", "import", list, "--data", Path.Combine(folder, "data"));

        Assert.Equal(2, code);
        Assert.DoesNotContain('\u001b', errors);
        var line = Assert.Single(errors.ReplaceLineEndings("\n").Split('\n'), l => l.StartsWith("error ", StringComparison.Ordinal));
        Assert.StartsWith("error list.malformed-row (sdn.csv): sdn.csv:2: the row has 3 fields", line, StringComparison.Ordinal);
        Assert.EndsWith("(list.malformed-row)", line, StringComparison.Ordinal);
        Assert.True(line.Length > 80, $"the line is {line.Length} characters: long enough that an 80-column console would have wrapped it");
    }
}
