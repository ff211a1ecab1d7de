using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Custos.Application.Operations;
using Custos.Storage;
using Custos.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Custos.Web.Tests;

/// <summary>Liveness (the process answers) apart from readiness (the database, its schema, the ledger key).</summary>
public class HealthTests
{
    [Fact]
    public async Task Health_RunningServer_IsLiveAndReadyAndTheOldNameAnswersAsReady()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();

        var (liveStatus, live) = await GetAsync(client, "/health/live");
        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        var (oldStatus, old) = await GetAsync(client, "/healthz");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal(["process"], Checks(live));
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal(["database", "ledger-key", "process", "schema"], Checks(ready));
        Assert.Equal(0, ready.GetProperty("notReady").GetArrayLength());
        Assert.Equal("healthy", ready.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, oldStatus);
        Assert.Equal(Checks(ready), Checks(old));
        Assert.True(old.GetProperty("database").GetProperty("reachable").GetBoolean());
    }

    [Fact]
    public async Task Ready_SchemaAheadOfThisBuild_Is503NamingTheSchemaWhileLiveStays200()
    {
        await using var server = await CustosTestServer.StartAsync();
        using var client = server.NewClient();
        var expected = server.Services.GetRequiredService<Readiness>().ExpectedSchemaVersion;
        await using (var connection = server.Services.GetRequiredService<CustosDatabase>().CreateConnection())
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO schema_migrations (version, name) VALUES ({expected + 1}, 'from_a_newer_build')";
            await command.ExecuteNonQueryAsync();
        }

        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        var (liveStatus, _) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal(["schema"], ready.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"expects version {expected}", ready.GetProperty("checks").GetProperty("schema").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Theory, PostgresData]
    public async Task Ready_DatabaseGone_Is503NamingItWhileLiveStays200(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var target = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString);
        await using var relay = LoopbackTcpRelay.To(target.Host!, target.Port);
        var throughRelay = new NpgsqlConnectionStringBuilder(database.Settings.ConnectionString) { Host = "127.0.0.1", Port = relay.Port };
        await using var server = await CustosTestServer.StartAsync(database: new DatabaseSettings(DatabaseProvider.Postgres, throughRelay.ConnectionString));
        using var client = server.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

        await relay.CutAsync();
        var (readyStatus, ready) = await GetAsync(client, "/health/ready");
        var (oldStatus, old) = await GetAsync(client, "/healthz");
        var (liveStatus, _) = await GetAsync(client, "/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("unhealthy", ready.GetProperty("status").GetString());
        Assert.Equal(["database", "schema"], ready.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("The database does not answer.", ready.GetProperty("checks").GetProperty("database").GetProperty("description").GetString());
        Assert.DoesNotContain(relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), ready.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, oldStatus);
        Assert.False(old.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task Live_OnceTheHostBeginsToStop_IsUnhealthy()
    {
        await using var server = await CustosTestServer.StartAsync();
        var health = server.Services.GetRequiredService<HealthCheckService>();

        var running = await health.CheckHealthAsync(r => r.Tags.Contains("live"));
        server.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var stopping = await health.CheckHealthAsync(r => r.Tags.Contains("live"));

        Assert.Equal(HealthStatus.Healthy, running.Status);
        Assert.Equal(HealthStatus.Unhealthy, stopping.Status);
        Assert.Equal(["process"], stopping.Entries.Keys);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static List<string> Checks(JsonElement body) => [.. body.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
