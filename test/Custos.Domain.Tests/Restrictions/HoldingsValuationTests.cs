using Custos.Domain.Customers;
using Custos.Domain.Restrictions;

namespace Custos.Domain.Tests.Restrictions;

public class HoldingsValuationTests
{
    private static readonly DateOnly Day = new(2022, 6, 1);

    private static Holding Held(string asset, decimal amount, DateOnly on) => new() { AccountId = "A1", Asset = asset, Amount = amount, AsOf = on };

    [Fact]
    public void PriceTable_On_UsesTheLatestPriceOnOrBeforeTheDay()
    {
        var table = new PriceTable([new AssetPrice("BTC", Day.AddDays(-10), 20_000m), new AssetPrice("BTC", Day, 25_000m), new AssetPrice("BTC", Day.AddDays(1), 30_000m)]);

        Assert.Equal(25_000m, table.On("BTC", Day)!.EurPrice);
        Assert.Equal(20_000m, table.On("BTC", Day.AddDays(-1))!.EurPrice);
        Assert.Equal(30_000m, table.On("btc", Day.AddDays(100))!.EurPrice);
    }

    [Fact]
    public void PriceTable_On_NoPriceBeforeTheDayOrUnknownAsset_IsNull()
    {
        var table = new PriceTable([new AssetPrice("BTC", Day, 25_000m)]);

        Assert.Null(table.On("BTC", Day.AddDays(-1)));
        Assert.Null(table.On("ETH", Day));
    }

    [Fact]
    public void Of_ValuesTheLatestHoldingOfEachAssetOnOrBeforeTheDay()
    {
        var prices = new PriceTable([new AssetPrice("BTC", Day.AddDays(-30), 20_000m), new AssetPrice("ETH", Day, 1_500m)]);
        Holding[] holdings =
        [
            Held("BTC", 1m, Day.AddDays(-60)), Held("BTC", 0.5m, Day.AddDays(-5)), Held("BTC", 9m, Day.AddDays(1)),
            Held("ETH", 2m, Day),
        ];

        var value = HoldingsValuation.Of(holdings, prices, Day);

        Assert.Equal(0.5m * 20_000m + 2m * 1_500m, value.PricedEur);
        Assert.Equal(["BTC", "ETH"], value.Valued.Select(v => v.Asset));
        Assert.Empty(value.Unpriced);
    }

    [Fact]
    public void Of_AssetWithoutPrice_IsReportedNotValuedAtZero()
    {
        var prices = new PriceTable([new AssetPrice("BTC", Day, 20_000m)]);

        var value = HoldingsValuation.Of([Held("BTC", 1m, Day), Held("XMR", 10m, Day)], prices, Day);

        Assert.Equal(20_000m, value.PricedEur);
        var unpriced = Assert.Single(value.Unpriced);
        Assert.Equal(("XMR", 10m), (unpriced.Asset, unpriced.Amount));
    }

    [Fact]
    public void Of_ZeroHolding_NeedsNoPrice()
    {
        var value = HoldingsValuation.Of([Held("XMR", 0m, Day)], PriceTable.Empty, Day);

        Assert.Equal(0m, value.PricedEur);
        Assert.Empty(value.Unpriced);
        Assert.Empty(value.Valued);
    }
}
