using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Custos.TestSupport;

/// <summary>
/// Agency case systems submitting requests through nodes until stopped: every id acknowledged (201) with when it was,
/// and every attempt that was not (its status code, or the transport error), for fault tests to check against the database.
/// </summary>
public sealed class SubmissionLoad
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>The ids acknowledged, with the time since the load was created.</summary>
    public ConcurrentQueue<(string Id, TimeSpan At)> Acknowledged { get; } = new();

    /// <summary>The attempts not acknowledged: the status code or exception type, with the time since the load was created.</summary>
    public ConcurrentQueue<(string Outcome, TimeSpan At)> Failures { get; } = new();

    /// <summary>Time since the load was created, the scale of <see cref="Acknowledged"/> and <see cref="Failures"/>.</summary>
    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>The ids acknowledged so far.</summary>
    public HashSet<string> Ids => Acknowledged.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Submits to <paramref name="server"/> with the agency API <paramref name="key"/> until <paramref name="stop"/>; after a failure it waits 200 ms.</summary>
    public async Task RunAsync(Uri server, string key, string writer, CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var agency = new AgencyApiClient(http, "load");
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            string outcome;
            try
            {
                using var response = await agency.PostRequestAsync(TestRequests.SubpoenaFor($"acct-{writer}-{i}"));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(CancellationToken.None));
                    Acknowledged.Enqueue((body.RootElement.GetProperty("id").GetString()!, _clock.Elapsed));
                    continue;
                }

                outcome = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // A node that is gone or did not answer in time: nothing was acknowledged.
                outcome = ex.GetType().Name;
            }

            Failures.Enqueue((outcome, _clock.Elapsed));
            await Task.Delay(200, CancellationToken.None);
        }
    }
}
