using System.Text.Json;

namespace Custos.Application.Transparency.Checking;

/// <summary>
/// Compares two report JSONs figure by figure. Rows are matched by what they are about, not by position:
/// <c>countries[DE]</c>, <c>groups[DE/police/court-order]</c>, <c>restrictions[sanctions-list-match/-]</c>,
/// <c>banded[us-national-security]</c>, <c>bandRules[us-national-security]</c>.
/// </summary>
public static class ReportDiff
{
    /// <summary>Every leaf value that differs, in document order; paths in <paramref name="skip"/> (exact, <c>[*]</c> for any row) are left out.</summary>
    public static IReadOnlyList<FigureDifference> Compare(JsonElement report, JsonElement ledger, IReadOnlyCollection<string> skip)
    {
        ArgumentNullException.ThrowIfNull(skip);
        var differences = new List<FigureDifference>();
        Walk("", "", report, ledger, skip, differences);
        return differences;
    }

    private static void Walk(string path, string pattern, JsonElement? report, JsonElement? ledger, IReadOnlyCollection<string> skip, List<FigureDifference> differences)
    {
        if (skip.Contains(path) || skip.Contains(pattern))
        {
            return;
        }

        if (report is { ValueKind: JsonValueKind.Object } ro && ledger is { ValueKind: JsonValueKind.Object } lo)
        {
            var names = ro.EnumerateObject().Select(p => p.Name).Concat(lo.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal);
            foreach (var name in names)
            {
                Walk(Join(path, name), Join(pattern, name), Property(ro, name), Property(lo, name), skip, differences);
            }

            return;
        }

        if (report is { ValueKind: JsonValueKind.Array } ra && ledger is { ValueKind: JsonValueKind.Array } la)
        {
            var field = path[(path.LastIndexOf('.') + 1)..];
            var left = Rows(field, ra);
            var right = Rows(field, la);
            foreach (var key in left.Keys.Concat(right.Keys).Distinct(StringComparer.Ordinal))
            {
                Walk($"{path}[{key}]", $"{pattern}[*]", left.GetValueOrDefault(key), right.GetValueOrDefault(key), skip, differences);
            }

            return;
        }

        var a = report is { } r ? Text(r) : null;
        var b = ledger is { } l ? Text(l) : null;
        if (!string.Equals(a, b, StringComparison.Ordinal))
        {
            differences.Add(new FigureDifference(path, a, b));
        }
    }

    private static Dictionary<string, JsonElement?> Rows(string field, JsonElement array)
    {
        var rows = new Dictionary<string, JsonElement?>(StringComparer.Ordinal);
        var index = 0;
        foreach (var row in array.EnumerateArray())
        {
            var key = row.ValueKind != JsonValueKind.Object ? null : field switch
            {
                "countries" => Key(row, "country"),
                "groups" => Key(row, "country", "authority", "legalProcess"),
                "restrictions" => Key(row, "reason", "regime"),
                "banded" => Key(row, "rule", "country"),
                "bandRules" => Key(row, "id"),
                _ => null,
            };
            key ??= index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // A key seen twice (a duplicated row) keeps both, the second under its position.
            rows[rows.ContainsKey(key) ? $"{key}#{index}" : key] = row;
            index++;
        }

        return rows;
    }

    private static string Key(JsonElement row, params string[] names) =>
        string.Join('/', names.Select(n => row.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : "-"));

    private static JsonElement? Property(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value : null;

    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => "(a row)",
        JsonValueKind.Array => "(a list)",
        _ => element.GetRawText(),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
