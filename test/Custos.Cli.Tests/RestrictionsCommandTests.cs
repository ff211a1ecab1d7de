using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos prices import</c> and <c>custos restrictions evaluate | apply</c>: the CSV is a contract.</summary>
[Collection("console")]
public class RestrictionsCommandTests
{
    private static async Task<string> SeededAsync()
    {
        var data = TestEnvironment.NewTempDirectory("cli-restrictions");
        var customers = Path.Combine(data, "customers");
        Directory.CreateDirectory(customers);
        await File.WriteAllTextAsync(Path.Combine(customers, "customers.csv"),
            "account_id,given_name,family_name,native_name,date_of_birth,place_of_birth,nationality,residence_country,email,phone,address_line,city,postal_code,status,opened_at\n" +
            "R1,Ivan,Sokolov,,1980-01-01,,RU,RU,,,,,,active,2020-01-01T00:00:00Z\n" +
            "R2,Olga,Ivanova,,1981-01-01,,RU,DE,,,,,,active,2020-01-01T00:00:00Z\n" +
            "R3,Pyotr,Kuzmin,,1982-01-01,,RU,RU,,,,,,active,2020-01-01T00:00:00Z\n");
        await File.WriteAllTextAsync(Path.Combine(customers, "residence-permits.csv"), "account_id,country,kind,valid_from,valid_until\nR2,DE,permanent,2019-01-01,\n");
        await File.WriteAllTextAsync(Path.Combine(customers, "holdings.csv"), "account_id,asset,amount,as_of\nR1,BTC,1,2022-05-15\nR2,BTC,5,2022-05-15\nR3,BTC,0.1,2022-05-15\nR3,DOGE,1000,2022-05-15\n");
        var (code, _, errors) = await CliRun.RunAsync(["customers", "import", customers, "--data", data]);
        Assert.True(code == 0, errors);
        var prices = Path.Combine(data, "prices.csv");
        await File.WriteAllTextAsync(prices, "asset,date,eur_price\nBTC,2022-05-01,30000\n");
        (code, var output, errors) = await CliRun.RunAsync(["prices", "import", prices, "--data", data]);
        Assert.True(code == 0, errors);
        Assert.Contains("1 prices of 1 assets (BTC)", output, StringComparison.Ordinal);
        return data;
    }

    [Fact]
    public async Task Evaluate_Csv_HasTheContractHeaderAndReportsUnpricedHoldingsOnStandardError()
    {
        var data = await SeededAsync();

        var (code, output, errors) = await CliRun.RunAsync(["restrictions", "evaluate", "--as-of", "2022-06-01", "--format", "csv", "--data", data]);
        var (banCode, ban, _) = await CliRun.RunAsync(["restrictions", "evaluate", "--as-of", "2022-10-06", "--format", "csv", "--data", data]);

        Assert.True(code == 0, errors);
        Assert.Equal(["account_id,action,reason,holdings_eur", "R1,restrict,eu-833-5b-threshold,30000.00"], output.TrimEnd('\n').Split('\n'));
        Assert.Contains("unpriced: account R3 holds 1000 DOGE", errors, StringComparison.Ordinal);
        Assert.Equal(0, banCode);
        Assert.Equal(["account_id,action,reason,holdings_eur", "R1,restrict,eu-833-5b-ban,30000.00", "R3,restrict,eu-833-5b-ban,3000.00"], ban.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Evaluate_TableThenApply_RecordsTheRestrictionOnceAndSaysWhy()
    {
        var data = await SeededAsync();

        var (tableCode, table, _) = await CliRun.RunAsync(["restrictions", "evaluate", "--as-of", "2022-06-01", "--data", data]);
        var (applied, output, errors) = await CliRun.RunAsync(["restrictions", "apply", "--as-of", "2022-06-01", "--data", data]);
        var (_, again, _) = await CliRun.RunAsync(["restrictions", "apply", "--as-of", "2022-06-01", "--data", data]);

        Assert.Equal(0, tableCode);
        Assert.Contains("above EUR 10000.00", table, StringComparison.Ordinal);
        Assert.Contains("1 to restrict, 1 undetermined, 1 exempt", table, StringComparison.Ordinal);
        Assert.True(applied == 0, errors);
        Assert.Contains("1 accounts restricted under eu-833-2014-art-5b as of 2022-06-01, each with a notice scheduled; 0 were restricted under it before.", output, StringComparison.Ordinal);
        Assert.Contains("0 accounts restricted", again, StringComparison.Ordinal);
        Assert.Contains("1 were restricted under it before", again, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2022-13-01", "--format", "csv")]
    [InlineData("--as-of", "2022-06-01", "--format", "xml")]
    public async Task Evaluate_BadOption_ExitsWithUsageError(string a, string b, string c, string d)
    {
        var data = TestEnvironment.NewTempDirectory("cli-restrictions");

        var (code, _, _) = await CliRun.RunAsync(["restrictions", "evaluate", a, b, c, d, "--data", data]);

        Assert.NotEqual(0, code);
    }

    [Fact]
    public async Task PricesImport_BadRow_IsRefusedNamingFileLineAndField()
    {
        var data = TestEnvironment.NewTempDirectory("cli-restrictions");
        var prices = Path.Combine(data, "prices.csv");
        await File.WriteAllTextAsync(prices, "asset,date,eur_price\nBTC,2022-05-01,thirty\n");

        var (code, _, errors) = await CliRun.RunAsync(["prices", "import", prices, "--data", data]);

        Assert.Equal(2, code);
        Assert.Contains("prices.csv: line 2: eur_price: 'thirty'", errors.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
