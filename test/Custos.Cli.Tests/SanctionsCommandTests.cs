using System.Globalization;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary>
/// <c>custos sanctions import | lists | screen | match | score | rescreen</c> against the real lists in ../shared/data:
/// the file layouts of match and score are contracts that evaluations use.
/// </summary>
[Collection("console")]
public class SanctionsCommandTests
{
    private static string Ofac(params string[] parts) => Path.Combine([TestEnvironment.SharedData!, "sanctions", "ofac", .. parts]);

    private static string[] FullSdn =>
        [Ofac("sdn-2024-05-03", "sdn.csv"), Ofac("aliases-2025-12", "alt.csv"), Ofac("aliases-2025-12", "add.csv"), Ofac("aliases-2025-12", "sdn_comments.csv")];

    private static async Task<string> ImportedAsync()
    {
        var data = TestEnvironment.NewTempDirectory("cli-sanctions");
        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "import", .. FullSdn, "--data", data]);
        Assert.True(code == 0, errors);
        (code, _, errors) = await CliRun.RunAsync(["sanctions", "import", Path.Combine(TestEnvironment.SharedData!, "sanctions", "un", "consolidated-2026-02-27.xml"), "--data", data]);
        Assert.True(code == 0, errors);
        return data;
    }

    [SharedDataFact]
    public async Task Import_ThenListsAndScreen_ShowsTheVersionsAndExplainsTheBestHit()
    {
        var data = await ImportedAsync();

        var (listed, lists, _) = await CliRun.RunAsync(["sanctions", "lists", "--data", data]);
        var (screened, output, errors) = await CliRun.RunAsync(["sanctions", "screen", "Владимир Путин", "--dob", "1952-10-07", "--country", "RU", "--type", "person", "--top", "2", "--data", data]);

        Assert.Equal(0, listed);
        Assert.Contains("us-ofac-sdn", lists, StringComparison.Ordinal);
        Assert.Contains("un-sc-consolidated", lists, StringComparison.Ordinal);
        Assert.True(screened == 0, errors);
        Assert.Contains("1. 1.000 REVIEW  us-ofac-sdn/35096 PUTIN, Vladimir Vladimirovich (person; RUSSIA-EO14024)", output, StringComparison.Ordinal);
        Assert.Contains("putin ~ putin: same", output, StringComparison.Ordinal);
        Assert.Contains("BirthDate: date of birth 1952-10-07", output, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Import_MalformedFile_IsRefusedNamingFileAndLineAndTheListInForceStays()
    {
        var data = await ImportedAsync();
        var broken = Path.Combine(data, "sdn.csv");
        await File.WriteAllTextAsync(broken, "36000,\"PUTIN, Vladimir\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n36001,\"TOO FEW\",-0- \r\n");

        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "import", broken, "--data", data]);
        var (_, lists, _) = await CliRun.RunAsync(["sanctions", "lists", "--data", data]);

        Assert.Equal(2, code);
        errors = errors.ReplaceLineEndings(" "); // a terminal would wrap long lines (redirected output is never wrapped)
        Assert.Contains("The import was refused; the list in force is unchanged.", errors, StringComparison.Ordinal);
        Assert.Contains("list.malformed-row", errors, StringComparison.Ordinal);
        Assert.Contains("sdn.csv:2: the row has 3 fields", errors, StringComparison.Ordinal);
        Assert.Contains("14,965", lists, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public async Task Match_QueriesFile_WritesTheContractColumnsUpToKCandidatesAtOrAboveTheMinimum()
    {
        var data = await ImportedAsync();
        var queries = Path.Combine(data, "queries.csv");
        var output = Path.Combine(data, "candidates.csv");
        var lower = Path.Combine(data, "lower.csv");
        await File.WriteAllTextAsync(queries,
            "id,name,dob,country,type\nq1,Vladimir Putin,1952-10-07,RU,person\nq2,Maria Schmidt-Hoffmann,,,\nq3,,,,\nq4,\"PUTIN, Vladimir\",,,\n");

        var (code, stdout, errors) = await CliRun.RunAsync(["sanctions", "match", "--queries", queries, "--top", "3", "--out", output, "--data", data]);
        var (lowerCode, _, _) = await CliRun.RunAsync(["sanctions", "match", "--queries", queries, "--top", "3", "--out", lower, "--min-score", "0.3", "--data", data]);

        Assert.True(code == 0, errors);
        Assert.Contains("4 queries", stdout, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("id,rank,list,source_id,matched_name,score", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["q1", "1", "us-ofac-sdn", "35096"], rows[0][..4]);
        Assert.All(rows, r => Assert.True(double.Parse(r[^1], CultureInfo.InvariantCulture) >= 0.72, string.Join(",", r)));
        Assert.All(rows.GroupBy(r => r[0]), g => Assert.True(g.Count() <= 3));
        Assert.DoesNotContain(rows, r => r[0] is "q2" or "q3");
        Assert.Contains(rows, r => r[0] == "q4");
        Assert.Equal(0, lowerCode);
        var lowerRows = (await File.ReadAllLinesAsync(lower)).Skip(1).ToList();
        Assert.True(lowerRows.Count > rows.Count);
        Assert.Contains(lowerRows, r => r.StartsWith("q2,", StringComparison.Ordinal));
    }

    [SharedDataFact]
    public async Task Match_BadDateTypeOrCountryCode_IsRefusedNamingTheLineAndWritesNothing()
    {
        var data = await ImportedAsync();
        var queries = Path.Combine(data, "queries.csv");
        var output = Path.Combine(data, "out.csv");
        await File.WriteAllTextAsync(queries, "id,name,dob,country,type\nq1,Vladimir Putin,1952-13-45,RU,person\nq2,Kim,,,spaceship\nq3,Igor Sechin,,XX,\nq4,Igor Sechin,,RUS,\n");

        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "match", "--queries", queries, "--top", "3", "--out", output, "--data", data]);

        Assert.Equal(2, code);
        var text = errors.ReplaceLineEndings(" "); // the error console wraps long lines
        Assert.Contains("queries.csv: line 2: dob:", text, StringComparison.Ordinal);
        Assert.Contains("queries.csv: line 3: type:", text, StringComparison.Ordinal);
        Assert.Contains("queries.csv: line 4: country: 'XX' is not a country code", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 5", text, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [SharedDataFact]
    public async Task Match_DatesOfBirthAsFormsWriteThem_AreRead_AndADayThatReadsTwoWaysIsRefused()
    {
        var data = await ImportedAsync();
        var queries = Path.Combine(data, "queries.csv");
        var output = Path.Combine(data, "out.csv");
        await File.WriteAllTextAsync(queries,
            "id,name,dob,country,type\nq1,Vladimir Putin,\"October 7, 1952\",RU,person\nq2,Vladimir Putin,07.10.1952,,\nq3,Vladimir Putin,19521007,,\nq4,Vladimir Putin,1952/10/07,,\n");
        var ambiguous = Path.Combine(data, "ambiguous.csv");
        await File.WriteAllTextAsync(ambiguous, "id,name,dob,country,type\nq1,Vladimir Putin,10/07/1952,RU,person\n");

        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "match", "--queries", queries, "--top", "1", "--out", output, "--data", data]);
        var (refused, _, refusal) = await CliRun.RunAsync(["sanctions", "match", "--queries", ambiguous, "--top", "1", "--out", output + ".2", "--data", data]);

        Assert.True(code == 0, errors);
        var rows = (await File.ReadAllLinesAsync(output)).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(["q1", "q2", "q3", "q4"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("35096", r[3]));
        Assert.Equal(2, refused);
        Assert.Contains("ambiguous.csv: line 2: dob: '10/07/1952' is not a date of birth", refusal.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".2"));
    }

    [SharedDataFact]
    public async Task Score_PairsFile_WritesNameScoresAndPrintsTheThresholdToStandardError()
    {
        var data = await ImportedAsync();
        var pairs = Path.Combine(data, "pairs.csv");
        var output = Path.Combine(data, "scores.csv");
        await File.WriteAllTextAsync(pairs, "name1,name2,schema\nVladimir Putin,\"PUTIN, Vladimir Vladimirovich\",Person\nOAO Gazprom,Open Joint Stock Company Gazprom,Company\nJohn Smith,Vladimir Putin,Person\n");

        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "score", "--pairs", pairs, "--out", output, "--data", data]);

        Assert.True(code == 0, errors);
        Assert.Contains("review threshold 0.72", errors, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("name1,name2,score", lines[0]);
        var scores = lines.Skip(1).Select(l => double.Parse(l[(l.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, scores.Count);
        Assert.True(scores[0] >= 0.72 && scores[1] >= 0.72 && scores[2] < 0.5, string.Join(" ", scores));
        Assert.StartsWith("Vladimir Putin,\"PUTIN, Vladimir Vladimirovich\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rescreen_NoListImported_SaysSoAndExitsNonZero()
    {
        var data = TestEnvironment.NewTempDirectory("cli-sanctions");

        var (code, _, errors) = await CliRun.RunAsync(["sanctions", "rescreen", "--data", data]);

        Assert.Equal(1, code);
        Assert.Contains("sanctions.no-lists", errors, StringComparison.Ordinal);
    }
}
