namespace Custos.Application.Demo;

/// <summary>
/// The rough yearly prices in EUR the demo data is made with (for trades and holdings). They are round figures of
/// the right order of magnitude, not market data: valuation for sanctions thresholds uses its own dated rates.
/// </summary>
public static class DemoPrices
{
    private const int FirstYear = 2016;

    // EUR per unit, one figure per year from 2016.
    private static readonly Dictionary<string, decimal[]> s_eurPerUnit = new(StringComparer.Ordinal)
    {
        ["BTC"] = [600m, 3_500m, 6_500m, 7_000m, 10_000m, 40_000m, 25_000m, 27_000m, 55_000m, 90_000m, 95_000m],
        ["ETH"] = [10m, 250m, 400m, 180m, 300m, 2_500m, 1_600m, 1_700m, 2_900m, 2_800m, 3_000m],
        ["USDT"] = [0.90m, 0.88m, 0.85m, 0.89m, 0.88m, 0.85m, 0.95m, 0.92m, 0.92m, 0.90m, 0.90m],
        ["TRX"] = [0.002m, 0.02m, 0.03m, 0.02m, 0.02m, 0.08m, 0.06m, 0.08m, 0.14m, 0.25m, 0.25m],
        ["LTC"] = [4m, 60m, 80m, 70m, 50m, 170m, 70m, 80m, 80m, 95m, 95m],
        ["XRP"] = [0.008m, 0.25m, 0.45m, 0.30m, 0.25m, 0.90m, 0.45m, 0.50m, 0.60m, 2.10m, 2.10m],
        ["SOL"] = [1m, 1m, 1m, 1m, 2m, 130m, 30m, 40m, 140m, 150m, 150m],
        ["DOGE"] = [0.0002m, 0.002m, 0.005m, 0.002m, 0.003m, 0.20m, 0.08m, 0.07m, 0.15m, 0.20m, 0.20m],
    };

    // Units of fiat currency per EUR, one figure per year from 2016.
    private static readonly Dictionary<string, decimal[]> s_fiatPerEur = new(StringComparer.Ordinal)
    {
        ["EUR"] = [1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m],
        ["USD"] = [1.11m, 1.13m, 1.18m, 1.12m, 1.14m, 1.18m, 1.05m, 1.08m, 1.08m, 1.10m, 1.10m],
        ["GBP"] = [0.82m, 0.88m, 0.88m, 0.88m, 0.89m, 0.86m, 0.85m, 0.87m, 0.85m, 0.84m, 0.84m],
        ["RUB"] = [74m, 66m, 74m, 73m, 82m, 87m, 72m, 92m, 100m, 95m, 95m],
        ["TRY"] = [3.3m, 4.1m, 5.7m, 6.4m, 8.1m, 10.5m, 17.4m, 25.8m, 35.6m, 40m, 40m],
        ["BRL"] = [3.9m, 3.6m, 4.3m, 4.4m, 5.9m, 6.4m, 5.4m, 5.4m, 5.8m, 6.3m, 6.3m],
    };

    /// <summary>The crypto-assets the demo data uses.</summary>
    public static IReadOnlyCollection<string> CryptoAssets => s_eurPerUnit.Keys;

    /// <summary>The approximate price in EUR of one unit of a crypto-asset (or of fiat currency) in the year of <paramref name="date"/>.</summary>
    public static decimal EurPerUnit(string asset, DateOnly date)
    {
        var index = Math.Clamp(date.Year - FirstYear, 0, s_eurPerUnit["BTC"].Length - 1);
        if (s_eurPerUnit.TryGetValue(asset, out var prices))
        {
            return prices[index];
        }

        return s_fiatPerEur.TryGetValue(asset, out var rates)
            ? 1m / rates[index]
            : throw new ArgumentOutOfRangeException(nameof(asset), asset, "Not an asset of the demo data.");
    }
}
