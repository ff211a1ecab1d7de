using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Custos.Application.Sanctions.Lists;
using Custos.Domain.Common;
using Custos.Screening.Lists;
using Custos.Screening.Matching;

namespace Custos.Application.Sanctions.Screening;

/// <summary>
/// Screening names against the lists in force: one query with its explanation (<c>sanctions screen</c>), a CSV of
/// queries (<c>sanctions match</c>) and a CSV of name pairs (<c>sanctions score</c>). The file layouts are contracts
/// that evaluations use: queries <c>id,name,dob,country,type</c>, candidates <c>id,rank,list,source_id,matched_name,score</c>,
/// pairs <c>name1,name2,schema</c> scored as <c>name1,name2,score</c>.
/// </summary>
public sealed class NameScreening(SanctionsLists lists)
{
    private static readonly CsvWriterOptions Output = CsvWriterOptions.Default with { NewLine = "\n" };

    /// <summary>The best <paramref name="top"/> hits for one query, with their explanations.</summary>
    public async Task<Result<ScreenAnswer>> ScreenAsync(ScreenQuery query, int top, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = Parse(query, "--dob", "--country", "--type");
        if (!parsed.IsSuccess)
        {
            return Result<ScreenAnswer>.Failure(parsed.Errors);
        }

        if (top is < 1 or > 100)
        {
            return SanctionsErrors.InvalidOption("top", "--top must be between 1 and 100.");
        }

        var loaded = await lists.LoadAsync(cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<ScreenAnswer>.Failure(loaded.Errors);
        }

        var index = loaded.Value.Index;
        return new ScreenAnswer(index.Screen(parsed.Value, top), index.Options.ReviewThreshold, [.. index.Snapshots.Select(s => s.Label)]);
    }

    /// <summary>
    /// Screens every row of <paramref name="queriesPath"/> and writes up to <paramref name="top"/> candidates per query
    /// scoring at least <paramref name="minScore"/> (the review threshold when null) to <paramref name="outPath"/>.
    /// Rows with an empty name have no candidates. Every row is checked before anything is written.
    /// </summary>
    public async Task<Result<MatchSummary>> MatchAsync(string queriesPath, int top, double? minScore, string outPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(queriesPath);
        ArgumentException.ThrowIfNullOrEmpty(outPath);
        if (top is < 1 or > 100)
        {
            return SanctionsErrors.InvalidOption("top", "--top must be between 1 and 100.");
        }

        if (minScore is { } s && (double.IsNaN(s) || s < 0 || s > 1))
        {
            return SanctionsErrors.InvalidOption("min-score", "--min-score must be between 0 and 1.");
        }

        var rows = CsvInput.Read(queriesPath, ["id", "name"], ["dob", "country", "type"]);
        if (!rows.IsSuccess)
        {
            return Result<MatchSummary>.Failure(rows.Errors);
        }

        var name = Path.GetFileName(queriesPath);
        var queries = new (string Id, ScreeningQuery? Query)[rows.Value.Count];
        var errors = new List<Error>();
        for (var i = 0; i < queries.Length; i++)
        {
            var row = rows.Value[i];
            var id = row.Values[0] ?? string.Empty;
            if (string.IsNullOrWhiteSpace(row.Values[1]))
            {
                queries[i] = (id, null);
                continue;
            }

            var parsed = Parse(new ScreenQuery(row.Values[1]!, row.Values[2], row.Values[3], row.Values[4]), "dob", "country", "type");
            if (!parsed.IsSuccess)
            {
                errors.AddRange(parsed.Errors.Select(e => SanctionsErrors.CsvRow(name, row.Line, e.Field ?? "row", e.Message)));
                continue;
            }

            queries[i] = (id, parsed.Value);
        }

        if (errors.Count > 0)
        {
            return Result<MatchSummary>.Failure(errors.Take(20).ToList());
        }

        var clock = Stopwatch.StartNew();
        var loaded = await lists.LoadAsync(cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<MatchSummary>.Failure(loaded.Errors);
        }

        var loadTime = clock.Elapsed;
        var index = loaded.Value.Index;
        var threshold = minScore ?? index.Options.ReviewThreshold;
        var results = new IReadOnlyList<ScreeningHit>[queries.Length];
        await Task.Run(() => Parallel.For(0, queries.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            results[i] = queries[i].Query is { } query ? index.Screen(query, top).Where(h => h.Score >= threshold).ToList() : []), cancellationToken);

        var written = 0;
        using (var writer = CsvWriter.ToFile(outPath, Output))
        {
            writer.WriteHeader(["id", "rank", "list", "source_id", "matched_name", "score"]);
            for (var i = 0; i < queries.Length; i++)
            {
                for (var rank = 0; rank < results[i].Count; rank++)
                {
                    var hit = results[i][rank];
                    writer.WriteField(queries[i].Id);
                    writer.WriteField((rank + 1).ToString(CultureInfo.InvariantCulture));
                    writer.WriteField(hit.Entry.ListId);
                    writer.WriteField(hit.Entry.SourceId);
                    writer.WriteField(hit.MatchedName.Text);
                    writer.WriteField(Score(hit.Score));
                    writer.EndRecord();
                    written++;
                }
            }
        }

        return new MatchSummary(queries.Length, results.Count(r => r.Count > 0), written, threshold, loadTime, clock.Elapsed - loadTime, loaded.Value.Source);
    }

    /// <summary>
    /// Scores every pair of <paramref name="pairsPath"/> (<c>name1,name2,schema</c>) and writes <c>name1,name2,score</c> to
    /// <paramref name="outPath"/>. Token rarity comes from the lists in force; with none in force, from no corpus.
    /// </summary>
    public async Task<Result<ScoreSummary>> ScoreAsync(string pairsPath, string outPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pairsPath);
        ArgumentException.ThrowIfNullOrEmpty(outPath);
        var rows = CsvInput.Read(pairsPath, ["name1", "name2"], ["schema"]);
        if (!rows.IsSuccess)
        {
            return Result<ScoreSummary>.Failure(rows.Errors);
        }

        var loaded = await lists.LoadAsync(cancellationToken);
        var (index, corpus) = loaded.IsSuccess
            ? (loaded.Value.Index, "the lists in force: " + string.Join(", ", loaded.Value.Index.Snapshots.Select(s => s.Label)))
            : (ScreeningIndex.Build([]), "no lists (none in force): token rarity without a corpus");
        var pairs = rows.Value;
        var scores = new NameMatch[pairs.Count];
        await Task.Run(() => Parallel.For(0, pairs.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            scores[i] = index.ScorePair(pairs[i].Values[0] ?? string.Empty, pairs[i].Values[1] ?? string.Empty, pairs[i].Values[2])), cancellationToken);

        using (var writer = CsvWriter.ToFile(outPath, Output))
        {
            writer.WriteHeader(["name1", "name2", "score"]);
            for (var i = 0; i < pairs.Count; i++)
            {
                writer.WriteField(pairs[i].Values[0] ?? string.Empty);
                writer.WriteField(pairs[i].Values[1] ?? string.Empty);
                writer.WriteField(Score(scores[i].Score));
                writer.EndRecord();
            }
        }

        return new ScoreSummary(pairs.Count, scores.Count(s => s.IsMatch), index.Options.ReviewThreshold, corpus);
    }

    /// <summary>A score as written to files: four decimals, invariant.</summary>
    public static string Score(double score) => score.ToString("0.0000", CultureInfo.InvariantCulture);

    private static Result<ScreeningQuery> Parse(ScreenQuery query, string dobField, string countryField, string typeField)
    {
        var errors = new List<Error>();
        var birth = BirthDate.Parse(query.BirthDate);
        if (!string.IsNullOrWhiteSpace(query.BirthDate) && birth is null)
        {
            errors.Add(Error.Invalid("sanctions.dob-invalid",
                $"'{query.BirthDate}' is not a date of birth (write 1952-10-07, 1952-10, 1952, 07 Oct 1952 or 1955 to 1960; a day with slashes is read only when it reads one way, 23/10/1952 but not 10/07/1952).", dobField));
        }

        if (!string.IsNullOrWhiteSpace(query.Country) && !ScreeningQuery.IsRecognisedCountry(query.Country))
        {
            errors.Add(Error.Invalid("sanctions.country-invalid",
                $"'{query.Country.Trim()}' is not a country code; give an ISO 3166 code (RU, RUS) or the country's name.", countryField));
        }

        if (!QueryKinds.TryParse(query.Type, out var kind))
        {
            errors.Add(Error.Invalid("sanctions.type-invalid", $"'{query.Type}' is not a type; use one of: {QueryKinds.Allowed}.", typeField));
        }

        if (string.IsNullOrWhiteSpace(query.Name))
        {
            errors.Add(Error.Invalid("sanctions.name-missing", "Give a name to screen.", "name"));
        }

        return errors.Count > 0
            ? Result<ScreeningQuery>.Failure(errors)
            : new ScreeningQuery(query.Name.Trim())
            {
                BirthDate = birth,
                Country = string.IsNullOrWhiteSpace(query.Country) ? null : query.Country.Trim(),
                Kind = kind,
            };
    }
}
