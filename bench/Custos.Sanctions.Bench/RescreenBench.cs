using System.Globalization;
using System.Text.RegularExpressions;
using Custos.Screening.Lists;
using Custos.Screening.Matching;
using Custos.Storage;

namespace Custos.Sanctions.Bench;

/// <summary>
/// Rescreening a customer base already imported into a data folder (for example 1,000,000 customers made by
/// <c>custos demo generate</c>), against a baseline in this process: the first <c>--limit</c> customers' queries (name and
/// native name, date of birth, nationality) screened one by one with <see cref="ScreeningIndex.Screen(ScreeningQuery)"/>
/// on all cores, with no database and no alerts. Then <c>custos sanctions rescreen --full</c> (everyone, written and
/// ledgered) and <c>custos sanctions rescreen</c> again (nothing changed), each as a whole process.
/// </summary>
internal static partial class RescreenBench
{
    public static void Run(BenchOptions options)
    {
        var data = options.Data ?? throw new InvalidOperationException("--data DIR (a data folder with customers imported)");
        Console.WriteLine($"load average {Runner.Load()}; data {data}");
        var (_, lists) = Runner.Custos(options, ["sanctions", "lists", "--data", data]);
        if (lists.Contains("No sanctions list", StringComparison.Ordinal))
        {
            Runner.Custos(options, ["sanctions", "import", .. options.FullSdn, "--data", data]);
            Runner.Custos(options, ["sanctions", "import", .. options.Consolidated, "--data", data]);
            Runner.Custos(options, ["sanctions", "import", .. options.Un, "--data", data]);
        }

        var customers = ReadCustomers(data, options.Limit);
        var index = ScreeningIndex.Build([Read(options.FullSdn), Read(options.Consolidated), Read(options.Un)]);
        var hits = 0;
        var baseline = Runner.Time(() => Parallel.ForEach(customers, c =>
        {
            var birth = c.Birth is { } day ? BirthDate.OnDay(day) : null;
            var found = index.Screen(new ScreeningQuery(c.Name) { BirthDate = birth, Country = c.Nationality, Kind = EntityKind.Person }).Any(h => h.RequiresReview);
            if (c.Native is { } native)
            {
                found |= index.Screen(new ScreeningQuery(native) { BirthDate = birth, Country = c.Nationality, Kind = EntityKind.Person }).Any(h => h.RequiresReview);
            }

            if (found)
            {
                Interlocked.Increment(ref hits);
            }
        }));
        var distinct = customers.Select(c => c.Name).Concat(customers.Select(c => c.Native).OfType<string>()).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"baseline: {customers.Count:N0} customers screened one query at a time (name and native name) in {baseline:N0} ms: {customers.Count / (baseline / 1000):N0} customers/s, {hits:N0} with a hit; {distinct:N0} distinct names"));

        var (full, fullText) = Runner.Custos(options, ["sanctions", "rescreen", "--full", "--data", data]);
        Console.WriteLine($"custos sanctions rescreen --full, whole process: {full:N0} ms");
        Console.WriteLine("  " + string.Join("\n  ", fullText.Split('\n').Where(l => l.StartsWith("Rescreen", StringComparison.Ordinal) || l.Contains("in all", StringComparison.Ordinal))));
        var (again, againText) = Runner.Custos(options, ["sanctions", "rescreen", "--data", data]);
        Console.WriteLine($"custos sanctions rescreen (nothing changed), whole process: {again:N0} ms");
        Console.WriteLine("  " + string.Join("\n  ", againText.Split('\n').Where(l => l.StartsWith("Rescreen", StringComparison.Ordinal))));
        Console.WriteLine($"load average after {Runner.Load()}");
    }

    private sealed record Row(string Name, string? Native, DateOnly? Birth, string? Nationality);

    private static List<Row> ReadCustomers(string data, int limit)
    {
        using var connection = new CustosDatabase(DatabaseSettings.ForDataDirectory(data)).CreateConnection();
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT given_name, family_name, native_name, date_of_birth, nationality FROM customers ORDER BY account_id LIMIT " +
            limit.ToString(CultureInfo.InvariantCulture);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>(limit);
        while (reader.Read())
        {
            rows.Add(new Row(
                (reader.GetString(0) + " " + reader.GetString(1)).Trim(),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : DateOnly.ParseExact(reader.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    private static ListSnapshot Read(string[] files)
    {
        var read = ListReader.ReadFiles(files);
        return read.IsSuccess ? read.Value : throw new InvalidOperationException(read.Error.ToString());
    }
}
