namespace Custos.Domain.Restrictions;

/// <summary>
/// Dated EUR prices per asset. The price of an asset on a day is the latest price on or before that day; an asset
/// with no price on or before the day has none (it is reported, never valued at zero). Asset codes compare
/// ordinally after trimming and upper-casing (invariant), so <c>btc</c> and <c>BTC</c> are one asset.
/// </summary>
public sealed class PriceTable
{
    private readonly Dictionary<string, (DateOnly[] Dates, AssetPrice[] Prices)> _byAsset;

    /// <summary>Builds the table; a later price for the same asset and day replaces an earlier one.</summary>
    /// <param name="prices">The prices, in any order.</param>
    public PriceTable(IEnumerable<AssetPrice> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        _byAsset = new Dictionary<string, (DateOnly[], AssetPrice[])>(StringComparer.Ordinal);
        foreach (var group in prices.GroupBy(p => Key(p.Asset), StringComparer.Ordinal))
        {
            var byDay = new SortedDictionary<DateOnly, AssetPrice>();
            foreach (var price in group)
            {
                byDay[price.Date] = price;
            }

            _byAsset[group.Key] = ([.. byDay.Keys], [.. byDay.Values]);
        }
    }

    /// <summary>An empty table: every asset is unpriced.</summary>
    public static PriceTable Empty { get; } = new([]);

    /// <summary>How many assets have at least one price.</summary>
    public int AssetCount => _byAsset.Count;

    /// <summary>The latest price of <paramref name="asset"/> on or before <paramref name="date"/>, or null when there is none.</summary>
    /// <param name="asset">The asset code.</param>
    /// <param name="date">The evaluation day.</param>
    public AssetPrice? On(string asset, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(asset);
        if (!_byAsset.TryGetValue(Key(asset), out var series))
        {
            return null;
        }

        var index = Array.BinarySearch(series.Dates, date);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index >= 0 ? series.Prices[index] : null;
    }

    /// <summary>The comparable form of an asset code.</summary>
    /// <param name="asset">An asset code as written.</param>
    public static string Key(string asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        return asset.Trim().ToUpperInvariant();
    }
}
