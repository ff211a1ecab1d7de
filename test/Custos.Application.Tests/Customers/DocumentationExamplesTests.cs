using System.Text.RegularExpressions;
using Custos.Application.Customers.Files;

namespace Custos.Application.Tests.Customers;

/// <summary>The examples in docs/customer-data.md must be valid input: an operator will copy them.</summary>
public sealed partial class DocumentationExamplesTests
{
    [GeneratedRegex(@"```(csv|json) ([a-z.-]+)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleBlock();

    private static List<(string Kind, string File, string Text)> Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Custos.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var markdown = File.ReadAllText(Path.Combine(dir.FullName, "docs", "customer-data.md"));
        return ExampleBlock().Matches(markdown).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
    }

    [Fact]
    public void CsvExamples_OfEveryFile_ReadWithoutErrors()
    {
        using var dir = new TempDirectory();
        var csv = Examples().Where(e => e.Kind == "csv").ToList();
        foreach (var (_, file, text) in csv)
        {
            dir.Write(file, text);
        }

        var result = new CustomerDataReader().ReadDirectory(dir.Path);

        Assert.Equal(CustomerDataFiles.CsvFiles.Order(StringComparer.Ordinal), csv.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Value.Customers.Count);
        Assert.Equal(3, result.Value.Transactions.Count);
    }

    [Fact]
    public void JsonExample_ReadsWithoutErrors()
    {
        using var dir = new TempDirectory();
        var (_, file, text) = Assert.Single(Examples(), e => e.Kind == "json");

        var result = new CustomerDataReader().ReadJson(dir.Write(file, text));

        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        Assert.Equal("10000001", Assert.Single(result.Value.Transactions).AccountId);
    }
}
