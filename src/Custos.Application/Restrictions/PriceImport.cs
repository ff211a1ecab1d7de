using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;
using Custos.Application.Common;
using Custos.Domain.Access;
using Custos.Domain.Common;
using Custos.Domain.Events;
using Custos.Domain.Restrictions;
using Custos.Storage;
using Custos.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Custos.Application.Restrictions;

/// <summary>
/// Imports a dated EUR price table (<c>asset,date,eur_price</c>, header row required) for valuing holdings. Every row is
/// checked first (errors name the file, the line and the field); then the prices are written by (asset, day), a price
/// for a day already held replacing it, in one transaction with the <c>prices.imported</c> event and the file's SHA-256.
/// </summary>
public sealed class PriceImport(CustosDbContext db, EventRecorder events, TimeProvider clock)
{
    /// <summary>The most errors reported for one file.</summary>
    private const int MaxErrors = 50;

    public async Task<Result<PriceImportSummary>> ImportAsync(string path, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(actor);
        if (await AccessGuard.CheckAsync(db, events, actor, StaffAction.Administer, "asset-prices", cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!File.Exists(path))
        {
            return RestrictionErrors.FileNotFound(path);
        }

        var read = Read(path);
        if (!read.IsSuccess)
        {
            return Result<PriceImportSummary>.Failure(read.Errors);
        }

        var prices = read.Value;
        string sha;
        await using (var stream = File.OpenRead(path))
        {
            sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }

        var now = clock.NowToTheMillisecond();
        var keys = prices.Select(p => p.Asset).Distinct(StringComparer.Ordinal).ToList();
        var existing = await db.AssetPrices.Where(p => keys.Contains(p.Asset)).ToDictionaryAsync(p => (p.Asset, p.Date), cancellationToken);
        foreach (var price in prices)
        {
            if (existing.TryGetValue((price.Asset, price.Date), out var held))
            {
                held.EurPrice = price.EurPrice;
                held.ImportedAt = now;
            }
            else
            {
                db.AssetPrices.Add(new AssetPriceRecord { Asset = price.Asset, Date = price.Date, EurPrice = price.EurPrice, ImportedAt = now });
            }
        }

        var summary = new PriceImportSummary(prices.Count, keys.Order(StringComparer.Ordinal).ToArray(), prices.Min(p => p.Date), prices.Max(p => p.Date), sha);
        events.Record(db, LedgerEventTypes.PricesImported, actor, "asset-prices", new
        {
            file = Path.GetFileName(path),
            sha256 = sha,
            rows = summary.Rows,
            assets = summary.Assets,
            from = summary.From,
            to = summary.To,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return summary;
    }

    /// <summary>Reads and checks every row: asset (letters and digits), date (yyyy-MM-dd), eur_price (a positive decimal, point separated).</summary>
    internal static Result<List<AssetPrice>> Read(string path)
    {
        var name = Path.GetFileName(path);
        var errors = new List<Error>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            DetectSeparatorHint = false,
            TrimWhitespace = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = m => errors.Add(Row(name, m.LineNumber, "row", "malformed CSV (" + m.Reason + ")")),
        };
        using var reader = CsvReader.FromFile(path, options);
        var headers = reader.Headers.Select(h => h.Trim()).ToArray();
        string[] columns = ["asset", "date", "eur_price"];
        var at = columns.Select(c => Array.FindIndex(headers, h => string.Equals(h, c, StringComparison.Ordinal))).ToArray();
        if (at.Any(i => i < 0) || headers.Length != columns.Length)
        {
            return Error.Invalid("prices.header-invalid", $"{name}: line 1: the header must be asset,date,eur_price (it is {string.Join(",", headers)}).", "header");
        }

        var prices = new Dictionary<(string, DateOnly), AssetPrice>();
        while (reader.Read() && errors.Count < MaxErrors)
        {
            var line = reader.LineNumber;
            if (reader.FieldCount != headers.Length)
            {
                errors.Add(Row(name, line, "row", $"the row has {reader.FieldCount} fields but the header has {headers.Length}"));
                continue;
            }

            var asset = reader.GetString(at[0]).Trim();
            var dateText = reader.GetString(at[1]).Trim();
            var priceText = reader.GetString(at[2]).Trim();
            var ok = true;
            if (asset.Length is 0 or > 20 || !asset.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add(Row(name, line, "asset", $"'{asset}' is not an asset code (1 to 20 letters and digits, e.g. BTC)"));
                ok = false;
            }

            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(Row(name, line, "date", $"'{dateText}' is not a date written yyyy-MM-dd"));
                ok = false;
            }

            if (!decimal.TryParse(priceText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var eur) || eur <= 0)
            {
                errors.Add(Row(name, line, "eur_price", $"'{priceText}' is not a positive price in EUR written with a point (e.g. 27345.12)"));
                ok = false;
            }

            if (ok)
            {
                var key = (PriceTable.Key(asset), date);
                if (prices.ContainsKey(key))
                {
                    errors.Add(Row(name, line, "date", $"a second price of {key.Item1} for {dateText}"));
                    continue;
                }

                prices[key] = new AssetPrice(key.Item1, date, eur);
            }
        }

        if (errors.Count > 0)
        {
            return Result<List<AssetPrice>>.Failure(errors);
        }

        return prices.Count == 0 ? RestrictionErrors.Empty(name) : prices.Values.ToList();
    }

    private static Error Row(string file, long line, string field, string message) =>
        Error.Invalid("prices.invalid-row", string.Create(CultureInfo.InvariantCulture, $"{file}: line {line}: {field}: {message}."), field);
}
