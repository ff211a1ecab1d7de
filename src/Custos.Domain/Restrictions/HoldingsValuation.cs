using Custos.Domain.Customers;

namespace Custos.Domain.Restrictions;

/// <summary>
/// A customer's holdings valued in EUR on a day: for each asset the latest holding record on or before the day, at
/// the latest price on or before the day. A holding whose asset has no price is listed in <see cref="Unpriced"/> and
/// adds nothing to <see cref="PricedEur"/>: it is reported, never counted as worth zero.
/// </summary>
public sealed record HoldingsValuation
{
    /// <summary>The sum of the valued holdings in EUR.</summary>
    public required decimal PricedEur { get; init; }

    /// <summary>The holdings valued.</summary>
    public required IReadOnlyList<ValuedHolding> Valued { get; init; }

    /// <summary>The holdings that could not be valued.</summary>
    public required IReadOnlyList<UnpricedHolding> Unpriced { get; init; }

    /// <summary>Nothing held, nothing unpriced.</summary>
    public static HoldingsValuation None { get; } = new() { PricedEur = 0m, Valued = [], Unpriced = [] };

    /// <summary>Values <paramref name="holdings"/> (of one customer) on <paramref name="asOf"/>.</summary>
    /// <param name="holdings">The customer's holding records, of any days.</param>
    /// <param name="prices">The price table.</param>
    /// <param name="asOf">The evaluation day.</param>
    public static HoldingsValuation Of(IEnumerable<Holding> holdings, PriceTable prices, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(holdings);
        ArgumentNullException.ThrowIfNull(prices);
        var latest = new Dictionary<string, Holding>(StringComparer.Ordinal);
        foreach (var holding in holdings)
        {
            if (holding.AsOf > asOf)
            {
                continue;
            }

            var key = PriceTable.Key(holding.Asset);
            if (!latest.TryGetValue(key, out var known) || holding.AsOf > known.AsOf)
            {
                latest[key] = holding;
            }
        }

        var valued = new List<ValuedHolding>();
        var unpriced = new List<UnpricedHolding>();
        var total = 0m;
        foreach (var (asset, holding) in latest.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            if (holding.Amount <= 0m)
            {
                continue;
            }

            if (prices.On(asset, asOf) is { } price)
            {
                var eur = holding.Amount * price.EurPrice;
                total += eur;
                valued.Add(new ValuedHolding(asset, holding.Amount, holding.AsOf, price, eur));
            }
            else
            {
                unpriced.Add(new UnpricedHolding(asset, holding.Amount, holding.AsOf));
            }
        }

        return new HoldingsValuation { PricedEur = total, Valued = valued, Unpriced = unpriced };
    }
}
