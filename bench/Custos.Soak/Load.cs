using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Custos.Soak;

/// <summary>Agency submissions to <c>POST /api/v1/requests</c>: closed-loop (saturation) or open-loop at a fixed rate.</summary>
internal sealed class Load(HttpClient http)
{
    private long _sequence;

    /// <summary>Latencies (ms) of the requests answered 201 since the last <see cref="Drain"/>, and the count of others.</summary>
    private ConcurrentBag<double> _latencies = [];
    private long _errors;

    /// <summary>Takes the latencies and error count gathered since the last call.</summary>
    public (double[] Latencies, long Errors) Drain()
    {
        var taken = Interlocked.Exchange(ref _latencies, []);
        return ([.. taken], Interlocked.Exchange(ref _errors, 0));
    }

    /// <summary><paramref name="clients"/> clients each submitting as soon as the last answer came, for <paramref name="duration"/>; requests per second.</summary>
    public async Task<double> SaturateAsync(int clients, TimeSpan duration)
    {
        Drain();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (clock.Elapsed < duration)
            {
                await SubmitAsync(Stopwatch.GetTimestamp());
            }
        }));
        var (latencies, _) = Drain();
        return latencies.Length / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Starts one submission every 1/<paramref name="rate"/> s until <paramref name="stop"/>, each timed from when it was
    /// due (so a stall of the server is not hidden by the generator slowing down).
    /// </summary>
    public async Task OfferAsync(double rate, CancellationToken stop)
    {
        var interval = TimeSpan.FromSeconds(1 / rate);
        var start = Stopwatch.GetTimestamp();
        var running = new List<Task>();
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            var due = start + (long)(n * interval.TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            running.Add(SubmitAsync(due));
            running.RemoveAll(t => t.IsCompleted);
        }

        await Task.WhenAll(running);
    }

    private async Task SubmitAsync(long due)
    {
        var n = Interlocked.Increment(ref _sequence);
        try
        {
            using var content = new StringContent(Subpoena($"soak-{n}"), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync("/api/v1/requests", content);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                _latencies.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            // Counted below.
        }

        Interlocked.Increment(ref _errors);
    }

    private static string Subpoena(string account) => $$"""
        {
          "reference": "DEA-SOAK-{{account}}",
          "kind": "production",
          "officer": { "name": "Julia Ortiz", "title": "Special Agent", "email": "j.ortiz@dea.gov" },
          "legalProcess": { "type": "administrative-subpoena", "reference": "DEA-MIA-25-0087", "issuer": "DEA", "issuedOn": "2025-03-07", "signed": true, "legalBasis": "21 U.S.C. 876" },
          "offence": { "description": "Distribution of controlled substances", "categories": ["drug-trafficking"], "maxPenaltyYears": 20 },
          "targets": [ { "type": "account", "value": "{{account}}", "role": "suspect" } ],
          "dataCategories": ["subscriber"],
          "dateRange": { "from": "2024-01-01", "to": "2025-03-01" }
        }
        """;
}
