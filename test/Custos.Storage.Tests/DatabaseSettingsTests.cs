using Custos.Storage;

namespace Custos.Storage.Tests;

public class DatabaseSettingsTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5433;Username=postgres;Database=custos", DatabaseProvider.Postgres)]
    [InlineData("postgres://custos:secret@db.internal:5433/custos", DatabaseProvider.Postgres)]
    [InlineData("Data Source=/tmp/x.db", DatabaseProvider.Sqlite)]
    [InlineData("/var/lib/custos/custos.db", DatabaseProvider.Sqlite)]
    public void Parse_KnownForms_SelectTheProvider(string text, DatabaseProvider expected)
    {
        var result = DatabaseSettings.Parse(text);
        Assert.True(result.IsSuccess, result.IsSuccess ? null : result.Error.Message);
        Assert.Equal(expected, result.Value.Provider);
    }

    [Theory]
    [InlineData("", "database.empty")]
    [InlineData("Host=localhost", "database.no-database-name")]
    [InlineData("postgres://localhost", "database.no-database-name")]
    [InlineData("Foo=bar", "database.unknown-format")]
    [InlineData("Host=x;Database=y;Bogus=1", "database.bad-connection-string")]
    public void Parse_Malformed_GivesAClearError(string text, string code)
    {
        var result = DatabaseSettings.Parse(text);
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal("database", result.Error.Field);
    }

    [Fact]
    public void Describe_PostgresWithPassword_NeverShowsThePassword()
    {
        var settings = DatabaseSettings.Parse("postgres://custos:hunter2@db:5432/custos").Value;
        Assert.DoesNotContain("hunter2", settings.Describe(), StringComparison.Ordinal);
        Assert.Contains("db:5432/custos", settings.Describe(), StringComparison.Ordinal);
    }
}
