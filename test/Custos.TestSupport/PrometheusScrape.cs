using System.Globalization;
using System.Text;

namespace Custos.TestSupport;

/// <summary>One sample of a Prometheus text exposition: <c>name{label="value",…} value [timestamp]</c>.</summary>
public sealed record PrometheusSample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

/// <summary>
/// A scrape of <c>/metrics</c> read as Prometheus does (text format 0.0.4: comment lines start with <c>#</c>, label
/// values escape backslash, double quote and line feed), so tests can ask for a series by name and labels.
/// </summary>
public sealed class PrometheusScrape
{
    private PrometheusScrape(string text, IReadOnlyList<PrometheusSample> samples)
    {
        Text = text;
        Samples = samples;
    }

    /// <summary>The exposition as served.</summary>
    public string Text { get; }

    public IReadOnlyList<PrometheusSample> Samples { get; }

    /// <summary>GETs <c>/metrics</c> with <paramref name="client"/>, requires 200, and parses it.</summary>
    public static async Task<PrometheusScrape> ReadAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"/metrics answered {(int)response.StatusCode}.");
        }

        return Parse(text);
    }

    public static PrometheusScrape Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var samples = new List<PrometheusSample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            samples.Add(ParseLine(line));
        }

        return new PrometheusScrape(text, samples);
    }

    /// <summary>The samples named <paramref name="name"/> whose labels include every pair given.</summary>
    public IReadOnlyList<PrometheusSample> All(string name, params (string Label, string Value)[] labels) =>
        [.. Samples.Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Label, out var v) && v == l.Value))];

    /// <summary>The one sample named <paramref name="name"/> with these labels; fails when there is none or several.</summary>
    public double Value(string name, params (string Label, string Value)[] labels)
    {
        var found = All(name, labels);
        return found.Count == 1
            ? found[0].Value
            : throw new InvalidOperationException($"Expected one sample {name}{{{string.Join(",", labels.Select(l => $"{l.Label}=\"{l.Value}\""))}}}, found {found.Count}.");
    }

    private static PrometheusSample ParseLine(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] != '{' && line[i] != ' ' && line[i] != '\t')
        {
            i++;
        }

        var name = line[..i];
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var equals = line.IndexOf('=', i);
                var label = line[i..equals].Trim();
                i = equals + 1;
                if (line[i] != '"')
                {
                    throw new FormatException($"Label value not quoted: {line}");
                }

                i++;
                var value = new StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] switch { 'n' => '\n', var c => c });
                    }
                    else
                    {
                        value.Append(line[i]);
                    }

                    i++;
                }

                labels[label] = value.ToString();
                i++;
                if (line[i] == ',')
                {
                    i++;
                }
            }

            i++;
        }

        var rest = line[i..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var number = rest[0] switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            var v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new PrometheusSample(name, labels, number);
    }
}
