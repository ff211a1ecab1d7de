using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Custos.TestSupport;

namespace Custos.Cli.Tests;

/// <summary><c>custos serve</c> with the operations options: metrics networks, probes, and a JSON console log.</summary>
[Collection("console")]
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_WithJsonLogAndAMetricsNetwork_AnswersProbesAndMetricsAndLogsJsonLinesWithoutWhatWasTyped()
    {
        var data = TestEnvironment.NewTempDirectory("serve");
        var port = FreePort();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var run = CliRun.RunAsync(["serve", "--data", data, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--metrics-network", "10.9.0.0/16", "--log-format", "json"], stop.Token);
        using var ready = await PollAsync(() => http.GetAsync("/health/ready"), stop.Token);
        using var live = await http.GetAsync("/health/live");
        using var metrics = await http.GetAsync("/metrics");
        var token = await CustosTestServer.AntiforgeryTokenAsync(http, "/signin");
        using var guess = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Username"] = "maria.private@example.org", ["Password"] = "Hunter2-secret!", ["__RequestVerificationToken"] = token,
        }));
        await Task.Delay(500);
        await stop.CancelAsync();
        var (code, output, _) = await run;

        Assert.Equal(0, code);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Contains("custos_ledger_leader", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, guess.StatusCode);
        var logLines = output.Split('\n').Where(l => l.StartsWith('{')).ToList();
        Assert.NotEmpty(logLines);
        foreach (var line in logLines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.True(entry.RootElement.TryGetProperty("LogLevel", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Category", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Message", out _), line);
            Assert.DoesNotContain("maria.private", line, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Hunter2-secret!", line, StringComparison.Ordinal);
        }

        Assert.Contains(logLines, l => l.Contains("A sign-in failed", StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> PollAsync(Func<Task<HttpResponseMessage>> call, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                var response = await call();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
